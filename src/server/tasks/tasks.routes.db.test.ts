// Tasks as tracked, through the real routes, on the unit map of test/support/unit-map.ts
// (t-p1 ⊃ {t-c1, t-c2}; the old district t-od1, ended 2025-07-01, carried on by t-c1 and
// t-c2), against a fixed today (2026-12-03 in Vietnam). A province plan and an old district's
// plan address "UBND các xã": each fans out to today's communes, so the reporter of commune
// t-c1 finds both in "Việc của tôi" without the plans' units entering their scope.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePlanExtraction, makeTask } from '../../../test/factories/plan-extraction.ts';
import { freshPlanNumber, insertPlanAt } from '../../../test/factories/plans.ts';
import { authHeaders, type LoggedIn } from '../../../test/factories/users.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { mapAgencies } from '../../../test/support/unit-map.ts';

type Who =
  | 'admin'
  | 'planner'
  | 'communeReporter'
  | 'siblingReporter'
  | 'provinceReporter'
  | 'viewer'
  | 'foreignReporter';
let harness: TestApp<never, Who>;
let app: FastifyInstance;
let s: Record<Who, LoggedIn>;
let provincePlan = '';
let districtPlan = '';

const mention = (text: string, agencyId: string | null) => ({ text, agencyId, agencyName: null, confidence: 1 });

function provinceExtraction() {
  return makePlanExtraction({
    document: { number: freshPlanNumber(), year: 2025 },
    period: { from: 2025, to: 2026, horizons: [] },
    tasks: [
      makeTask({
        id: 'k1',
        text: 'Rà soát nhu cầu đào tạo nghề của lao động nông thôn',
        lead: ['UBND các xã, phường'],
        support: [mapAgencies.provinceAgency.name],
        leadAgencies: [mention('UBND các xã, phường', null)],
        supportAgencies: [mention(mapAgencies.provinceAgency.name, mapAgencies.provinceAgency.id)],
        due: { kind: 'recurring', freq: 'yearly', month: 12 },
        dueText: 'Tháng 12 hằng năm',
      }),
      makeTask({
        id: 'k2',
        text: 'Ban hành kế hoạch đào tạo nghề',
        lead: [mapAgencies.provinceAgency.name],
        support: [],
        leadAgencies: [mention(mapAgencies.provinceAgency.name, mapAgencies.provinceAgency.id)],
        supportAgencies: [],
        due: { kind: 'once', by: '2026-Q1' },
        dueText: 'Quý I/2026',
      }),
      makeTask({
        id: 'k3',
        text: 'Phối hợp các hội, đoàn thể tuyên truyền',
        lead: ['Các hội, đoàn thể'],
        support: [],
        leadAgencies: [mention('Các hội, đoàn thể', null)],
        supportAgencies: [],
        due: { kind: 'ongoing' },
        dueText: 'Thường xuyên',
      }),
    ],
  });
}

function districtExtraction() {
  return makePlanExtraction({
    document: { number: freshPlanNumber(), year: 2024, issuer: 'Ủy ban nhân dân Huyện Cũ' },
    period: { from: 2024, to: 2026, horizons: [] },
    tasks: [
      makeTask({
        id: 'k1',
        text: 'Tổ chức các lớp dạy nghề ngắn hạn',
        lead: ['Ủy ban nhân dân các xã, thị trấn'],
        support: [],
        leadAgencies: [mention('Ủy ban nhân dân các xã, thị trấn', null)],
        supportAgencies: [],
        due: { kind: 'once', by: '2026-12' },
        dueText: 'Tháng 12/2026',
      }),
    ],
  });
}

const get = (who: Who, url: string) => app.inject({ method: 'GET', url, headers: authHeaders(s[who]) });
const post = (who: Who, url: string, payload: object) =>
  app.inject({ method: 'POST', url, headers: authHeaders(s[who]), payload });

