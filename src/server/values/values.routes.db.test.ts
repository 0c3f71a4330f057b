// Values and live roll-ups through the real routes, on the unit map of test/support/unit-map.ts:
// t-p1 ⊃ {t-c1, t-c2}; old t-oc1 + t-oc2 merged into t-c1; old t-oc3 split 40/60 into t-c1/t-c2.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders, type LoggedIn } from '../../../test/factories/users.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';

let harness: TestApp<never, 'admin' | 'reporter' | 'viewer' | 'foreignPlanner'>;
let app: FastifyInstance;
let admin: LoggedIn;
let reporter: LoggedIn;
let viewer: LoggedIn;
let foreignPlanner: LoggedIn;

const jobs = 'employment-new-jobs';
const employed = 'labour-employed';
const trained = 'labour-employed-trained';

beforeAll(async () => {
  harness = await startTestApp({
    logins: {
      admin: { role: 'admin', agencyId: 'ag-t-p1-ubnd' },
      reporter: { role: 'reporter', agencyId: 'ag-t-c1-ubnd', displayName: 'Trần Thị Báo Cáo' },
      viewer: { role: 'viewer', agencyId: 'ag-t-p1-ubnd' },
      foreignPlanner: { role: 'planner', agencyId: 'ag-t-p2-so-bi-mat' },
    },
  });
  ({ app } = harness);
  ({ admin, reporter, viewer, foreignPlanner } = harness.sessions);
});

afterAll(async () => {
  await harness?.close();
});

type Cell = { dataElementId: string; unitId: string; period: string; value: number | null; disaggregation?: string };

async function put(session: LoggedIn, values: Cell[]) {
  return app.inject({ method: 'PUT', url: '/api/values', headers: authHeaders(session), payload: { values } });
}

async function rollup(session: LoggedIn, query: Record<string, string>) {
  const response = await app.inject({
    method: 'GET',
    url: `/api/rollups?${new URLSearchParams(query).toString()}`,
    headers: authHeaders(session),
  });
  return response;
}

const valuesOf = (body: { byUnit: { unitId: string; value: number | null }[] }) =>
  Object.fromEntries(body.byUnit.map((unit) => [unit.unitId, unit.value]));

const storedJobs = (period: string, value: number) => ({
  data_element_id: jobs,
  unit_id: 't-c1',
  period,
  calendar_id: 'calendar-year',
  value,
  entered_at: new Date('2026-10-01T00:00:00Z'),
});

