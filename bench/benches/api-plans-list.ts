// api.plans-list: GET /api/plans (first page) by a provincial planner, with 1,000 plans in
// the database (800 in the planner's scope), 50 concurrent clients for 10 s against the
// server listening on loopback. One line per engine; target p95 < 100 ms on PostgreSQL.
// BENCH_CLIENTS / BENCH_SECONDS override 50 / 10 (e.g. 1 client for the per-request floor).
import os from 'node:os';
import { sql } from 'kysely';
import type { AddressInfo } from 'node:net';
import { insertPlansBulk } from '../../test/factories/plans.ts';
import { startTestApp } from '../../test/support/test-app.ts';
import type { Bench, Figures } from '../run.ts';
import { runOnEveryEngine } from '../support/bench-engines.ts';
import { runHttpLoad } from '../support/http-load.ts';

const planCount = 1000;
const pageSize = Number(process.env.BENCH_PAGE_SIZE ?? 20);
const clients = Number(process.env.BENCH_CLIENTS ?? 50);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
// Four units in the planner's scope (Đồng Tháp today and before 2025), one outside.
const inScope = ['p-82', 'c-30037', 'od-tinh-dong-thap.huyen-thap-muoi', 'op-tinh-dong-thap'];
const outside = 'p-86';

async function runOn(serverUrl: string | null, engine: string): Promise<Figures> {
  const harness = await startTestApp({ data: 'map+seed', serverUrl });
  const { db, app } = harness;
  try {
    const seedStart = performance.now();
    await insertPlansBulk(db.db, planCount, [...inScope, outside]);
    // What autovacuum does to a table a minute after a bulk insert; without it the first
    // minutes after seeding are measured instead of a database in use.
    await sql`vacuum analyze plans`.execute(db.db);
    const seedMs = Math.round(performance.now() - seedStart);
    const session = await harness.loginNew({ agencyId: 'ag-p-82-so-noi-vu', role: 'planner' });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as AddressInfo;
    // The page the plans screen asks for (src/web/pages/plans/plans-page.tsx: 20 a page).
    const url = `http://127.0.0.1:${port}/api/plans?limit=${pageSize}&offset=0`;
    const first = (await (await fetch(url, { headers: { cookie: session.cookie } })).json()) as {
      items: unknown[];
      total?: number;
    };
    const load = await runHttpLoad({ urls: [url], headers: { cookie: session.cookie }, clients, seconds });
    return {
      engine,
      plans: planCount,
      visible: first.total ?? first.items.length,
      items_per_page: first.items.length,
      clients,
      seconds,
      ...load,
      seed_ms: seedMs,
      load_avg_1m: Math.round(os.loadavg()[0]! * 100) / 100,
      cpus: os.cpus().length,
    };
  } finally {
    await harness.close();
  }
}

export default {
  name: 'api.plans-list',
  run: () => runOnEveryEngine(runOn),
} satisfies Bench;
