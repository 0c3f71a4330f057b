// A plan's targets as measured, through the real routes, on the unit map of
// test/support/unit-map.ts: t-p1 ⊃ {t-c1, t-c2}; old t-oc1 + t-oc2 merged into t-c1 and old
// t-oc3 split 40/60 into t-c1/t-c2 on 2025-07-01. Values reported by the old communes before
// the reform roll onto today's communes; statuses follow the values on the next request.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePlanExtraction, makeTarget } from '../../../test/factories/plan-extraction.ts';
import { freshPlanNumber, insertPlanAt } from '../../../test/factories/plans.ts';
import { authHeaders, type LoggedIn } from '../../../test/factories/users.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';

let harness: TestApp<never, 'admin' | 'planner' | 'reporter' | 'viewer' | 'foreignPlanner'>;
let app: FastifyInstance;
let s: TestApp<never, 'admin' | 'planner' | 'reporter' | 'viewer' | 'foreignPlanner'>['sessions'];
let planId = '';
const ids: Record<string, string> = {};

type Cell = { dataElementId: string; unitId: string; period: string; value: number | null };

async function put(session: LoggedIn, values: Cell[]) {
  const response = await app.inject({
    method: 'PUT',
    url: '/api/values',
    headers: authHeaders(session),
    payload: { values: values.map((cell) => ({ ...cell, confirm: true })) },
  });
  return response;
}

const rate = (unitId: string, period: string, trained: number, employed: number): Cell[] => [
  { dataElementId: 'labour-employed-trained', unitId, period, value: trained },
  { dataElementId: 'labour-employed', unitId, period, value: employed },
];
const jobs = (unitId: string, period: string, value: number): Cell => ({
  dataElementId: 'employment-new-jobs',
  unitId,
  period,
  value,
});

interface Node {
  id: string;
  status: string;
  explanation: string;
  latest: { value: number; period: string } | null;
  forecast: { ratio: number | null; year: number } | null;
  series: { period: string; value: number | null; reported: number; expected: number }[];
  override: { status: string; reason: string; computedStatus: string } | null;
  children: Node[];
}

async function getTargets(session: LoggedIn = s.viewer) {
  const response = await app.inject({
    method: 'GET',
    url: `/api/plans/${planId}/targets`,
    headers: authHeaders(session),
  });
  expect(response.statusCode, response.body).toBe(200);
  const body = response.json() as { counts: Record<string, number>; targets: Node[]; mapDate: string };
  const all = new Map<string, Node>();
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      all.set(node.id, node);
      walk(node.children);
    }
  };
  walk(body.targets);
  return { body, node: (key: string) => all.get(ids[key]!) as Node };
}

beforeAll(async () => {
  harness = await startTestApp({
    now: () => new Date('2026-12-03T03:00:00Z'),
    logins: {
      admin: { role: 'admin', agencyId: 'ag-t-p1-ubnd' },
      planner: { role: 'planner', agencyId: 'ag-t-p1-ubnd' },
      reporter: { role: 'reporter', agencyId: 'ag-t-c2-ubnd' },
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
      period: { from: 2021, to: 2025, horizons: [] },
      targets: [
        makeTarget({ id: 'trained' }),
        makeTarget({
          id: 'certified',
          parent: 'trained',
          text: 'trong đó có bằng cấp, chứng chỉ đạt 30%',
          subject: 'Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ',
          op: 'gte',
          value: 30,
        }),
        makeTarget({
          id: 'jobs',
          text: 'Giải quyết việc làm cho 1.000 lao động',
          subject: 'giải quyết việc làm',
          op: 'gte',
          value: 1000,
          unit: 'count',
          unitNoun: 'lao động',
          year: 2030,
        }),
        makeTarget({
          id: 'unlinked',
          text: 'Giảm tỷ lệ hộ nghèo',
          subject: 'tỷ lệ hộ nghèo',
          op: 'decrease',
          value: null,
          unit: null,
          year: null,
        }),
      ],
    }),
  );
  const rows = await harness.db.db
    .selectFrom('plan_targets')
    .select(['id', 'position'])
    .where('plan_id', '=', planId)
    .orderBy('position')
    .execute();
  ['trained', 'certified', 'jobs', 'unlinked'].forEach((key, i) => {
    ids[key] = rows[i]!.id;
  });
  const link = (key: string, indicatorId: string) =>
    app.inject({
      method: 'PUT',
      url: `/api/plans/${planId}/targets/${ids[key]}/indicator`,
      headers: authHeaders(s.planner),
      payload: { indicatorId },
    });
  for (const [key, indicator] of [
    ['trained', 'labour-trained-rate'],
    ['certified', 'labour-certified-rate'],
    ['jobs', 'employment-new-jobs'],
  ] as const)
    expect((await link(key, indicator)).statusCode).toBe(200);
  // Before the reform the old communes reported; after it, today's communes.
  const cells: Cell[] = [];
  for (const [year, share] of [
    [2021, 0.6],
    [2022, 0.63],
    [2023, 0.66],
    [2024, 0.69],
  ] as const) {
    cells.push(...rate('t-oc1', String(year), 100 * share, 100));
    cells.push(...rate('t-oc2', String(year), 100 * share, 100));
    cells.push(...rate('t-oc3', String(year), 200 * share, 200));
  }
  cells.push(...rate('t-c1', '2025', 146, 200), ...rate('t-c2', '2025', 146, 200));
  cells.push(jobs('t-oc1', '2024', 200), jobs('t-oc2', '2024', 200), jobs('t-oc3', '2024', 100));
  cells.push(jobs('t-c1', '2025', 300), jobs('t-c2', '2025', 300), jobs('t-c1', '2026', 350));
  const saved = await put(s.admin, cells);
  expect(saved.statusCode, saved.body).toBe(200);
});

