// The dashboard overview through the real route, on the unit map of test/support/unit-map.ts
// (t-p1 ⊃ {t-c1, t-c2}; old t-oc1, t-oc2, t-oc3 rolled into them on 2025-07-01): active plans
// only, targets by status, those needing attention first, communes missing the last year's
// figures — each within the reader's scope.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePlanExtraction, makeTarget } from '../../../test/factories/plan-extraction.ts';
import { freshPlanNumber, insertPlanAt } from '../../../test/factories/plans.ts';
import { authHeaders, type LoggedIn } from '../../../test/factories/users.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';

type Who = 'admin' | 'viewer' | 'foreignViewer';
let harness: TestApp<never, Who>;
let app: FastifyInstance;
let activePlanId = '';

const overview = async (session: LoggedIn) => {
  const response = await app.inject({
    method: 'GET',
    url: '/api/dashboard/overview?asOf=2026-12-03',
    headers: authHeaders(session),
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

beforeAll(async () => {
  harness = await startTestApp({
    logins: {
      admin: { role: 'admin', agencyId: 'ag-t-p1-ubnd' },
      viewer: { role: 'viewer', agencyId: 'ag-t-p1-ubnd' },
      foreignViewer: { role: 'viewer', agencyId: 'ag-t-p2-so-bi-mat' },
    },
  });
  ({ app } = harness);
  const { admin } = harness.sessions;
  activePlanId = await insertPlanAt(
    harness.db.db,
    't-p1',
    makePlanExtraction({
      document: { number: freshPlanNumber(), title: 'Kế hoạch đào tạo nghề 2021 - 2030' },
      period: { from: 2021, to: 2030, horizons: [] },
      targets: [
        makeTarget({ id: 'trained', op: 'gte', value: 90, year: 2030 }),
        makeTarget({
          id: 'jobs',
          text: 'Giải quyết việc làm cho 100 lao động',
          subject: 'giải quyết việc làm',
          op: 'gte',
          value: 100,
          unit: 'count',
          unitNoun: 'lao động',
          year: 2025,
        }),
      ],
    }),
  );
  const ended = await insertPlanAt(
    harness.db.db,
    't-p1',
    makePlanExtraction({
      document: { number: freshPlanNumber() },
      period: { from: 2016, to: 2020, horizons: [] },
      targets: [makeTarget({ id: 'old', year: 2020 })],
    }),
  );
  const targetIds = async (planId: string) =>
    (
      await harness.db.db
        .selectFrom('plan_targets')
        .select('id')
        .where('plan_id', '=', planId)
        .orderBy('position')
        .execute()
    ).map((row) => row.id);
  const [trained, jobs] = await targetIds(activePlanId);
  const [old] = await targetIds(ended);
  for (const [planId, targetId, indicatorId] of [
    [activePlanId, trained, 'labour-trained-rate'],
    [activePlanId, jobs, 'employment-new-jobs'],
    [ended, old, 'labour-trained-rate'],
  ] as const) {
    const linked = await app.inject({
      method: 'PUT',
      url: `/api/plans/${planId}/targets/${targetId}/indicator`,
      headers: authHeaders(admin),
      payload: { indicatorId },
    });
    expect(linked.statusCode, linked.body).toBe(200);
  }
  const rate = (unitId: string, period: string, trainedCount: number, employed: number) => [
    { dataElementId: 'labour-employed-trained', unitId, period, value: trainedCount, confirm: true },
    { dataElementId: 'labour-employed', unitId, period, value: employed, confirm: true },
  ];
  const saved = await app.inject({
    method: 'PUT',
    url: '/api/values',
    headers: authHeaders(admin),
    payload: {
      values: [
        ...rate('t-oc1', '2024', 60, 100),
        ...rate('t-oc2', '2024', 60, 100),
        ...rate('t-oc3', '2024', 120, 200),
        ...rate('t-c1', '2025', 122, 200),
        ...rate('t-c2', '2025', 122, 200),
        { dataElementId: 'employment-new-jobs', unitId: 't-c1', period: '2025', value: 80 },
      ],
    },
  });
  expect(saved.statusCode, saved.body).toBe(200);
});

afterAll(async () => {
  await harness?.close();
});

describe('GET /api/dashboard/overview', () => {
  it('counts the active plans’ targets by status, those needing attention first', async () => {
    const body = await overview(harness.sessions.viewer);
    expect(body.plans.total).toBe(1);
    expect(body.plans.evaluated.map((plan: { id: string }) => plan.id)).toEqual([activePlanId]);
    expect(body.counts).toEqual({ met: 0, not_met: 0, on_track: 0, at_risk: 0, off_track: 1, no_data: 1 });
    expect(body.attention).toHaveLength(1);
    expect(body.attention[0]).toMatchObject({
      planId: activePlanId,
      status: 'off_track',
      target: { latest: { value: 61, period: '2025' } },
    });
    expect(body.attention[0].target.explanation).toMatch(/^Năm 2025 đạt 61%/);
  });

  it('lists the communes that have not reported the last closed year', async () => {
    const body = await overview(harness.sessions.viewer);
    expect(body.missingData).toEqual({
      period: '2025',
      indicators: 2,
      expected: 2,
      complete: 1,
      units: [{ unitId: 't-c2', name: expect.any(String), missing: 1 }],
      unitsMissing: 1,
    });
  });

  it('follows the saved values on the next request', async () => {
    const saved = await app.inject({
      method: 'PUT',
      url: '/api/values',
      headers: authHeaders(harness.sessions.admin),
      payload: { values: [{ dataElementId: 'employment-new-jobs', unitId: 't-c2', period: '2025', value: 30 }] },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const body = await overview(harness.sessions.viewer);
    expect(body.missingData).toMatchObject({ complete: 2, unitsMissing: 0 });
    expect(body.counts).toMatchObject({ met: 1, off_track: 1, no_data: 0 });
  });

  it('shows nothing of another province', async () => {
    const body = await overview(harness.sessions.foreignViewer);
    expect(body.plans).toEqual({ total: 0, evaluated: [] });
    expect(body.attention).toEqual([]);
    expect(JSON.stringify(body)).not.toContain(activePlanId);
  });

  it('is 401 without a session and refuses a bad date in Vietnamese', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/dashboard/overview' })).statusCode).toBe(401);
    const bad = await app.inject({
      method: 'GET',
      url: '/api/dashboard/overview?asOf=2026-13-01',
      headers: authHeaders(harness.sessions.viewer),
    });
    expect(bad.statusCode).toBe(400);
  });
});
