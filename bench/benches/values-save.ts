// values.save: a commune's value saved (PUT /api/values, as the province's planner) and the
// province roll-up read back (GET /api/rollups for that year) — the round a reporter's change
// takes to show on the plan page, live, no batch job. 200 rounds over the province's
// communes, each checked: the roll-up's numerator must have moved by exactly the change. On
// the values.rollup data set (~10M rows, shared within the run). Target < 50 ms a round.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { leafUnitsAsOf } from '../../src/domain/values/roll-up-indicator.ts';
import { todayInVietnam } from '../../src/server/admin-units/service.ts';
import { authHeaders } from '../../test/factories/users.ts';
import type { Bench, Figures } from '../run.ts';
import { type BenchEngine, findBenchEngines } from '../support/bench-engines.ts';
import { benchProvince, numeratorElement, openSharedValuesDataset, rateIndicator } from '../support/values-dataset.ts';

const rounds = Number(process.env.BENCH_ROUNDS ?? 200);
const warmup = 5;
const period = '2025';

function summarise(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return { p50: round(at(0.5)), p95: round(at(0.95)), max: round(at(1)) };
}

async function runOn(engine: BenchEngine): Promise<Figures> {
  const dataset = await openSharedValuesDataset(engine);
  const { app, ctx } = dataset;
  const { session } = await dataset.login();
  const headers = authHeaders(session);
  const index = await ctx.adminUnits.get();
  const communes = leafUnitsAsOf(index, benchProvince, todayInVietnam(ctx.now())).map((unit) => unit.id);
  const readNumerator = async () => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/rollups?indicatorId=${rateIndicator}&unitId=${benchProvince}&period=${period}`,
      headers,
    });
    if (response.statusCode !== 200) throw new Error(`GET /api/rollups ${response.statusCode}: ${response.body}`);
    return (response.json() as { numerator: number }).numerator;
  };
  // What is stored now for each commune (not timed), so every round knows the change it makes.
  const stored = new Map<string, number>();
  const rows = await dataset.db
    .selectFrom('data_values')
    .select(['unit_id', 'value'])
    .where('data_element_id', '=', numeratorElement)
    .where('period', '=', period)
    .where('unit_id', 'in', communes)
    .where('disaggregation', '=', '')
    .execute();
  for (const row of rows) stored.set(row.unit_id, Number(row.value));
  let expected = await readNumerator();
  const saveTimes: number[] = [];
  const readTimes: number[] = [];
  const roundTimes: number[] = [];
  let stale = 0;
  for (let i = 0; i < warmup + rounds; i++) {
    const unitId = communes[i % communes.length]!;
    const before = stored.get(unitId) ?? 0;
    // Up by one, then back on the next visit: the history check never sees a jump.
    const value = Math.floor(i / communes.length) % 2 === 0 ? before + 1 : before - 1;
    const start = performance.now();
    const saved = await app.inject({
      method: 'PUT',
      url: '/api/values',
      headers,
      payload: { values: [{ dataElementId: numeratorElement, unitId, period, value }] },
    });
    const afterSave = performance.now();
    if (saved.statusCode !== 200) throw new Error(`PUT /api/values ${saved.statusCode}: ${saved.body}`);
    const numerator = await readNumerator();
    const end = performance.now();
    expected += value - before;
    stored.set(unitId, value);
    if (Math.abs(numerator - expected) > 1e-6) stale++;
    if (i < warmup) continue;
    saveTimes.push(afterSave - start);
    readTimes.push(end - afterSave);
    roundTimes.push(end - start);
  }
  const round = summarise(roundTimes);
  const save = summarise(saveTimes);
  const read = summarise(readTimes);
  return {
    engine: engine.engine,
    rows: dataset.rows,
    province: benchProvince,
    communes_visited: Math.min(rounds, communes.length),
    rounds,
    ms: round.p50,
    p95_ms: round.p95,
    max_ms: round.max,
    save_ms: save.p50,
    save_p95_ms: save.p95,
    read_ms: read.p50,
    read_p95_ms: read.p95,
    stale_reads: stale,
    target_ms: 50,
    build_ms: dataset.buildMs,
    reused_database: dataset.reused,
    load_avg_1m: Math.round(os.loadavg()[0]! * 100) / 100,
    cpus: os.cpus().length,
  };
}

export default {
  name: 'values.save',
  async run() {
    const lines: Figures[] = [];
    for (const engine of await findBenchEngines()) lines.push(await runOn(engine));
    if (!lines.some((line) => line.engine === 'postgres'))
      lines.push({ engine: 'postgres', skipped: 'no PostgreSQL server (TEST_DATABASE_URL)' });
    return lines;
  },
} satisfies Bench;