async function countRows(table: 'data_values' | 'audit_log'): Promise<number> {
  const row = await harness.db.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('PUT /api/values and GET /api/rollups', () => {
  it('shows a value saved by a commune reporter in the province roll-up on the next request', async () => {
    const saved = await put(reporter, [{ dataElementId: jobs, unitId: 't-c1', period: '2026', value: 12 }]);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual({ saved: 1, deleted: 0 });
    const first = await rollup(admin, { indicatorId: jobs, unitId: 't-p1', period: '2026', asOf: '2026-06-01' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ value: 12, coverage: { reported: 1, expected: 2 } });
    expect(first.json().byUnit).toContainEqual(
      expect.objectContaining({ unitId: 't-c1', name: 'Xã An Hòa', value: 12, reported: true }),
    );
    // Changed: the very next roll-up has it (no batch job).
    expect((await put(reporter, [{ dataElementId: jobs, unitId: 't-c1', period: '2026', value: 15 }])).statusCode).toBe(
      200,
    );
    const second = await rollup(viewer, { indicatorId: jobs, unitId: 't-p1', period: '2026', asOf: '2026-06-01' });
    expect(second.json().value).toBe(15);
  });

  it('records who saved it, and an audit row in the same change', async () => {
    const row = await harness.db.db
      .selectFrom('data_values')
      .selectAll()
      .where('unit_id', '=', 't-c1')
      .where('data_element_id', '=', jobs)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ period: '2026', calendar_id: 'calendar-year', disaggregation: '', source: 'entered' });
    expect(row.entered_by).toBe(harness.users.reporter.id);
    const audit = await harness.db.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'data_values')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: 'update', entity_id: 't-c1', actor_user_id: harness.users.reporter.id });
    expect(audit.after).toMatchObject({ changes: [{ unitId: 't-c1', period: '2026', before: 12, after: 15 }] });
  });

  it('sums the values of the two old communes of a merge onto the new commune', async () => {
    const saved = await put(admin, [
      { dataElementId: jobs, unitId: 't-oc1', period: '2024', value: 10 },
      { dataElementId: jobs, unitId: 't-oc2', period: '2024', value: 20 },
    ]);
    expect(saved.statusCode, saved.body).toBe(200);
    const body = (
      await rollup(admin, { indicatorId: jobs, unitId: 't-c1', period: '2024', asOf: '2026-01-01' })
    ).json();
    expect(body).toMatchObject({ value: 30, coverage: { reported: 1, expected: 1 } });
    expect(body.byUnit[0]).toMatchObject({ unitId: 't-c1', apportioned: false });
  });

  it('splits an old commune by its recorded shares', async () => {
    expect((await put(admin, [{ dataElementId: jobs, unitId: 't-oc3', period: '2023', value: 100 }])).statusCode).toBe(
      200,
    );
    const body = (
      await rollup(admin, { indicatorId: jobs, unitId: 't-p1', period: '2023', asOf: '2026-01-01' })
    ).json();
    expect(valuesOf(body)).toEqual({ 't-c1': 40, 't-c2': 60 });
    expect(body.value).toBe(100);
    expect(body.byUnit.every((unit: { apportioned: boolean }) => unit.apportioned)).toBe(true);
  });

  it('shows a 2024 series on the old map too', async () => {
    const body = (
      await rollup(admin, { indicatorId: jobs, unitId: 't-od1', period: '2024', asOf: '2024-12-31' })
    ).json();
    expect(valuesOf(body)).toEqual({ 't-oc1': 10, 't-oc2': 20, 't-oc3': null });
    expect(body).toMatchObject({ value: 30, coverage: { reported: 2, expected: 3 } });
    const gone = await rollup(admin, { indicatorId: jobs, unitId: 't-od1', period: '2024', asOf: '2026-01-01' });
    expect(gone.statusCode).toBe(400);
    expect(gone.json().error).toMatchObject({ field: 'asOf' });
    expect(gone.json().error.message).toContain('Huyện Cũ không tồn tại');
  });

  it('recomputes a rate from summed numerator and denominator, never averaging the communes’ rates', async () => {
    const saved = await put(admin, [
      { dataElementId: employed, unitId: 't-c1', period: '2026', value: 100 },
      { dataElementId: trained, unitId: 't-c1', period: '2026', value: 90 },
      { dataElementId: employed, unitId: 't-c2', period: '2026', value: 900 },
      { dataElementId: trained, unitId: 't-c2', period: '2026', value: 10 },
    ]);
    expect(saved.statusCode, saved.body).toBe(200);
    const body = (
      await rollup(admin, { indicatorId: 'labour-trained-rate', unitId: 't-p1', period: '2026', asOf: '2026-06-01' })
    ).json();
    // 100 / 1000 = 10 %; the average of 90 % and 1.1 % would be 45.6 %.
    expect(body).toMatchObject({ numerator: 100, denominator: 1000, coverage: { reported: 2, expected: 2 } });
    expect(body.value).toBeCloseTo(10, 10);
  });

  it('counts coverage: a commune without its denominator is not reported and not in the rate', async () => {
    await put(admin, [{ dataElementId: employed, unitId: 't-c2', period: '2026', value: null }]);
    const body = (
      await rollup(admin, { indicatorId: 'labour-trained-rate', unitId: 't-p1', period: '2026', asOf: '2026-06-01' })
    ).json();
    expect(body).toMatchObject({ value: 90, coverage: { reported: 1, expected: 2 } });
  });
});

describe('all or nothing, with per-cell errors', () => {
  it('saves nothing when one cell is wrong, and names that cell', async () => {
    const before = { values: await countRows('data_values'), audit: await countRows('audit_log') };
    const response = await put(admin, [
      { dataElementId: jobs, unitId: 't-c2', period: '2026', value: 3 },
      { dataElementId: trained, unitId: 't-c1', period: '2026', value: 150 },
    ]);
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.field).toBe('values.1.value');
    expect(error.message).toContain('Chưa lưu số liệu nào');
    expect(error.message).toContain('Xã An Hòa, Năm 2026');
    expect(error.problems).toEqual([expect.objectContaining({ field: 'values.1.value', needsConfirmation: false })]);
    expect({ values: await countRows('data_values'), audit: await countRows('audit_log') }).toEqual(before);
  });

  it('names unknown elements, bad periods, units absent in the period and bad disaggregations', async () => {
    const response = await put(admin, [
      { dataElementId: 'khong-co', unitId: 't-c1', period: '2026', value: 1 },
      { dataElementId: jobs, unitId: 't-c1', period: '2026Q5', value: 1 },
      { dataElementId: jobs, unitId: 't-c1', period: '2024', value: 1 },
      { dataElementId: jobs, unitId: 't-c1', period: '2026', value: 1, disaggregation: 'mau=do' },
      { dataElementId: jobs, unitId: 't-p1', period: '2026', value: 1 },
    ]);
    expect(response.statusCode).toBe(400);
    const problems = response.json().error.problems as { field: string; message: string }[];
    expect(problems.map((problem) => problem.field)).toEqual([
      'values.0.dataElementId',
      'values.1.period',
      'values.2.period',
      'values.3.disaggregation',
      'values.4.unitId',
    ]);
    expect(problems[2]!.message).toContain('Xã An Hòa không tồn tại trong Năm 2024');
    for (const problem of problems) expect(problem.message).toMatch(/^Ô thứ \d/);
  });
});

