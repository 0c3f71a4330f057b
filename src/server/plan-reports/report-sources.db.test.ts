// The report's inputs read from the features that store them: an occurrence is done for the
// plan once every lead holder it fell to reported it done; only accepted unit reports speak.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePlanExtraction, makeTask } from '../../../test/factories/plan-extraction.ts';
import { freshPlanNumber, insertPlanAt } from '../../../test/factories/plans.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { ensureTaskAssignments } from '../tasks/assignments.ts';
import { findTaskCompletions, findUnitNarratives } from './report-sources.ts';

let harness: TestApp;
let planId = '';
let taskIds: string[] = [];

beforeAll(async () => {
  harness = await startTestApp();
  const province = harness.agencies.provinceAgency;
  const commune = harness.agencies.communeAgency;
  const ref = (agency: { id: string; name: string }) => ({
    text: agency.name,
    agencyId: agency.id,
    agencyName: agency.name,
    confidence: 1,
  });
  planId = await insertPlanAt(
    harness.db.db,
    province.adminUnitId,
    makePlanExtraction({
      document: { number: freshPlanNumber() },
      period: { from: 2025, to: 2026, horizons: [] },
      tasks: [
        makeTask({
          id: 'one',
          due: { kind: 'once', by: '2026-06' },
          lead: [province.name],
          leadAgencies: [ref(province)],
          support: [],
          supportAgencies: [],
        }),
        makeTask({
          id: 'two',
          due: { kind: 'once', by: '2026-09' },
          lead: [province.name, commune.name],
          leadAgencies: [ref(province), ref(commune)],
          support: [],
          supportAgencies: [],
        }),
      ],
    }),
  );
  await ensureTaskAssignments(harness.ctx);
  taskIds = (
    await harness.db.db
      .selectFrom('plan_tasks')
      .select('id')
      .where('plan_id', '=', planId)
      .orderBy('position')
      .execute()
  ).map((row) => row.id);
});

afterAll(async () => {
  await harness?.close();
});

const progress = (taskId: string, holder: string, dueDate: string, completedOn: string | null) => ({
  task_id: taskId,
  holder,
  due_date: dueDate,
  percent: completedOn ? 100 : 50,
  completed_on: completedOn,
});

describe('findTaskCompletions', () => {
  it('counts an occurrence done once every lead holder reported it done, on the last day', async () => {
    const province = harness.agencies.provinceAgency.id;
    const commune = harness.agencies.communeAgency.id;
    await harness.db.db
      .insertInto('task_progress')
      .values([
        progress(taskIds[0]!, province, '2026-06-30', '2026-06-20'),
        progress(taskIds[1]!, province, '2026-09-30', '2026-09-10'),
        progress(taskIds[1]!, commune, '2026-09-30', null),
      ])
      .execute();
    expect(await findTaskCompletions(harness.db.db, planId)).toEqual([
      { taskId: taskIds[0], dueDate: '2026-06-30', completedOn: '2026-06-20' },
    ]);
    await harness.db.db
      .updateTable('task_progress')
      .set({ completed_on: '2026-10-02', percent: 100 })
      .where('task_id', '=', taskIds[1]!)
      .where('holder', '=', commune)
      .execute();
    expect(await findTaskCompletions(harness.db.db, planId)).toContainEqual({
      taskId: taskIds[1],
      dueDate: '2026-09-30',
      completedOn: '2026-10-02',
    });
  });
});

describe('findUnitNarratives', () => {
  it('reads accepted reports only, named by their unit, blank parts left out', async () => {
    const duty = await harness.db.db
      .insertInto('plan_reporting_duties')
      .values({
        id: `${planId}-duty`,
        plan_id: planId,
        position: 99,
        freq: 'yearly',
        due_month: 12,
        due_day: 15,
        recipient_text: null,
        via_text: null,
        text: 'Báo cáo hằng năm',
        source_line: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const report = (agencyId: string, state: 'accepted' | 'submitted', difficulties: string, proposals: string) => ({
      id: `${agencyId}-${state}`,
      plan_id: planId,
      duty_id: duty.id,
      period: '2026',
      agency_id: agencyId,
      state,
      difficulties,
      proposals,
      task_notes: '{}',
      created_by: null,
    });
    await harness.db.db
      .insertInto('unit_reports')
      .values([
        report(harness.agencies.communeAgency.id, 'accepted', 'Thiếu giáo viên dạy nghề.', '  '),
        report(harness.agencies.provinceAgency.id, 'submitted', 'Chưa tiếp nhận nên không đưa vào.', 'x'),
      ])
      .execute();
    expect(
      await findUnitNarratives(harness.db.db, planId, {
        id: '2026',
        window: { from: '2026-01-01', until: '2027-01-01' },
      }),
    ).toEqual([
      { unitName: harness.agencies.communeAgency.name, difficulties: 'Thiếu giáo viên dạy nghề.', proposals: null },
    ]);
  });
});
