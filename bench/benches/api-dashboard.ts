// api.dashboard: GET /api/dashboard/overview for a provincial planner (Đồng Tháp), 50
// concurrent clients for 10 s on loopback; target p95 < 100 ms. The database holds the real
// admin units, the five demo plans with their indicator links, and deterministic values for
// every data element those plans measure, for every unit whose values can reach Đồng Tháp's
// communes (today's communes and the old ones), 2019–2026. Evaluations are computed from live
// roll-ups and reused until the next write (evaluation-cache.ts); cold_ms is the first request,
// which computes, as the first request after any write does. One line per engine.
// BENCH_CLIENTS / BENCH_SECONDS override 50 / 10.
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { startTestApp } from '../../test/support/test-app.ts';
import { indicatorElementIds, leafUnitsAsOf, rollupSourceUnitIds } from '../../src/domain/values/roll-up-indicator.ts';
import { calendarYear } from '../../src/domain/periods/reporting-calendars.ts';
import { loadDemoPlans } from '../../src/server/plans/demo-plans.ts';
import { upsertValues, type ValueWrite } from '../../src/server/values/repository.ts';
import { catalogue } from '../../src/server/values/service.ts';
import type { Bench, Figures } from '../run.ts';
import { runOnEveryEngine } from '../support/bench-engines.ts';
import { runHttpLoad } from '../support/http-load.ts';

const clients = Number(process.env.BENCH_CLIENTS ?? 50);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const province = 'p-82';
const years = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];

/** Deterministic figures: a share that grows with the year, a denominator from the unit's position. */
function buildValues(unitIds: readonly string[], elementIds: readonly string[]): ValueWrite[] {
  const ratioElements = new Map<string, 'numerator' | 'denominator'>();
  for (const indicator of catalogue.indicators)
    if (indicator.formula.kind === 'ratio') {
      ratioElements.set(indicator.formula.numerator, 'numerator');
      ratioElements.set(indicator.formula.denominator, 'denominator');
    }
  const writes: ValueWrite[] = [];
  unitIds.forEach((unitId, u) => {
    for (const year of years)
      elementIds.forEach((dataElementId, e) => {
        const base = 400 + ((u * 37 + e * 11) % 600);
        const role = ratioElements.get(dataElementId);
        const value =
          role === 'numerator' ? Math.round(base * (0.5 + (year - 2019) * 0.03)) : role === 'denominator' ? base : base;
        writes.push({
          dataElementId,
          unitId,
          period: String(year),
          calendarId: calendarYear.id,
          disaggregation: '',
          value,
          source: 'imported',
          enteredBy: null,
          enteredAt: new Date('2026-12-01T00:00:00Z'),
        });
      });
  });
  return writes;
}

async function runOn(serverUrl: string | null, engine: string): Promise<Figures> {
  const harness = await startTestApp({ data: 'reference', serverUrl });
  const { db, app, ctx } = harness;
  try {
    const seedStart = performance.now();
    await loadDemoPlans(ctx);
    const linked = await db.db
      .selectFrom('plan_targets')
      .select('indicator_id')
      .distinct()
      .where('indicator_id', 'is not', null)
      .execute();
    const elementIds = [
      ...new Set(
        linked.flatMap((row) => {
          const indicator = catalogue.indicators.find((candidate) => candidate.id === row.indicator_id);
          return indicator ? indicatorElementIds(indicator) : [];
        }),
      ),
    ];
    const index = await ctx.adminUnits.get();
    const communes = leafUnitsAsOf(index, province, '2026-12-01');
    const units = [...rollupSourceUnitIds(index, communes)].filter((id) => index.get(id)?.level === 'commune');
    const writes = buildValues(units, elementIds);
    for (let i = 0; i < writes.length; i += 5000) await upsertValues(db.db, writes.slice(i, i + 5000));
    await sql`analyze data_values`.execute(db.db);
    const seedMs = Math.round(performance.now() - seedStart);
    const session = await harness.loginNew({ agencyId: 'ag-p-82-so-noi-vu', role: 'planner' });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as AddressInfo;
    const url = `http://127.0.0.1:${port}/api/dashboard/overview`;
    // The first request computes (the cache is empty, as after any write); the load then mostly reuses it.
    const coldStart = performance.now();
    const first = (await (await fetch(url, { headers: { cookie: session.cookie } })).json()) as {
      plans: { total: number };
      counts: Record<string, number>;
    };
    const coldMs = Math.round((performance.now() - coldStart) * 10) / 10;
    const targets = Object.values(first.counts).reduce((sum, n) => sum + n, 0);
    const load = await runHttpLoad({ urls: [url], headers: { cookie: session.cookie }, clients, seconds });
    return {
      engine,
      active_plans: first.plans.total,
      targets,
      values: writes.length,
      communes: communes.length,
      clients,
      seconds,
      cold_ms: coldMs,
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
  name: 'api.dashboard',
  run: () => runOnEveryEngine(runOn),
} satisfies Bench;
