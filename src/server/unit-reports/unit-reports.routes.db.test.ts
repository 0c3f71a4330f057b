// The reporting cycle through the real routes, on the unit map of test/support/unit-map.ts: a
// province plan (t-p1) whose tasks name the communes t-c1 and t-c2; a commune reporter fills
// and submits, the plan's planner returns it with a reason, the reporter fixes and resubmits,
// the planner accepts. The clock is 2026-12-03: the yearly duty's 2026 report is due 15/12.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../auth/actor.ts';
import {
  makePlanExtraction,
  makeReportingDuty,
  makeTarget,
  makeTask,
} from '../../../test/factories/plan-extraction.ts';
import { freshPlanNumber, insertPlanAt } from '../../../test/factories/plans.ts';
import { authHeaders, type LoggedIn } from '../../../test/factories/users.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { listAcceptedNarratives } from './narratives.ts';

type Who = 'planner' | 'reporter' | 'sibling' | 'viewer' | 'foreignPlanner';
let harness: TestApp<never, Who>;
let app: FastifyInstance;
let s: TestApp<never, Who>['sessions'];
let planId = '';
let dutyId = '';
let reportId = '';

const commune = { text: 'Ủy ban nhân dân Xã An Hòa', agencyId: 'ag-t-c1-ubnd', agencyName: null, confidence: 1 };
const sibling = { text: 'Ủy ban nhân dân Xã Bình Minh', agencyId: 'ag-t-c2-ubnd', agencyName: null, confidence: 1 };

function call(session: LoggedIn, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object) {
  return app.inject({ method, url, headers: authHeaders(session), ...(payload ? { payload } : {}) });
}

async function auditActions(): Promise<string[]> {
  const rows = await harness.db.db
    .selectFrom('audit_log')
    .select('action')
    .where('entity', '=', 'unit_report')
    .where('entity_id', '=', reportId)
    .orderBy('id')
    .execute();
  return rows.map((row) => row.action);
}

beforeAll(async () => {
  harness = await startTestApp({
    now: () => new Date('2026-12-03T03:00:00Z'),
    logins: {
      planner: { role: 'planner', agencyId: 'ag-t-p1-ubnd' },
      reporter: { role: 'reporter', agencyId: 'ag-t-c1-ubnd' },
      sibling: { role: 'reporter', agencyId: 'ag-t-c2-ubnd' },
      viewer: { role: 'viewer', agencyId: 'ag-t-p1-ubnd' },
      foreignPlanner: { role: 'planner', agencyId: 'ag-t-p2-so-bi-mat' },
    },
  });
  ({ app } = harness);
  s = harness.sessions;
  planId = await insertPlanAt(
    harness.db.db,
    't-p1',
    makePlanExtraction({
      document: { number: freshPlanNumber() },
      targets: [makeTarget({ id: 'm1', text: 'Giải quyết việc làm cho 500 lao động', op: 'gte', value: 500 })],
      tasks: [
        makeTask({
          id: 'k1',
          text: 'Mở lớp đào tạo nghề',
          lead: [commune.text],
          support: [],
          leadAgencies: [commune],
          supportAgencies: [],
        }),
        makeTask({
          id: 'k2',
          text: 'Tư vấn việc làm',
          lead: [sibling.text],
          support: [commune.text],
          leadAgencies: [sibling],
          supportAgencies: [commune],
        }),
      ],
      reporting: [makeReportingDuty()],
    }),
  );
  await harness.db.db
    .updateTable('plan_targets')
    .set({ indicator_id: 'employment-new-jobs' })
    .where('plan_id', '=', planId)
    .execute();
  dutyId = (
    await harness.db.db
      .selectFrom('plan_reporting_duties')
      .select('id')
      .where('plan_id', '=', planId)
      .executeTakeFirstOrThrow()
  ).id;
  const saved = await call(s.reporter, 'PUT', '/api/values', {
    values: [{ dataElementId: 'employment-new-jobs', unitId: 't-c1', period: '2026', value: 120, confirm: true }],
  });
  expect(saved.statusCode, saved.body).toBe(200);
});

afterAll(async () => {
  await harness?.close();
});

