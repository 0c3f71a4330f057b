// The consolidated report of a plan with 50 targets (half linked to indicators, so the live
// evaluation runs), 100 tasks and 30 reporting units. The bars: the DOCX under 1 s,
// the PDF under 5 s where LibreOffice is installed. Three figures per engine:
// - service_docx_ms: downloadPlanReport end to end on the database (plan, targets evaluated
//   live — the first run cold, the rest reusing the evaluation cache as the plan page does —
//   tasks and occurrences, fields, model, DOCX). Unit narratives have no storage yet (see
//   src/server/plan-reports/report-sources.ts), so the 30 units enter the next figure only;
// - render_docx_ms: buildReportModel + DOCX from an input with 50 targets, 100 tasks and the
//   30 units' narratives (pure, no database);
// - pdf_ms: that DOCX through LibreOffice headless (a fresh process and profile each time).
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { buildReportModel } from '../../src/domain/reports/report-model.ts';
import { buildSampleReportInput } from '../../src/domain/reports/test-report-input.ts';
import { convertDocxToPdf, findSoffice } from '../../src/reports/convert-to-pdf.ts';
import { writeReportDocx } from '../../src/reports/write-report-docx.ts';
import { systemActor } from '../../src/server/auth/actor.ts';
import { downloadPlanReport } from '../../src/server/plan-reports/service.ts';
import { makePlanExtraction, makeTarget, makeTask } from '../../test/factories/plan-extraction.ts';
import { freshPlanNumber, insertPlanAt } from '../../test/factories/plans.ts';
import { startTestApp } from '../../test/support/test-app.ts';
import { measure } from '../measure.ts';
import type { Bench } from '../run.ts';
import { runOnEveryEngine } from '../support/bench-engines.ts';

const size = { targets: 50, tasks: 100, units: 30 };
const round = (n: number) => Math.round(n * 10) / 10;
const quarters = ['Q1', 'Q2', 'Q3', 'Q4'];

function buildExtraction() {
  return makePlanExtraction({
    document: { number: freshPlanNumber() },
    period: { from: 2026, to: 2026, horizons: [] },
    targets: Array.from({ length: size.targets }, (_, i) =>
      makeTarget({ id: `t${i}`, text: `Tỷ lệ lao động qua đào tạo nhóm ${i + 1} đạt trên ${60 + (i % 30)}%` }),
    ),
    tasks: Array.from({ length: size.tasks }, (_, i) =>
      makeTask({
        id: `k${i}`,
        text: `Triển khai nhiệm vụ đào tạo, bồi dưỡng số ${i + 1}`,
        due: { kind: 'once', by: `2026-${quarters[i % 4]}` },
        dueText: `Quý ${['I', 'II', 'III', 'IV'][i % 4]}/2026`,
      }),
    ),
  });
}

async function measureService(serverUrl: string | null, engine: string) {
  const harness = await startTestApp({ serverUrl, now: () => new Date('2026-12-03T03:00:00Z') });
  try {
    const planId = await insertPlanAt(harness.db.db, 't-p1', buildExtraction());
    const targets = await harness.db.db.selectFrom('plan_targets').select('id').where('plan_id', '=', planId).execute();
    const linked = targets.filter((_, i) => i % 2 === 0).map((row) => row.id);
    await harness.db.db
      .updateTable('plan_targets')
      .set({ indicator_id: 'labour-trained-rate' })
      .where('id', 'in', linked)
      .execute();
    const download = () => downloadPlanReport(harness.ctx, systemActor, planId, '2026', 'docx');
    const start = performance.now();
    const first = await download();
    const coldMs = performance.now() - start;
    const timing = await measure(download, 20, 2);
    return {
      engine,
      ...size,
      reporting_units_in_service: 0,
      service_docx_cold_ms: round(coldMs),
      service_docx_ms: timing.ms,
      service_docx_p95_ms: timing.p95_ms,
      docx_bytes: first.content.byteLength,
    };
  } finally {
    await harness.close();
  }
}

export default {
  name: 'report.consolidate',
  async run() {
    const input = buildSampleReportInput(size);
    const render = () => writeReportDocx(buildReportModel(input));
    const rendered = await measure(render, 20, 3);
    const docx = await render();
    let pdf: Record<string, number | string> = { pdf: 'skipped: LibreOffice not installed (libreoffice-writer-nogui)' };
    if (findSoffice()) {
      const timing = await measure(() => convertDocxToPdf(docx), 5, 1);
      pdf = { pdf_ms: timing.ms, pdf_p95_ms: timing.p95_ms, pdf_runs: timing.runs };
    }
    const pure = {
      engine: 'none',
      ...size,
      render_docx_ms: rendered.ms,
      render_docx_p95_ms: rendered.p95_ms,
      ...pdf,
      load_avg_1m: round(os.loadavg()[0] ?? 0),
      cpus: os.cpus().length,
    };
    return [pure, ...(await runOnEveryEngine(measureService))];
  },
} satisfies Bench;
