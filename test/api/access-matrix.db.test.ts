// The access matrix: every role, from a home unit, against every route, aimed at a
// record in a foreign unit (→ 401/403/404, nothing leaked) and at one in its own scope
// (→ success). Driven by the tables below through the real routes.
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import type { Role } from '../../src/server/auth/actor.ts';
import { createAppContext } from '../../src/server/bootstrap.ts';
import { buildUnitTree } from '../factories/admin-units.ts';
import { insertPlanAt, multipartFile } from '../factories/plans.ts';
import { authHeaders, createUser, loginAs, type LoggedIn } from '../factories/users.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { seedAccessFixtures, type AccessFixtures, type FixtureAgency } from './access-fixtures.ts';

type Who = Role | 'anonymous';
const everyone: Who[] = ['anonymous', 'admin', 'planner', 'reporter', 'viewer'];

interface Place {
  unitId: string;
  agency: FixtureAgency;
}

/** Where each actor sits, and a place outside their scope. */
interface Seat {
  home: Place;
  foreign: Place;
}

let database: TestDatabase;
let app: FastifyInstance;
let fixtures: AccessFixtures;
const sessions = new Map<Who, LoggedIn | null>();
const seats = new Map<Who, Seat>();
let victimUserId = '';
/** One confirmed plan per fixture unit (unit id → plan id). */
const planAt = new Map<string, string>();
const planOf = (place: Place) => planAt.get(place.unitId) ?? 'khong-co';
const unitNames = new Map(buildUnitTree().units.map((unit) => [unit.id, unit.name]));

function seat(who: Who): Seat {
  const found = seats.get(who);
  if (!found) throw new Error(`no seat for ${who}`);
  return found;
}

function headersOf(who: Who): Record<string, string> {
  const session = sessions.get(who);
  return session ? authHeaders(session) : {};
}

let sequence = 0;
const unique = () => `${Date.now().toString(36)}${(sequence += 1)}`;

interface Row {
  name: string;
  request: (who: Who) => InjectOptions;
  status: Record<Who, number>;
  /** For successful list/search answers of non-admins: the body must not name the foreign place. */
  checkLeakOnSuccess?: boolean;
}

const anonymousAndRoles = (anonymous: number, admin: number, planner: number, reporter: number, viewer: number) =>
  ({ anonymous, admin, planner, reporter, viewer }) satisfies Record<Who, number>;

