// values.rollup: what a plan page asks for one indicator — the province's roll-up for each of
// 10 years, on today's map — from a table of ~10M values (bench/support/values-dataset.ts).
// Timed three ways: `ms`/`p95_ms` one GET /api/rollups/series (2016–2025, one read);
// `per_year_requests_*` 10 GET /api/rollups in turn (one a year); `per_year_service_*` the
// same through getRollup alone (no HTTP, session or serialisation). Against a plain GROUP BY
// of the same rows (numerator and denominator summed per year over the province's units):
// ratio_to_group_by. One line per engine; target p95 < 50 ms on PostgreSQL.
import os from 'node:os';
import { sql } from 'kysely';
import { todayInVietnam } from '../../src/server/admin-units/service.ts';
import { getRollup } from '../../src/server/values/rollup-service.ts';
import { authHeaders } from '../../test/factories/users.ts';
import { measure } from '../measure.ts';
import type { Bench, Figures } from '../run.ts';
import { type BenchEngine, findBenchEngines } from '../support/bench-engines.ts';
import {
  benchProvince,
  benchYears,
  denominatorElement,
  numeratorElement,
  rateIndicator,
  openSharedValuesDataset,
} from '../support/values-dataset.ts';

const runs = Number(process.env.BENCH_RUNS ?? 60);

async function runOn(engine: BenchEngine): Promise<Figures> {
  const dataset = await openSharedValuesDataset(engine);
  const { app, ctx, db } = dataset;
  const { session, actor } = await dataset.login();
  const headers = authHeaders(session);
  const pageOverHttp = async () => {
    for (const period of benchYears) {
      const response = await app.inject({
        method: 'GET',
        url: `/api/rollups?indicatorId=${rateIndicator}&unitId=${benchProvince}&period=${period}`,
        headers,
      });
      if (response.statusCode !== 200) throw new Error(`GET /api/rollups ${response.statusCode}: ${response.body}`);
    }
  };
  const seriesUrl = `/api/rollups/series?indicatorId=${rateIndicator}&unitId=${benchProvince}&from=${benchYears[0]}&to=${benchYears.at(-1)}`;
  const seriesOverHttp = async () => {
    const response = await app.inject({ method: 'GET', url: seriesUrl, headers });
    if (response.statusCode !== 200)
      throw new Error(`GET /api/rollups/series ${response.statusCode}: ${response.body}`);
  };
  let coverage = '';
  const pageInService = async () => {
    for (const period of benchYears) {
      const rollup = await getRollup(ctx, actor, { indicatorId: rateIndicator, unitId: benchProvince, period });
      coverage = `${rollup.coverage.reported}/${rollup.coverage.expected}`;
    }
  };
  // The same rows summed by PostgreSQL alone: no map, no coverage, no per-commune figures.
  const groupBy = () =>
    sql`
      select period,
        sum(value) filter (where data_element_id = ${numeratorElement}) as numerator,
        sum(value) filter (where data_element_id = ${denominatorElement}) as denominator
      from data_values
      where data_element_id in (${numeratorElement}, ${denominatorElement})
        and period = any(${sql.val(benchYears)}::text[])
        and calendar_id = 'calendar-year' and disaggregation = ''
        and unit_id in (select unit_id from admin_unit_scopes where root_unit_id = ${benchProvince})
      group by period`.execute(db);
  const series = await measure(seriesOverHttp, runs, 3);
  const http = await measure(pageOverHttp, runs, 3);
  const service = await measure(pageInService, runs, 3);
  const plain = await measure(groupBy, runs, 3);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    engine: engine.engine,
    rows: dataset.rows,
    old_map_rows: dataset.oldMapRows,
    communes: dataset.communes,
    elements: dataset.elements,
    years: benchYears.length,
    province: benchProvince,
    province_communes: Number(coverage.split('/')[1] ?? 0),
    coverage,
    as_of: todayInVietnam(ctx.now()),
    ms: series.ms,
    p95_ms: series.p95_ms,
    per_year_requests_ms: http.ms,
    per_year_requests_p95_ms: http.p95_ms,
    per_year_service_ms: service.ms,
    per_year_service_p95_ms: service.p95_ms,
    group_by_ms: plain.ms,
    group_by_p95_ms: plain.p95_ms,
    ratio_to_group_by: round(series.ms / plain.ms),
    per_year_ratio_to_group_by: round(http.ms / plain.ms),
    runs,
    build_ms: dataset.buildMs,
    reused_database: dataset.reused,
    load_avg_1m: round(os.loadavg()[0]!),
    cpus: os.cpus().length,
  };
}

export default {
  name: 'values.rollup',
  async run() {
    const lines: Figures[] = [];
    for (const engine of await findBenchEngines()) lines.push(await runOn(engine));
    if (!lines.some((line) => line.engine === 'postgres'))
      lines.push({ engine: 'postgres', skipped: 'no PostgreSQL server (TEST_DATABASE_URL)' });
    return lines;
  },
} satisfies Bench;