describe('a jump beyond 3 standard deviations', () => {
  it('needs confirmation, then saves', async () => {
    const referrals = 'employment-job-referrals';
    const history = ['2019', '2020', '2021'].map((period, i) => ({
      dataElementId: referrals,
      unitId: 't-oc2',
      period,
      value: [100, 102, 98][i]!,
    }));
    expect((await put(admin, history)).statusCode).toBe(200);
    const jump = { dataElementId: referrals, unitId: 't-oc2', period: '2022', value: 500 };
    const refused = await put(admin, [jump]);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({ code: 'needs_confirmation', field: 'values.0.value' });
    expect(refused.json().error.problems[0]).toMatchObject({ needsConfirmation: true });
    expect(refused.json().error.message).toContain('Xã Hòa Lợi, Năm 2022');
    const confirmed = await app.inject({
      method: 'PUT',
      url: '/api/values',
      headers: authHeaders(admin),
      payload: { values: [{ ...jump, confirm: true }] },
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
  });
});

describe('access by scope', () => {
  it('refuses viewers with 403 and cells outside the reporter’s commune with 400 on the cell', async () => {
    const byViewer = await put(viewer, [{ dataElementId: jobs, unitId: 't-c1', period: '2026', value: 1 }]);
    expect(byViewer.statusCode).toBe(403);
    const sibling = await put(reporter, [{ dataElementId: jobs, unitId: 't-c2', period: '2026', value: 1 }]);
    expect(sibling.statusCode).toBe(400);
    expect(sibling.json().error.field).toBe('values.0.unitId');
    expect(sibling.json().error.message).not.toContain('Bình Minh');
    // Its own old communes are in its scope.
    expect((await put(reporter, [{ dataElementId: jobs, unitId: 't-oc1', period: '2023', value: 4 }])).statusCode).toBe(
      200,
    );
  });

  it('answers 404 for roll-ups and values of units outside the scope', async () => {
    expect((await rollup(foreignPlanner, { indicatorId: jobs, unitId: 't-p1', period: '2026' })).statusCode).toBe(404);
    expect((await rollup(reporter, { indicatorId: jobs, unitId: 't-p1', period: '2026' })).statusCode).toBe(404);
    expect((await rollup(admin, { indicatorId: jobs, unitId: 'khong-co', period: '2026' })).statusCode).toBe(404);
    const foreign = await app.inject({
      method: 'GET',
      url: `/api/values?dataElementId=${jobs}&unitId=t-c2`,
      headers: authHeaders(reporter),
    });
    expect(foreign.statusCode).toBe(404);
  });
});

describe('GET /api/values', () => {
  it("lists a unit's values in period order between from and to", async () => {
    await put(admin, [
      { dataElementId: jobs, unitId: 't-oc1', period: '2022', value: 1 },
      { dataElementId: jobs, unitId: 't-oc1', period: '2024Q1', value: 2 },
    ]);
    const response = await app.inject({
      method: 'GET',
      url: `/api/values?dataElementId=${jobs}&unitId=t-oc1&from=2023&to=2024`,
      headers: authHeaders(reporter),
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().items.map((item: { period: string; value: number }) => [item.period, item.value])).toEqual([
      ['2023', 4],
      ['2024Q1', 2],
      ['2024', 10],
    ]);
    const bad = await app.inject({
      method: 'GET',
      url: `/api/values?dataElementId=${jobs}&unitId=t-oc1&from=2023X`,
      headers: authHeaders(reporter),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('from');
  });
  it('names who entered each value, and null when no user did or the user is gone', async () => {
    expect(
      (await put(reporter, [{ dataElementId: jobs, unitId: 't-c1', period: '2026Q3', value: 3 }])).statusCode,
    ).toBe(200);
    // An import has no user; entered_by has no foreign key, so a deleted user's id stays behind.
    await harness.db.db
      .insertInto('data_values')
      .values([
        { ...storedJobs('2026Q1', 1), source: 'imported', entered_by: null },
        { ...storedJobs('2026Q2', 2), source: 'entered', entered_by: 'nguoi-dung-da-xoa' },
      ])
      .execute();
    const response = await app.inject({
      method: 'GET',
      url: `/api/values?dataElementId=${jobs}&unitId=t-c1&from=2026Q1&to=2026Q3`,
      headers: authHeaders(reporter),
    });
    expect(response.statusCode, response.body).toBe(200);
    const items: { period: string; enteredBy: string | null; enteredByName: string | null }[] = response.json().items;
    expect(items.map(({ period, enteredBy, enteredByName }) => [period, enteredBy, enteredByName])).toEqual([
      ['2026Q1', null, null],
      ['2026Q2', 'nguoi-dung-da-xoa', null],
      ['2026Q3', harness.users.reporter.id, 'Trần Thị Báo Cáo'],
    ]);
  });
});

describe('GET /api/rollups/series', () => {
  async function series(session: LoggedIn, query: Record<string, string>) {
    return app.inject({
      method: 'GET',
      url: `/api/rollups/series?${new URLSearchParams(query).toString()}`,
      headers: authHeaders(session),
    });
  }

  it('gives for each period what GET /api/rollups gives for it, from one read', async () => {
    // t-oc1 also has a 2024Q1 value: within the text range 2022..2026, not a year, never counted.
    for (const [unitId, asOf] of [
      ['t-p1', '2026-01-01'],
      ['t-c1', '2026-06-01'],
      ['t-od1', '2024-12-31'],
    ] as const) {
      const to = asOf < '2025' ? '2024' : '2026';
      for (const indicatorId of [jobs, 'labour-trained-rate']) {
        const response = await series(admin, { indicatorId, unitId, from: '2022', to, asOf });
        expect(response.statusCode, response.body).toBe(200);
        const body = response.json();
        expect(body).toMatchObject({ indicatorId, unitId, asOf, disaggregation: '' });
        const periods = Array.from({ length: Number(to) - 2021 }, (_, i) => String(2022 + i));
        expect(body.items.map((item: { period: string }) => item.period)).toEqual(periods);
        for (const [i, period] of periods.entries()) {
          const single = (await rollup(admin, { indicatorId, unitId, period, asOf })).json();
          const { indicatorId: _i, unitId: _u, asOf: _a, disaggregation: _d, ...figures } = single;
          expect(body.items[i], `${unitId} ${indicatorId} ${period}`).toEqual(figures);
        }
      }
    }
    // 2022: t-oc1; 2023: t-oc3 split (100) and t-oc1 (4); 2024: the t-oc1 + t-oc2 merge; 2026: t-c1.
    const withData = (await series(admin, { indicatorId: jobs, unitId: 't-p1', from: '2022', to: '2026' })).json();
    expect(withData.items.map((item: { value: number | null }) => item.value)).toEqual([1, 104, 30, null, 15]);
  });

  it('reads the reporter’s scope only, like the single roll-up', async () => {
    const own = (
      await series(reporter, { indicatorId: jobs, unitId: 't-c1', from: '2023', to: '2024', asOf: '2026-06-01' })
    ).json();
    const single = (
      await rollup(reporter, { indicatorId: jobs, unitId: 't-c1', period: '2024', asOf: '2026-06-01' })
    ).json();
    expect(own.items[1].value).toBe(single.value);
    expect((await series(reporter, { indicatorId: jobs, unitId: 't-p1', from: '2023', to: '2024' })).statusCode).toBe(
      404,
    );
  });

  it('refuses periods of two kinds, a reversed range and too many periods, naming the field', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ from: '2024', to: '2026Q1' }, 'to'],
      [{ from: '2026', to: '2024' }, 'to'],
      [{ from: '2000-01', to: '2026-12' }, 'to'],
      [{ from: '2026X', to: '2026' }, 'from'],
    ];
    for (const [range, field] of cases) {
      const response = await series(admin, { indicatorId: jobs, unitId: 't-p1', ...range });
      expect(response.statusCode, JSON.stringify(range)).toBe(400);
      expect(response.json().error.field).toBe(field);
    }
  });
});