describe('the reporting cycle', () => {
  it('lists every agency with a task as a reporting unit, none sent yet', async () => {
    const response = await call(s.planner, 'GET', `/api/plans/${planId}/reports`);
    expect(response.statusCode, response.body).toBe(200);
    const [duty] = response.json().duties;
    expect(duty.period).toBe('2026');
    expect(duty.periodLabel).toBe('Năm 2026');
    expect(duty.dueDate).toBe('2026-12-15');
    expect(duty.units.map((unit: { agency: { id: string } }) => unit.agency.id)).toEqual([
      'ag-t-c1-ubnd',
      'ag-t-c2-ubnd',
    ]);
    expect(duty.completeness.sentence).toBe('0/2 đơn vị đã gửi, 0 đúng hạn');
    expect(response.json().canEditDuties).toBe(true);
  });

  it('a commune reporter sees what it owes and opens its report once', async () => {
    const mine = await call(s.reporter, 'GET', '/api/my-reports');
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json().items.map((item: { period: string }) => item.period)).toEqual(['2026', '2025']);
    const opened = await call(s.reporter, 'POST', `/api/plans/${planId}/reports`, { dutyId, period: '2026' });
    expect(opened.statusCode, opened.body).toBe(201);
    reportId = opened.json().report.id;
    const again = await call(s.reporter, 'POST', `/api/plans/${planId}/reports`, { dutyId, period: '2026' });
    expect(again.statusCode).toBe(200);
    expect(again.json().report.id).toBe(reportId);
    // Another commune's report, a quarter of a yearly duty: refused, nothing created.
    const foreign = await call(s.reporter, 'POST', `/api/plans/${planId}/reports`, {
      dutyId,
      period: '2026',
      agencyId: 'ag-t-c2-ubnd',
    });
    expect(foreign.statusCode).toBe(404);
    const quarter = await call(s.reporter, 'POST', `/api/plans/${planId}/reports`, { dutyId, period: '2026Q1' });
    expect(quarter.statusCode).toBe(400);
    expect(quarter.json().error).toMatchObject({ field: 'period' });
    expect(quarter.json().error.message).toContain('không phải kỳ năm');
  });

  it('shows the unit its tasks and its values, though the province plan is outside its scope', async () => {
    expect((await call(s.reporter, 'GET', `/api/plans/${planId}`)).statusCode).toBe(404);
    const response = await call(s.reporter, 'GET', `/api/unit-reports/${reportId}`);
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json().report;
    expect(report.state).toBe('draft');
    expect(report.tasks.map((task: { text: string; role: string }) => [task.text, task.role])).toEqual([
      ['Mở lớp đào tạo nghề', 'lead'],
      ['Tư vấn việc làm', 'support'],
    ]);
    expect(report.values).toMatchObject([{ dataElementId: 'employment-new-jobs', value: 120 }]);
    expect(report.can).toEqual({ fill: true, submit: true, return: false, accept: false });
    expect((await call(s.sibling, 'GET', `/api/unit-reports/${reportId}`)).statusCode).toBe(404);
    expect((await call(s.foreignPlanner, 'GET', `/api/unit-reports/${reportId}`)).statusCode).toBe(404);
    expect((await call(s.viewer, 'GET', `/api/unit-reports/${reportId}`)).statusCode).toBe(200);
  });

  it('fills, refuses a stale save and an empty submission, then submits and locks', async () => {
    const report = (await call(s.reporter, 'GET', `/api/unit-reports/${reportId}`)).json().report;
    const empty = await call(s.reporter, 'POST', `/api/unit-reports/${reportId}/submit`);
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.field, empty.body).toBe('achievements');
    const taskId = report.tasks[0].id;
    const saved = await call(s.reporter, 'PUT', `/api/unit-reports/${reportId}`, {
      version: report.version,
      achievements: 'Đã mở 3 lớp đào tạo nghề cho 90 lao động.',
      difficulties: 'Thiếu giáo viên dạy nghề.',
      proposals: 'Đề nghị tỉnh hỗ trợ kinh phí.',
      tasks: [{ taskId, progress: 'done', note: 'Hoàn thành tháng 10.' }],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().report.tasks[0]).toMatchObject({ progress: 'done', note: 'Hoàn thành tháng 10.' });
    const stale = await call(s.reporter, 'PUT', `/api/unit-reports/${reportId}`, {
      version: report.version,
      proposals: 'Khác',
    });
    expect(stale.statusCode).toBe(409);
    const notMine = await call(s.reporter, 'PUT', `/api/unit-reports/${reportId}`, {
      version: saved.json().report.version,
      tasks: [{ taskId: 'khong-co', progress: null, note: '' }],
    });
    expect(notMine.statusCode).toBe(400);
    expect(notMine.json().error.field).toBe('tasks.0.taskId');
    const submitted = await call(s.reporter, 'POST', `/api/unit-reports/${reportId}/submit`);
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json().report).toMatchObject({ state: 'submitted', timeliness: 'on_time' });
    const locked = await call(s.reporter, 'PUT', `/api/unit-reports/${reportId}`, {
      version: submitted.json().report.version,
      proposals: 'Sửa sau khi gửi',
    });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.message).toContain('đã khóa');
  });

  it('the consolidating side returns with a reason; the unit fixes, resubmits; it is accepted', async () => {
    expect((await call(s.reporter, 'POST', `/api/unit-reports/${reportId}/accept`)).statusCode).toBe(403);
    expect((await call(s.viewer, 'POST', `/api/unit-reports/${reportId}/accept`)).statusCode).toBe(403);
    const noReason = await call(s.planner, 'POST', `/api/unit-reports/${reportId}/return`, { reason: ' ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.field).toBe('reason');
    const returned = await call(s.planner, 'POST', `/api/unit-reports/${reportId}/return`, {
      reason: 'Bổ sung số lao động có việc làm.',
    });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json().report).toMatchObject({
      state: 'returned',
      returnReason: 'Bổ sung số lao động có việc làm.',
    });
    const fixed = await call(s.reporter, 'PUT', `/api/unit-reports/${reportId}`, {
      version: returned.json().report.version,
      achievements: 'Đã mở 3 lớp đào tạo nghề cho 90 lao động; 70 người có việc làm.',
    });
    expect(fixed.json().report.state).toBe('returned');
    expect((await call(s.reporter, 'POST', `/api/unit-reports/${reportId}/submit`)).statusCode).toBe(200);
    const accepted = await call(s.planner, 'POST', `/api/unit-reports/${reportId}/accept`);
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().report).toMatchObject({ state: 'accepted', stateLabel: 'Đã tiếp nhận' });
    expect(await auditActions()).toEqual(['create', 'update', 'submit', 'return', 'update', 'submit', 'accept']);
    const list = (await call(s.planner, 'GET', `/api/plans/${planId}/reports?period=2026`)).json();
    expect(list.duties[0].completeness.sentence).toBe('1/2 đơn vị đã gửi, 1 đúng hạn');
  });

  it('hands the accepted narratives to the consolidated report', async () => {
    const narratives = await listAcceptedNarratives(harness.ctx, systemActor, planId, '2026');
    expect(narratives).toMatchObject([
      {
        reportId,
        agency: { id: 'ag-t-c1-ubnd' },
        achievements: 'Đã mở 3 lớp đào tạo nghề cho 90 lao động; 70 người có việc làm.',
        difficulties: 'Thiếu giáo viên dạy nghề.',
        proposals: 'Đề nghị tỉnh hỗ trợ kinh phí.',
      },
    ]);
    expect(await listAcceptedNarratives(harness.ctx, systemActor, planId, '2025')).toEqual([]);
  });

  it('planners edit a duty’s agencies; others are refused and nothing changes', async () => {
    const url = `/api/plans/${planId}/reporting-duties/${dutyId}`;
    expect((await call(s.reporter, 'PATCH', url, { reportingAgencyIds: [] })).statusCode).toBe(403);
    expect((await call(s.foreignPlanner, 'PATCH', url, { reportingAgencyIds: [] })).statusCode).toBe(404);
    const foreign = await call(s.planner, 'PATCH', url, { reportingAgencyIds: ['ag-t-p2-so-bi-mat'] });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.field).toBe('reportingAgencyIds.0');
    const badDay = await call(s.planner, 'PATCH', url, { dueDay: 32 });
    expect(badDay.statusCode).toBe(400);
    expect(badDay.json().error.message).toContain('dueDay');
    const edited = await call(s.planner, 'PATCH', url, {
      reportingAgencyIds: ['ag-t-c1-ubnd'],
      consolidatingAgencyId: 'ag-t-p1-ubnd',
      dueDay: 10,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().duty).toMatchObject({
      reportingAgenciesDefault: false,
      consolidatingAgency: { id: 'ag-t-p1-ubnd' },
    });
    const list = (await call(s.planner, 'GET', `/api/plans/${planId}/reports`)).json();
    expect(list.duties[0].dueDate).toBe('2026-12-10');
    expect(list.duties[0].completeness.sentence).toBe('1/1 đơn vị đã gửi, 1 đúng hạn');
    expect((await call(s.sibling, 'GET', '/api/my-reports')).json().items).toEqual([]);
    // A quarterly cycle reports on quarters: 3 December 2026 lies in Q4 under Decree 09 (15/09–14/12).
    const quarterly = await call(s.planner, 'PATCH', url, { freq: 'quarterly', dueDay: null });
    expect(quarterly.statusCode, quarterly.body).toBe(200);
    const byQuarter = (await call(s.planner, 'GET', `/api/plans/${planId}/reports`)).json().duties[0];
    expect(byQuarter).toMatchObject({ period: '2026Q4', periodLabel: 'Quý IV/2026', dueDate: '2026-12-14' });
    expect(byQuarter.completeness.sentence).toBe('0/1 đơn vị đã gửi, 0 đúng hạn');
    const badFreq = await call(s.planner, 'PATCH', url, { freq: 'weekly' });
    expect(badFreq.statusCode).toBe(400);
    expect(badFreq.json().error.message).toContain('freq');
    const audit = await harness.db.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'reporting_duty')
      .execute();
    expect(audit).toHaveLength(2);
  });
});
