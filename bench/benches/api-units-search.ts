// api.units-search: GET /api/admin-units?q=... over all 14,143 units (today's and the
// pre-2025 map), by an admin (every unit) and a provincial planner (scope), 50 concurrent
// clients for 10 s on loopback. The search runs in memory, so PGlite only.
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { ensureAdminUnits } from '../../src/server/admin-units/load-admin-units.ts';
import { ensureSeedAgencies } from '../../src/server/agencies/load-seed-agencies.ts';
import { startTestApp } from '../../test/support/test-app.ts';
import type { Bench, Figures } from '../run.ts';
import { runHttpLoad } from '../support/http-load.ts';

const clients = Number(process.env.BENCH_CLIENTS ?? 50);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
// What people type: whole names, prefixes, a word, without and with diacritics.
const queries = [
  'thap muoi',
  'phong dien',
  'Càng Long',
  'an',
  'hoa',
  'xa my',
  'dong thap',
  'binh',
  'phuong 1',
  'thanh thuy',
  'ngoc hoi',
  'long',
];

export default {
  name: 'api.units-search',
  async run() {
    // Empty at first: loading the real units is measured here.
    const harness = await startTestApp({ data: 'none', serverUrl: null });
    const { db, ctx, app } = harness;
    try {
      const loadStart = performance.now();
      await ensureAdminUnits(db.db);
      const loadMs = Math.round(performance.now() - loadStart);
      await ensureSeedAgencies(db.db);
      const indexStart = performance.now();
      await ctx.adminUnits.get();
      const indexMs = Math.round(performance.now() - indexStart);
      const firstSearchStart = performance.now();
      (await ctx.adminUnits.get()).search('thap muoi');
      const firstSearchMs = Math.round(performance.now() - firstSearchStart);
      const lines: Figures[] = [];
      await app.listen({ host: '127.0.0.1', port: 0 });
      const { port } = app.server.address() as AddressInfo;
      for (const [role, agencyId] of [
        ['admin', 'ag-p-82-ubnd'],
        ['planner', 'ag-p-82-so-noi-vu'],
      ] as const) {
        const session = await harness.loginNew({ agencyId, role });
        const urls = queries.map((query) => `http://127.0.0.1:${port}/api/admin-units?q=${encodeURIComponent(query)}`);
        const load = await runHttpLoad({ urls, headers: { cookie: session.cookie }, clients, seconds });
        lines.push({
          engine: 'pglite',
          role,
          units: (await ctx.adminUnits.get()).size,
          clients,
          seconds,
          ...load,
          load_ms: loadMs,
          index_ms: indexMs,
          first_search_ms: firstSearchMs,
          load_avg_1m: Math.round(os.loadavg()[0]! * 100) / 100,
          cpus: os.cpus().length,
        });
      }
      return lines;
    } finally {
      await harness.close();
    }
  },
} satisfies Bench;
