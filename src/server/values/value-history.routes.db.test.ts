// A stored value's history through the real routes: each save, import and deletion of the cell,
// newest first, with who and the value before and after; only for units in the reader's scope.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders, type LoggedIn } from '../../../test/factories/users.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';

let harness: TestApp<never, 'planner' | 'reporter' | 'foreignPlanner'>;
let app: FastifyInstance;
const jobs = 'employment-new-jobs';

beforeAll(async () => {
  harness = await startTestApp({
    logins: {
      planner: { role: 'planner', agencyId: 'ag-t-p1-ubnd', displayName: 'Chị Kế Hoạch' },
      reporter: { role: 'reporter', agencyId: 'ag-t-c1-ubnd', displayName: 'Anh Báo Cáo' },
      foreignPlanner: { role: 'planner', agencyId: 'ag-t-p2-so-bi-mat' },
    },
  });
  ({ app } = harness);
});

afterAll(async () => {
  await harness?.close();
});

const put = (session: LoggedIn, values: unknown[]) =>
  app.inject({ method: 'PUT', url: '/api/values', headers: authHeaders(session), payload: { values } });
const history = (session: LoggedIn, query: string) =>
  app.inject({ method: 'GET', url: `/api/values/history?${query}`, headers: authHeaders(session) });

describe('GET /api/values/history', () => {
  it('lists every change of the cell, newest first, with who and before/after', async () => {
    const s = harness.sessions;
    expect(
      (await put(s.reporter, [{ dataElementId: jobs, unitId: 't-c1', period: '2026', value: 10 }])).statusCode,
    ).toBe(200);
    // A batch over two units: the history of t-c1's cell picks its own change out of it.
    const batch = await put(s.planner, [
      { dataElementId: jobs, unitId: 't-c1', period: '2026', value: 12 },
      { dataElementId: jobs, unitId: 't-c2', period: '2026', value: 99 },
    ]);
    expect(batch.statusCode, batch.body).toBe(200);
    const imported = await app.inject({
      method: 'POST',
      url: '/api/data-value-sets',
      headers: authHeaders(s.planner),
      payload: { dataValues: [{ dataElement: jobs, period: '2026', orgUnit: '91001', value: '13' }] },
    });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(
      (await put(s.reporter, [{ dataElementId: jobs, unitId: 't-c1', period: '2026', value: null }])).statusCode,
    ).toBe(200);
    // Another period of the same cell is another history.
    expect(
      (await put(s.reporter, [{ dataElementId: jobs, unitId: 't-c1', period: '2025', value: 3 }])).statusCode,
    ).toBe(200);

    const response = await history(s.planner, `dataElementId=${jobs}&unitId=t-c1&period=2026`);
    expect(response.statusCode, response.body).toBe(200);
    expect(
      response
        .json()
        .items.map((item: Record<string, unknown>) => [item.actorName, item.action, item.before, item.after]),
    ).toEqual([
      ['Anh Báo Cáo', 'update', 13, null],
      ['Chị Kế Hoạch', 'import', 12, 13],
      ['Chị Kế Hoạch', 'update', 10, 12],
      ['Anh Báo Cáo', 'update', null, 10],
    ]);
  });

  it('is 404 outside the scope and names a wrong field', async () => {
    const s = harness.sessions;
    expect((await history(s.foreignPlanner, `dataElementId=${jobs}&unitId=t-c1&period=2026`)).statusCode).toBe(404);
    expect((await history(s.reporter, `dataElementId=${jobs}&unitId=t-c2&period=2026`)).statusCode).toBe(404);
    const wrongPeriod = await history(s.planner, `dataElementId=${jobs}&unitId=t-c1&period=2026Q9`);
    expect(wrongPeriod.statusCode).toBe(400);
    expect(wrongPeriod.json().error.field).toBe('period');
    const wrongElement = await history(s.planner, 'dataElementId=khong-co&unitId=t-c1&period=2026');
    expect(wrongElement.json().error).toMatchObject({ field: 'dataElementId' });
  });
});