afterAll(async () => {
  await harness?.close();
});

describe('GET /api/plans/{id}/targets', () => {
  it('evaluates every target from the roll-ups, children under their parent', async () => {
    const { body, node } = await getTargets();
    expect(body.targets.map((target) => target.id)).toEqual([ids.trained, ids.jobs, ids.unlinked]);
    expect(node('trained').children.map((child) => child.id)).toEqual([ids.certified]);
    expect(node('trained')).toMatchObject({ status: 'met', latest: { value: 73, period: '2025' } });
    expect(node('trained').explanation).toMatch(/^Năm 2025 đạt 73%.*trên 72%.*đạt/);
    expect(node('certified').status).toBe('no_data');
    expect(node('unlinked').status).toBe('no_data');
    expect(node('unlinked').explanation).toContain('chưa được liên kết với một chỉ số');
    expect(body.counts).toEqual({ met: 1, not_met: 0, on_track: 1, at_risk: 0, off_track: 0, no_data: 2 });
  });

  it('rolls the old communes onto today’s map, rates from summed parts', async () => {
    const { node } = await getTargets();
    const series = node('trained').series;
    expect(series.find((point) => point.period === '2023')).toEqual({
      period: '2023',
      value: 66,
      reported: 2,
      expected: 2,
    });
    expect(series.find((point) => point.period === '2026')).toMatchObject({ value: null, reported: 0 });
  });

  it('gives the same province total on the old and the new map', async () => {
    const rollup = async (unitId: string, asOf: string) => {
      const response = await app.inject({
        method: 'GET',
        url: `/api/rollups?indicatorId=employment-new-jobs&unitId=${unitId}&period=2024&asOf=${asOf}`,
        headers: authHeaders(s.admin),
      });
      expect(response.statusCode, response.body).toBe(200);
      return response.json().value as number;
    };
    expect(await rollup('t-p1', '2026-12-01')).toBe(500);
    expect(await rollup('t-od1', '2024-12-31')).toBe(500);
  });

  it('forecasts a future target from its pace and leaves out a count year with a missing commune', async () => {
    const { node } = await getTargets();
    const target = node('jobs');
    expect(target.status).toBe('on_track');
    expect(target.latest).toEqual({ value: 600, period: '2025' });
    expect(target.forecast?.year).toBe(2030);
    expect(target.forecast?.ratio).toBeCloseTo(1.25, 5);
    expect(target.explanation).toContain('Năm 2026 mới có 1/2 đơn vị cấp xã báo cáo, chưa dùng để đánh giá');
  });

  it('shows a saved value on the next request (no batch job)', async () => {
    const saved = await put(s.reporter, [jobs('t-c2', '2026', 400)]);
    expect(saved.statusCode, saved.body).toBe(200);
    const target = (await getTargets()).node('jobs');
    expect(target.latest).toEqual({ value: 750, period: '2026' });
    expect(target.explanation).not.toContain('mới có');
  });

  it('evaluates on the date asked (asOf) and refuses a bad date in Vietnamese', async () => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/plans/${planId}/targets?asOf=2024-06-30`,
      headers: authHeaders(s.viewer),
    });
    expect(response.statusCode, response.body).toBe(200);
    const trained = response.json().targets[0];
    expect(trained.status).not.toBe('met');
    const bad = await app.inject({
      method: 'GET',
      url: `/api/plans/${planId}/targets?asOf=2024-02-30`,
      headers: authHeaders(s.viewer),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('Ngày đánh giá (asOf)');
  });

  it('is 401 without a session and 404 outside scope', async () => {
    expect((await app.inject({ method: 'GET', url: `/api/plans/${planId}/targets` })).statusCode).toBe(401);
    const foreign = await app.inject({
      method: 'GET',
      url: `/api/plans/${planId}/targets`,
      headers: authHeaders(s.foreignPlanner),
    });
    expect(foreign.statusCode).toBe(404);
    const missing = await app.inject({
      method: 'GET',
      url: '/api/plans/no-such-plan/targets',
      headers: authHeaders(s.viewer),
    });
    expect(missing.statusCode).toBe(404);
  });
});

describe('status override', () => {
  const url = (key: string) => `/api/plans/${planId}/targets/${ids[key]}/status-override`;

  it('lets a planner set a status with a reason, keeps the computed one and audits it', async () => {
    const response = await app.inject({
      method: 'PUT',
      url: url('certified'),
      headers: authHeaders(s.planner),
      payload: { status: 'at_risk', reason: 'Sở LĐ-TB&XH báo cáo miệng: chưa đạt' },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().target).toMatchObject({
      status: 'at_risk',
      override: { status: 'at_risk', reason: 'Sở LĐ-TB&XH báo cáo miệng: chưa đạt', computedStatus: 'no_data' },
    });
    expect((await getTargets()).node('certified').status).toBe('at_risk');
    const audit = await harness.db.db
      .selectFrom('audit_log')
      .select(['after'])
      .where('entity', '=', 'plan')
      .where('entity_id', '=', planId)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    const after = typeof audit.after === 'string' ? JSON.parse(audit.after) : audit.after;
    expect(after).toEqual({
      targetId: ids.certified,
      statusOverride: { status: 'at_risk', reason: 'Sở LĐ-TB&XH báo cáo miệng: chưa đạt' },
    });
  });

  it('withdrawing the override shows the computed status again', async () => {
    const response = await app.inject({ method: 'DELETE', url: url('certified'), headers: authHeaders(s.planner) });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().target).toMatchObject({ status: 'no_data', override: null });
  });

  it.each([
    ['no reason', { status: 'met', reason: '   ' }, 'Lý do (reason)'],
    ['an unknown status', { status: 'done', reason: 'x' }, 'Trạng thái (status)'],
  ])('refuses %s in Vietnamese and changes nothing', async (_case, payload, field) => {
    const response = await app.inject({ method: 'PUT', url: url('trained'), headers: authHeaders(s.planner), payload });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain(field);
    expect((await getTargets()).node('trained').override).toBeNull();
  });

  it('is 403 for viewers and reporters, 404 for a planner elsewhere or a target of another plan', async () => {
    const payload = { status: 'met', reason: 'Đã kiểm tra' };
    for (const session of [s.viewer, s.reporter]) {
      const response = await app.inject({ method: 'PUT', url: url('trained'), headers: authHeaders(session), payload });
      expect(response.statusCode).toBe(403);
    }
    const foreign = await app.inject({
      method: 'PUT',
      url: url('trained'),
      headers: authHeaders(s.foreignPlanner),
      payload,
    });
    expect(foreign.statusCode).toBe(404);
    const otherTarget = await app.inject({
      method: 'PUT',
      url: `/api/plans/${planId}/targets/not-a-target/status-override`,
      headers: authHeaders(s.planner),
      payload,
    });
    expect(otherTarget.statusCode).toBe(404);
  });
});

describe('GET /api/rollups/series', () => {
  const series = (query: string) =>
    app.inject({ method: 'GET', url: `/api/rollups/series?${query}`, headers: authHeaders(s.viewer) });

  it('gives one point per period, the old communes rolled onto today’s map', async () => {
    const response = await series('indicatorId=labour-trained-rate&unitId=t-p1&from=2021&to=2026');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().points.map((point: { value: number | null }) => point.value)).toEqual([
      60,
      63,
      66,
      69,
      73,
      null,
    ]);
  });

  it.each([
    ['periods of different kinds', 'from=2021&to=2026Q1', 'cùng loại kỳ'],
    ['a reversed range', 'from=2026&to=2021', 'không sớm hơn'],
    ['too many periods', 'from=2000-01&to=2026-12', 'tối đa 120 kỳ'],
    ['a bad period', 'from=2021&to=20x6', 'Kỳ báo cáo "20x6"'],
  ])('refuses %s in Vietnamese', async (_case, range, message) => {
    const response = await series(`indicatorId=labour-trained-rate&unitId=t-p1&${range}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain(message);
  });
});