async function boardOf(planId: string, who: Who = 'planner') {
  const response = await get(who, `/api/plans/${planId}/tasks`);
  expect(response.statusCode).toBe(200);
  return response.json().tasks as Array<{
    task: { id: string; text: string; parentId: string | null };
    assignments: Array<{
      id: string;
      role: string;
      derivation: string;
      agencyId: string | null;
      adminUnitId: string | null;
      holderName: string;
      reason: string | null;
      current: { status: string; dueDate: string; percent: number; label: string } | null;
      occurrences: Array<{ dueDate: string; label: string; status: string }>;
    }>;
    can: { report: boolean; comment: boolean; addSubtask: boolean };
  }>;
}

beforeAll(async () => {
  harness = await startTestApp({
    now: () => new Date('2026-12-03T03:00:00Z'),
    logins: {
      admin: { agencyId: mapAgencies.provinceAgency.id, role: 'admin' },
      planner: { agencyId: mapAgencies.provinceAgency.id, role: 'planner' },
      communeReporter: { agencyId: mapAgencies.communeAgency.id, role: 'reporter' },
      siblingReporter: { agencyId: mapAgencies.siblingCommuneAgency.id, role: 'reporter' },
      provinceReporter: { agencyId: mapAgencies.provinceAgency.id, role: 'reporter' },
      viewer: { agencyId: mapAgencies.communeAgency.id, role: 'viewer' },
      foreignReporter: { agencyId: mapAgencies.foreignCommuneAgency.id, role: 'reporter' },
    },
  });
  app = harness.app;
  s = harness.sessions;
  provincePlan = await insertPlanAt(harness.db.db, 't-p1', provinceExtraction());
  districtPlan = await insertPlanAt(harness.db.db, 't-od1', districtExtraction());
});

afterAll(async () => {
  await harness?.close();
});

describe('assignments derived from the mentions on today’s map', () => {
  it('fans "UBND các xã, phường" out to each commune of the province with its people’s committee', async () => {
    const [k1, k2, k3] = await boardOf(provincePlan);
    expect(k1!.assignments.map((a) => [a.role, a.derivation, a.agencyId, a.adminUnitId])).toEqual([
      ['lead', 'communes', mapAgencies.communeAgency.id, 't-c1'],
      ['lead', 'communes', mapAgencies.siblingCommuneAgency.id, 't-c2'],
      ['support', 'agency', mapAgencies.provinceAgency.id, 't-p1'],
    ]);
    expect(k1!.assignments[0]!.occurrences.map((o) => [o.label, o.dueDate])).toEqual([
      ['Tháng 12/2025', '2025-12-31'],
      ['Tháng 12/2026', '2026-12-31'],
    ]);
    expect(k2!.assignments[0]!.current).toMatchObject({ label: 'Quý I/2026', status: 'overdue' });
    expect(k3!.assignments).toEqual([
      expect.objectContaining({ derivation: 'unassigned', agencyId: null, reason: expect.stringContaining('hội') }),
    ]);
  });

  it('fans an old district’s plan out to the communes that carry the district on', async () => {
    // The old district lies outside the province planner's scope: an admin reads its board.
    const [k1] = await boardOf(districtPlan, 'admin');
    expect(k1!.assignments.map((a) => a.adminUnitId)).toEqual(['t-c1', 't-c2']);
    expect(k1!.assignments[0]!.current).toMatchObject({ dueDate: '2026-12-31', status: 'in_progress' });
  });
});

