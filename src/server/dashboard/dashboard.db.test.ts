import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertPlanAt } from '../../../test/factories/plans.ts';
import { authHeaders, type LoggedIn } from '../../../test/factories/users.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { TestDatabase } from '../../../test/support/test-database.ts';

let harness: TestApp;
let database: TestDatabase;
let app: FastifyInstance;
let admin: LoggedIn;
let provincePlanner: LoggedIn;
let foreignViewer: LoggedIn;

const summary = async (session: LoggedIn, query = '?asOf=2026-01-15') => {
  const response = await app.inject({
    method: 'GET',
    url: `/api/dashboard/summary${query}`,
    headers: authHeaders(session),
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

beforeAll(async () => {
  harness = await startTestApp();
  ({ db: database, app } = harness);
  const fixtures = harness.agencies;
  const users = [
    await harness.createUser({ agencyId: fixtures.provinceAgency.id, role: 'admin' }),
    await harness.createUser({ agencyId: fixtures.provinceAgency.id, role: 'planner' }),
    await harness.createUser({ agencyId: fixtures.foreignAgency.id, role: 'viewer' }),
  ];
  admin = await harness.login(users[0]!.username, users[0]!.password);
  provincePlanner = await harness.login(users[1]!.username, users[1]!.password);
  foreignViewer = await harness.login(users[2]!.username, users[2]!.password);
  // A dissolved agency in province one, and plans on both sides.
  await database.db
    .updateTable('agencies')
    .set({ valid_to: '2025-07-01' })
    .where('id', '=', fixtures.oldCommuneAgency.id)
    .execute();
  await insertPlanAt(database.db, 't-p1');
  await insertPlanAt(database.db, 't-c1');
  await insertPlanAt(database.db, 't-p2');
});

afterAll(async () => {
  await harness?.close();
});

describe('GET /api/dashboard/summary', () => {
  it("counts only the province user's own province: units, agencies, plans", async () => {
    const body = await summary(provincePlanner);
    expect(body.scopeUnit).toEqual({ id: 't-p1', name: 'Tỉnh Thử Nghiệm Một', level: 'province' });
    expect(body.unitsByLevel).toEqual([
      { level: 'province', count: 1 },
      { level: 'commune', count: 2 },
    ]);
    // Four agencies in province one (the old commune's one dissolved); none of province two.
    expect(body.agencies).toMatchObject({ current: 3, total: 4 });
    expect(body.agencies.byType).toEqual([{ type: 'people_committee', count: 3 }]);
    expect(body.plans).toBe(2);
    // Planners may not list users: no figure.
    expect(body.users).toBeNull();
  });

  it('gives the other province its own figures', async () => {
    const body = await summary(foreignViewer);
    expect(body.scopeUnit.id).toBe('t-p2');
    expect(body.unitsByLevel).toEqual([
      { level: 'province', count: 1 },
      { level: 'commune', count: 1 },
    ]);
    expect(body.agencies).toMatchObject({ current: 2, total: 2 });
    expect(body.plans).toBe(1);
  });

  it('gives admins the whole country, users included', async () => {
    const body = await summary(admin);
    expect(body.scopeUnit).toBeNull();
    // The whole fixture map (test/support/unit-map.ts) valid on 2026-01-15.
    expect(body.unitsByLevel).toEqual([
      { level: 'province', count: 8 },
      { level: 'commune', count: 9 },
    ]);
    expect(body.agencies).toMatchObject({ current: 5, total: 6 });
    expect(body.plans).toBe(3);
    expect(body.users).toBe(3);
  });

  it('counts the old map on a date before the reform', async () => {
    const body = await summary(admin, '?asOf=2025-01-01');
    // The fixture map on 2025-01-01: the old provinces and districts, the three old communes.
    expect(body.unitsByLevel).toEqual([
      { level: 'province', count: 5 },
      { level: 'district', count: 6 },
      { level: 'commune', count: 3 },
    ]);
  });

  it('needs a session and a real date', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/dashboard/summary' })).statusCode).toBe(401);
    const bad = await app.inject({
      method: 'GET',
      url: '/api/dashboard/summary?asOf=2026-02-30',
      headers: authHeaders(admin),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('asOf');
  });
});
