// values.import: a province's figures as one DHIS2 dataValueSets payload — every commune of
// Đồng Tháp (today's map) × every data element of the catalogue × the year and its four
// quarters, 2026 — posted by a provincial planner through POST /api/data-value-sets: first as
// new values, then the same payload again (every row unchanged, nothing rewritten), then as a
// dry run. Each is one all-or-nothing batch through saveValueBatch; then the province exported
// with its communes (GET ?children=true). longest_block_ms: the longest the event loop could not
// answer anything else during an import. One line per engine.
import os from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startTestApp } from '../../test/support/test-app.ts';
import { authHeaders } from '../../test/factories/users.ts';
import { leafUnitsAsOf } from '../../src/domain/values/roll-up-indicator.ts';
import { catalogue } from '../../src/server/values/service.ts';
import type { Bench, Figures } from '../run.ts';
import { runOnEveryEngine } from '../support/bench-engines.ts';

const province = 'p-82';
const periods = ['2026', '2026Q1', '2026Q2', '2026Q3', '2026Q4'];

/** Denominators above numerators, so every rate stays within 0–100. */
function buildPayload(unitIds: readonly string[]) {
  const role = new Map<string, number>();
  for (const indicator of catalogue.indicators)
    if (indicator.formula.kind === 'ratio') {
      if (!role.has(indicator.formula.numerator)) role.set(indicator.formula.numerator, 1000);
      role.set(indicator.formula.denominator, 2000);
    }
  const dataValues: { dataElement: string; period: string; orgUnit: string; value: string }[] = [];
  for (const orgUnit of unitIds)
    for (const element of catalogue.dataElements)
      for (const period of periods)
        dataValues.push({ dataElement: element.id, period, orgUnit, value: String(role.get(element.id) ?? 300) });
  return { dataValues };
}

async function runOn(serverUrl: string | null, engine: string): Promise<Figures> {
  const harness = await startTestApp({ data: 'reference', serverUrl });
  try {
    const index = await harness.ctx.adminUnits.get();
    const communes = leafUnitsAsOf(index, province, '2026-12-01');
    const payload = buildPayload(communes.map((unit) => unit.id));
    const session = await harness.loginNew({ agencyId: 'ag-p-82-so-noi-vu', role: 'planner' });
    // How long the server could not answer anything else while an import ran.
    const post = async (query: string) => {
      const delay = monitorEventLoopDelay({ resolution: 5 });
      delay.enable();
      const start = performance.now();
      const response = await harness.app.inject({
        method: 'POST',
        url: `/api/data-value-sets${query}`,
        headers: authHeaders(session),
        payload,
      });
      const ms = Math.round(performance.now() - start);
      delay.disable();
      const blockedMs = Math.round(delay.max / 1e6);
      if (response.statusCode !== 200) throw new Error(`${response.statusCode} ${response.body.slice(0, 500)}`);
      return { ms, blockedMs, counts: response.json().importCount as Record<string, number> };
    };
    const dry = await post('?dryRun=true');
    const first = await post('');
    const again = await post('');
    const exportDelay = monitorEventLoopDelay({ resolution: 5 });
    exportDelay.enable();
    const exportStart = performance.now();
    const exported = await harness.app.inject({
      method: 'GET',
      url: `/api/data-value-sets?orgUnit=${province}&children=true`,
      headers: authHeaders(session),
    });
    const exportMs = Math.round(performance.now() - exportStart);
    exportDelay.disable();
    if (exported.statusCode !== 200) throw new Error(`export ${exported.statusCode}`);
    return {
      engine,
      rows: payload.dataValues.length,
      communes: communes.length,
      elements: catalogue.dataElements.length,
      periods: periods.length,
      dry_run_ms: dry.ms,
      import_ms: first.ms,
      imported: first.counts.imported ?? 0,
      reimport_ms: again.ms,
      ignored: again.counts.ignored ?? 0,
      export_ms: exportMs,
      exported: (exported.json() as { dataValues: unknown[] }).dataValues.length,
      export_longest_block_ms: Math.round(exportDelay.max / 1e6),
      longest_block_ms: Math.max(dry.blockedMs, first.blockedMs, again.blockedMs),
      rows_per_s: Math.round((payload.dataValues.length / first.ms) * 1000),
      load_avg_1m: Math.round(os.loadavg()[0]! * 100) / 100,
      cpus: os.cpus().length,
    };
  } finally {
    await harness.close();
  }
}

export default {
  name: 'values.import',
  run: () => runOnEveryEngine(runOn),
} satisfies Bench;