describe('GET /api/my-tasks', () => {
  it('gives a commune reporter the tasks of province and old district plans that fall to the commune', async () => {
    const response = await get('communeReporter', '/api/my-tasks');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.today).toBe('2026-12-03');
    const texts = body.items.map((item: { task: { text: string } }) => item.task.text).sort();
    expect(texts).toEqual(['Rà soát nhu cầu đào tạo nghề của lao động nông thôn', 'Tổ chức các lớp dạy nghề ngắn hạn']);
    // 2025's December occurrence was never reported: overdue comes first.
    expect(body.items[0].assignment.current).toMatchObject({ status: 'overdue', dueDate: '2025-12-31' });
    expect(body.items[0].can).toEqual({ report: true, comment: true, addSubtask: true });
    expect(body.counts.overdue).toBe(1);
    expect(body.counts.in_progress).toBe(1);
  });

  it('does not open the plans themselves to the commune (board 404)', async () => {
    expect((await get('communeReporter', `/api/plans/${provincePlan}/tasks`)).statusCode).toBe(404);
  });

  it('filters by status and refuses an unknown one in Vietnamese', async () => {
    const overdue = await get('communeReporter', '/api/my-tasks?status=overdue');
    expect(overdue.json().items).toHaveLength(1);
    const bad = await get('communeReporter', '/api/my-tasks?status=tre');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('Trạng thái (status)');
  });

  it('gives a commune of another province nothing', async () => {
    expect((await get('foreignReporter', '/api/my-tasks')).json().items).toEqual([]);
  });
});

describe('POST /api/tasks/:id/progress', () => {
  it('records the commune’s progress and completion of an occurrence, audited', async () => {
    const [k1] = await boardOf(provincePlan);
    const url = `/api/tasks/${k1!.task.id}/progress`;
    const first = await post('communeReporter', url, {
      dueDate: '2025-12-31',
      percent: 50,
      note: 'Đã rà soát 6/12 ấp',
    });
    expect(first.statusCode).toBe(200);
    const done = await post('communeReporter', url, {
      dueDate: '2025-12-31',
      done: true,
      completedOn: '2026-01-10',
      evidenceNumber: '15/BC-UBND',
      evidenceDate: '2026-01-10',
    });
    expect(done.statusCode).toBe(200);
    const [after] = await boardOf(provincePlan);
    const mine = after!.assignments.find((a) => a.adminUnitId === 't-c1')!;
    expect(mine.occurrences[0]).toMatchObject({
      status: 'done_late',
      percent: 100,
      note: 'Đã rà soát 6/12 ấp',
      evidenceNumber: '15/BC-UBND',
      completedOn: '2026-01-10',
    });
    // "Việc của tôi" is remembered until a write: the report moves its current deadline at once.
    const mineAfter = (await get('communeReporter', '/api/my-tasks')).json();
    const item = mineAfter.items.find((i: { task: { id: string } }) => i.task.id === k1!.task.id);
    expect(item.assignment.current).toMatchObject({ dueDate: '2026-12-31', status: 'in_progress' });
    // The sibling commune's share is its own.
    expect(after!.assignments.find((a) => a.adminUnitId === 't-c2')!.occurrences[0]!.status).toBe('overdue');
    const audit = await harness.db.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('entity', '=', 'task_progress')
      .where('entity_id', '=', k1!.task.id)
      .execute();
    expect(audit).toHaveLength(2);
  });

  it('refuses bad input naming the field, and changes nothing', async () => {
    const [k1] = await boardOf(provincePlan);
    const url = `/api/tasks/${k1!.task.id}/progress`;
    const cases: Array<[object, string]> = [
      [{ percent: 150 }, 'Tiến độ (percent)'],
      [{ dueDate: '2026-06-30', percent: 10 }, 'Hạn (dueDate)'],
      [{ dueDate: '2026-13-01' }, 'dueDate'],
      [{ done: true, completedOn: '2027-01-01' }, 'Ngày hoàn thành (completedOn)'],
    ];
    const before = await harness.db.db.selectFrom('task_progress').selectAll().execute();
    for (const [payload, field] of cases) {
      const response = await post('communeReporter', url, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().error.message).toContain(field);
    }
    expect(await harness.db.db.selectFrom('task_progress').selectAll().execute()).toEqual(before);
  });

  it('lets only the lead report: support 403, viewer 403, a stranger 404', async () => {
    const [k1, k2] = await boardOf(provincePlan);
    const body = { percent: 10 };
    expect((await post('provinceReporter', `/api/tasks/${k1!.task.id}/progress`, body)).statusCode).toBe(403);
    expect((await post('viewer', `/api/tasks/${k1!.task.id}/progress`, body)).statusCode).toBe(403);
    expect((await post('communeReporter', `/api/tasks/${k2!.task.id}/progress`, body)).statusCode).toBe(404);
    expect((await post('foreignReporter', `/api/tasks/${k1!.task.id}/progress`, body)).statusCode).toBe(404);
  });
});