const foreignRows: Row[] = [
  {
    name: 'GET /api/admin-units/:id (foreign unit)',
    request: (who) => ({ method: 'GET', url: `/api/admin-units/${seat(who).foreign.unitId}` }),
    status: anonymousAndRoles(401, 200, 404, 404, 404),
  },
  {
    name: 'GET /api/admin-units?parentId=foreign',
    request: (who) => ({ method: 'GET', url: `/api/admin-units?parentId=${seat(who).foreign.unitId}` }),
    status: anonymousAndRoles(401, 200, 404, 404, 404),
  },
  {
    name: 'GET /api/admin-units?q=<foreign unit name>',
    request: (who) => ({ method: 'GET', url: `/api/admin-units?q=${encodeURIComponent(unitNames.get(seat(who).foreign.unitId) ?? '')}` }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
    checkLeakOnSuccess: true,
  },
  {
    name: 'GET /api/admin-units (top units)',
    request: () => ({ method: 'GET', url: '/api/admin-units' }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
    checkLeakOnSuccess: true,
  },
  {
    name: 'GET /api/agencies/:id (foreign agency)',
    request: (who) => ({ method: 'GET', url: `/api/agencies/${seat(who).foreign.agency.id}` }),
    status: anonymousAndRoles(401, 200, 404, 404, 404),
  },
  {
    name: 'GET /api/agencies?adminUnitId=foreign',
    request: (who) => ({ method: 'GET', url: `/api/agencies?adminUnitId=${seat(who).foreign.unitId}` }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
    checkLeakOnSuccess: true,
  },
  {
    name: 'GET /api/agencies?q=<foreign agency name>',
    request: (who) => ({ method: 'GET', url: `/api/agencies?q=${encodeURIComponent(seat(who).foreign.agency.name)}` }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
    checkLeakOnSuccess: true,
  },
  {
    name: 'GET /api/agencies/resolve at a foreign unit',
    request: (who) => ({
      method: 'GET',
      url: `/api/agencies/resolve?text=${encodeURIComponent(seat(who).foreign.agency.name)}&adminUnitId=${seat(who).foreign.unitId}`,
    }),
    status: anonymousAndRoles(401, 200, 404, 404, 404),
  },
  {
    name: 'PATCH /api/agencies/:id (foreign agency)',
    request: (who) => ({ method: 'PATCH', url: `/api/agencies/${seat(who).foreign.agency.id}`, payload: { shortName: 'Đã sửa' } }),
    status: anonymousAndRoles(401, 200, 404, 403, 403),
  },
  {
    name: 'POST /api/agencies at a foreign unit',
    request: (who) => ({
      method: 'POST',
      url: '/api/agencies',
      payload: { key: `moi-${unique()}`, name: 'Trung tâm Mới Lập', type: 'centre', adminUnitId: seat(who).foreign.unitId },
    }),
    // A unit named in the body that the planner may not see is treated as a unit that
    // does not exist: 400 on the field (see the last test), not 404 on the URL.
    status: anonymousAndRoles(401, 201, 400, 403, 403),
  },
  {
    name: 'GET /api/plans/:id (foreign plan)',
    request: (who) => ({ method: 'GET', url: `/api/plans/${planOf(seat(who).foreign)}` }),
    status: anonymousAndRoles(401, 200, 404, 404, 404),
  },
  {
    name: 'GET /api/plans/:id/file (foreign plan)',
    request: (who) => ({ method: 'GET', url: `/api/plans/${planOf(seat(who).foreign)}/file` }),
    status: anonymousAndRoles(401, 200, 404, 404, 404),
  },
  {
    name: 'GET /api/plans?adminUnitId=foreign',
    request: (who) => ({ method: 'GET', url: `/api/plans?adminUnitId=${seat(who).foreign.unitId}` }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
    checkLeakOnSuccess: true,
  },
  {
    name: 'DELETE /api/plans/:id (foreign plan, not admin)',
    request: (who) => ({ method: 'DELETE', url: `/api/plans/${who === 'admin' ? 'khong-co' : planOf(seat(who).foreign)}` }),
    status: anonymousAndRoles(401, 404, 403, 403, 403),
  },
  {
    name: 'POST /api/plan-drafts (an empty file)',
    request: () => {
      const { payload, headers } = multipartFile('trong.txt', '');
      return { method: 'POST', url: '/api/plan-drafts', payload, headers };
    },
    status: anonymousAndRoles(401, 400, 400, 403, 403),
  },
  {
    name: 'GET /api/plan-drafts',
    request: () => ({ method: 'GET', url: '/api/plan-drafts' }),
    status: anonymousAndRoles(401, 200, 200, 403, 403),
  },
  {
    name: 'GET /api/users',
    request: () => ({ method: 'GET', url: '/api/users' }),
    status: anonymousAndRoles(401, 200, 403, 403, 403),
  },
  {
    name: 'GET /api/users/:id',
    request: () => ({ method: 'GET', url: `/api/users/${victimUserId}` }),
    status: anonymousAndRoles(401, 200, 403, 403, 403),
  },
  {
    name: 'POST /api/users',
    request: (who) => ({
      method: 'POST',
      url: '/api/users',
      payload: { username: `moi.${unique()}`, displayName: 'Người Mới', password: 'mat-khau-du-dai', role: 'viewer', agencyId: seat(who).foreign.agency.id },
    }),
    status: anonymousAndRoles(401, 201, 403, 403, 403),
  },
  {
    name: 'PATCH /api/users/:id',
    request: () => ({ method: 'PATCH', url: `/api/users/${victimUserId}`, payload: { displayName: 'Nạn Nhân Đổi Tên' } }),
    status: anonymousAndRoles(401, 200, 403, 403, 403),
  },
  {
    name: 'GET /api/audit',
    request: () => ({ method: 'GET', url: '/api/audit' }),
    status: anonymousAndRoles(401, 200, 403, 403, 403),
  },
];

const ownRows: Row[] = [
  {
    name: 'GET /api/plans/:id (home plan)',
    request: (who) => ({ method: 'GET', url: `/api/plans/${planOf(seat(who).home)}` }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
  },
  {
    name: 'GET /api/plans/:id/file (home plan)',
    request: (who) => ({ method: 'GET', url: `/api/plans/${planOf(seat(who).home)}/file` }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
  },
  {
    name: 'GET /api/plans?adminUnitId=home',
    request: (who) => ({ method: 'GET', url: `/api/plans?adminUnitId=${seat(who).home.unitId}` }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
  },
  {
    name: 'GET /api/admin-units/:id (home unit)',
    request: (who) => ({ method: 'GET', url: `/api/admin-units/${seat(who).home.unitId}` }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
  },
  {
    name: 'GET /api/agencies/:id (home agency)',
    request: (who) => ({ method: 'GET', url: `/api/agencies/${seat(who).home.agency.id}` }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
  },
  {
    name: 'GET /api/agencies?adminUnitId=home',
    request: (who) => ({ method: 'GET', url: `/api/agencies?adminUnitId=${seat(who).home.unitId}` }),
    status: anonymousAndRoles(401, 200, 200, 200, 200),
  },
  {
    name: 'PATCH /api/agencies/:id (home agency)',
    request: (who) => ({ method: 'PATCH', url: `/api/agencies/${seat(who).home.agency.id}`, payload: { shortName: 'Nhà' } }),
    status: anonymousAndRoles(401, 200, 200, 403, 403),
  },
  {
    name: 'POST /api/agencies at the home unit',
    request: (who) => ({
      method: 'POST',
      url: '/api/agencies',
      payload: { key: `nha-${unique()}`, name: 'Phòng Mới Ở Nhà', type: 'specialised_office', adminUnitId: seat(who).home.unitId },
    }),
    status: anonymousAndRoles(401, 201, 201, 403, 403),
  },
];

async function tableSnapshot(): Promise<string> {
  const [agencies, users, plans, drafts, files] = await Promise.all([
    database.db.selectFrom('agencies').select(['id', 'name', 'short_name', 'admin_unit_id']).orderBy('id').execute(),
    database.db.selectFrom('users').select(['id', 'display_name', 'role', 'active']).orderBy('id').execute(),
    database.db.selectFrom('plans').select(['id', 'title', 'admin_unit_id']).orderBy('id').execute(),
    database.db.selectFrom('plan_drafts').select(['id', 'updated_at']).orderBy('id').execute(),
    database.db.selectFrom('plan_files').select(['id']).orderBy('id').execute(),
  ]);
  return JSON.stringify({ agencies, users, plans, drafts, files });
}

beforeAll(async () => {
  database = await createTestDatabase();
  fixtures = await seedAccessFixtures(database.db);
  app = await buildApp({ ctx: createAppContext(database, { loginRateLimit: 1000 }) });
  const placeOf = (agency: FixtureAgency): Place => ({ unitId: agency.adminUnitId, agency });
  seats.set('admin', { home: placeOf(fixtures.provinceAgency), foreign: placeOf(fixtures.foreignAgency) });
  seats.set('planner', { home: placeOf(fixtures.provinceAgency), foreign: placeOf(fixtures.foreignAgency) });
  // A commune user must not see a sibling commune of the same province.
  seats.set('reporter', { home: placeOf(fixtures.communeAgency), foreign: placeOf(fixtures.siblingCommuneAgency) });
  seats.set('viewer', { home: placeOf(fixtures.foreignAgency), foreign: placeOf(fixtures.provinceAgency) });
  seats.set('anonymous', { home: placeOf(fixtures.provinceAgency), foreign: placeOf(fixtures.foreignAgency) });
  sessions.set('anonymous', null);
  for (const role of ['admin', 'planner', 'reporter', 'viewer'] as const) {
    const user = await createUser(database.db, { agencyId: seat(role).home.agency.id, role });
    sessions.set(role, await loginAs(app, user.username, user.password));
  }
  victimUserId = (await createUser(database.db, { agencyId: fixtures.foreignCommuneAgency.id, displayName: 'Nạn Nhân' })).id;
  for (const agency of Object.values(fixtures)) planAt.set(agency.adminUnitId, await insertPlanAt(database.db, agency.adminUnitId));
});

afterAll(async () => {
  await app?.close();
  await database?.dispose();
});

function runRows(title: string, rows: Row[], foreign: boolean) {
  describe(title, () => {
    for (const row of rows) {
      for (const who of everyone) {
        const expected = row.status[who];
        it(`${who} · ${row.name} → ${expected}`, async () => {
          const before = expected >= 400 ? await tableSnapshot() : null;
          const options = row.request(who);
          const response = await app.inject({ ...options, headers: { ...headersOf(who), ...(options.headers ?? {}) } });
          expect(response.statusCode, response.body).toBe(expected);
          if (expected >= 400) {
            const body = response.json() as { error?: { code?: string; message?: string } };
            expect(body.error?.message).toMatch(/[À-ỹ]/);
            // Refused requests change nothing.
            expect(await tableSnapshot()).toBe(before);
          }
          const target = seat(who).foreign;
          const leaks = foreign && who !== 'admin' && (expected >= 400 || row.checkLeakOnSuccess);
          if (leaks) {
            expect(response.body).not.toContain(target.agency.name);
            expect(response.body).not.toContain(target.agency.id);
            expect(response.body).not.toContain(unitNames.get(target.unitId));
          }
        });
      }
    }
  });
}

runRows('foreign records', foreignRows, true);
runRows('records in scope', ownRows, false);

describe('what in-scope answers contain', () => {
  it('admins find foreign records; others see their own scope including its history', async () => {
    const adminList = await app.inject({ method: 'GET', url: `/api/agencies?adminUnitId=${fixtures.foreignAgency.adminUnitId}`, headers: headersOf('admin') });
    expect(adminList.body).toContain(fixtures.foreignAgency.name);
    const plannerList = await app.inject({ method: 'GET', url: `/api/agencies?adminUnitId=t-p1`, headers: headersOf('planner') });
    expect(plannerList.body).toContain(fixtures.provinceAgency.name);
    // The old commune t-oc1 merged into t-c1: its history belongs to t-c1's users and to t-p1's.
    for (const who of ['planner', 'reporter'] as const) {
      const oldUnit = await app.inject({ method: 'GET', url: '/api/admin-units/t-oc1', headers: headersOf(who) });
      expect(oldUnit.statusCode, who).toBe(200);
      const oldAgency = await app.inject({ method: 'GET', url: `/api/agencies/${fixtures.oldCommuneAgency.id}`, headers: headersOf(who) });
      expect(oldAgency.statusCode, who).toBe(200);
    }
    // …but not to the other province's users.
    const viewerOld = await app.inject({ method: 'GET', url: `/api/agencies/${fixtures.oldCommuneAgency.id}`, headers: headersOf('viewer') });
    expect(viewerOld.statusCode).toBe(404);
  });

  it('a commune user cannot see its own province, nor the other communes', async () => {
    for (const id of ['t-p1', 't-c2', 't-p2', 't-c3']) {
      const response = await app.inject({ method: 'GET', url: `/api/admin-units/${id}`, headers: headersOf('reporter') });
      expect(response.statusCode, id).toBe(404);
    }
  });

  it('a 404 for a foreign record is indistinguishable from one for a missing record', async () => {
    const foreign = await app.inject({ method: 'GET', url: `/api/agencies/${fixtures.foreignAgency.id}`, headers: headersOf('planner') });
    const missing = await app.inject({ method: 'GET', url: '/api/agencies/ag-khong-ton-tai', headers: headersOf('planner') });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.body).toBe(missing.body);
    const foreignUnit = await app.inject({ method: 'GET', url: '/api/admin-units/t-p2', headers: headersOf('planner') });
    const missingUnit = await app.inject({ method: 'GET', url: '/api/admin-units/t-khong-co', headers: headersOf('planner') });
    expect(foreignUnit.body).toBe(missingUnit.body);
    const create = (adminUnitId: string) =>
      app.inject({
        method: 'POST',
        url: '/api/agencies',
        headers: headersOf('planner'),
        payload: { key: 'thu', name: 'Cơ quan Thử', type: 'other', adminUnitId },
      });
    const foreignCreate = await create('t-p2');
    const missingCreate = await create('t-khong-co');
    expect(foreignCreate.statusCode).toBe(missingCreate.statusCode);
    expect(foreignCreate.json().error.code).toBe(missingCreate.json().error.code);
    expect(foreignCreate.json().error.message.replace('t-p2', 'ID')).toBe(missingCreate.json().error.message.replace('t-khong-co', 'ID'));
  });
});