describe('comments and sub-tasks', () => {
  it('lets the supporting agency comment, and nobody outside', async () => {
    const [k1] = await boardOf(provincePlan);
    const url = `/api/tasks/${k1!.task.id}/comments`;
    const created = await post('provinceReporter', url, { text: 'Đề nghị gửi số liệu trước ngày 15/12' });
    expect(created.statusCode).toBe(201);
    expect((await post('foreignReporter', url, { text: 'Xin chào' })).statusCode).toBe(404);
    expect((await post('provinceReporter', url, { text: '   ' })).statusCode).toBe(400);
    const [after] = await boardOf(provincePlan);
    expect((after as unknown as { comments: Array<{ text: string }> }).comments.map((c) => c.text)).toEqual([
      'Đề nghị gửi số liệu trước ngày 15/12',
    ]);
  });

  it('completes a parent when its sub-tasks are done', async () => {
    const [, k2] = await boardOf(provincePlan);
    const url = `/api/plans/${provincePlan}/tasks/${k2!.task.id}/subtasks`;
    const a = await post('planner', url, { text: 'Dự thảo kế hoạch', dueDate: '2026-02-15' });
    const b = await post('planner', url, { text: 'Lấy ý kiến các sở', dueDate: '2026-03-15' });
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect((await post('communeReporter', url, { text: 'Không được', dueDate: '2026-03-15' })).statusCode).toBe(404);
    const foreignLead = await post('planner', url, {
      text: 'Giao tỉnh khác',
      dueDate: '2026-03-15',
      leadAgencyId: mapAgencies.foreignAgency.id,
    });
    expect(foreignLead.statusCode).toBe(400);
    expect(foreignLead.json().error.message).toContain('leadAgencyId');
    await post('provinceReporter', `/api/tasks/${a.json().id}/progress`, { done: true, completedOn: '2026-02-10' });
    let parent = (await boardOf(provincePlan)).find((t) => t.task.id === k2!.task.id)!;
    expect(parent.assignments[0]!.current).toMatchObject({ status: 'overdue', percent: 50 });
    await post('provinceReporter', `/api/tasks/${b.json().id}/progress`, { done: true, completedOn: '2026-04-02' });
    parent = (await boardOf(provincePlan)).find((t) => t.task.id === k2!.task.id)!;
    expect(parent.assignments[0]!.current).toMatchObject({ status: 'done_late', percent: 100 });
  });
});

describe('GET /api/tasks/overdue', () => {
  it('ranks agencies by overdue tasks with both rates', async () => {
    const response = await get('planner', '/api/tasks/overdue?period=2026');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ period: '2026', periodLabel: 'Năm 2026', cutOff: '2026-12-03' });
    const sibling = body.rows.find((row: { agencyId: string }) => row.agencyId === mapAgencies.siblingCommuneAgency.id);
    // Bình Minh owes the province plan's December 2025 (overdue, carried over) and December
    // 2026 (still open); the old district's plan lies outside the province planner's scope.
    expect(sibling).toMatchObject({ dueByEnd: 2, overdue: 1, dueInPeriod: 1, overdueInPeriod: 0, rateOverAll: 0.5 });
    expect(sibling.rateInPeriod).toBe(0);
    expect(body.rows[0].overdue).toBeGreaterThanOrEqual(body.rows.at(-1).overdue);
  });

  it('refuses a bad period naming the field', async () => {
    const response = await get('planner', '/api/tasks/overdue?period=2026Q5');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain('Kỳ (period)');
  });
});
