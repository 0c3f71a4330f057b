// Sessions are cached for a few seconds (session-cache.ts): every change that ends a
// session or alters what it carries must reach the very next request, cache or not.
// Each case first makes a request, so the session is in the cache when the change lands.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MapAgencies } from '../../../test/support/unit-map.ts';
import { authHeaders, type LoggedIn } from '../../../test/factories/users.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';

let harness: TestApp;
let fixtures: MapAgencies;
let app: FastifyInstance;
let admin: LoggedIn;

beforeAll(async () => {
  harness = await startTestApp();
  ({ app } = harness);
  fixtures = harness.agencies;
  const adminUser = await harness.createUser({ agencyId: fixtures.provinceAgency.id, role: 'admin' });
  admin = await harness.login(adminUser.username, adminUser.password);
});

afterAll(async () => {
  await harness?.close();
});

const me = (session: LoggedIn) =>
  app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: session.cookie } });

async function signedIn(options: { role?: 'planner' | 'viewer' | 'reporter'; agencyId?: string } = {}) {
  const user = await harness.createUser({
    agencyId: options.agencyId ?? fixtures.provinceAgency.id,
    role: options.role ?? 'planner',
  });
  const session = await harness.login(user.username, user.password);
  expect((await me(session)).statusCode).toBe(200);
  return { user, session };
}

async function patchUser(id: string, payload: Record<string, unknown>) {
  const response = await app.inject({ method: 'PATCH', url: `/api/users/${id}`, headers: authHeaders(admin), payload });
  expect(response.statusCode).toBe(200);
}

describe('a change to a session reaches the next request', () => {
  it('log-out', async () => {
    const { session } = await signedIn();
    expect(
      (await app.inject({ method: 'POST', url: '/api/auth/logout', headers: authHeaders(session) })).statusCode,
    ).toBe(204);
    expect((await me(session)).statusCode).toBe(401);
  });

  it('changing one’s own password ends the other sessions', async () => {
    const { user, session } = await signedIn();
    const other = await harness.login(user.username, user.password);
    expect((await me(other)).statusCode).toBe(200);
    const change = await app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: authHeaders(session),
      payload: { currentPassword: user.password, newPassword: 'mat-khau-moi-rat-dai' },
    });
    expect(change.statusCode).toBe(200);
    expect((await me(other)).statusCode).toBe(401);
    expect((await me(session)).statusCode).toBe(200);
  });

  it('an admin deactivating the user', async () => {
    const { user, session } = await signedIn();
    await patchUser(user.id, { active: false });
    expect((await me(session)).statusCode).toBe(401);
  });

  it('an admin resetting the password', async () => {
    const { user, session } = await signedIn();
    await patchUser(user.id, { password: 'mat-khau-dat-lai-rat-dai' });
    expect((await me(session)).statusCode).toBe(401);
  });

  it('a new role, name or agency', async () => {
    const { user, session } = await signedIn();
    await patchUser(user.id, { role: 'viewer', displayName: 'Lê Thị Cẩm', agencyId: fixtures.communeAgency.id });
    const after = (await me(session)).json().user;
    expect(after).toMatchObject({
      role: 'viewer',
      displayName: 'Lê Thị Cẩm',
      agency: { id: fixtures.communeAgency.id },
      adminUnit: { id: fixtures.communeAgency.adminUnitId },
    });
  });

  it('the agency renamed, or moved to another unit', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/agencies',
      headers: authHeaders(admin),
      payload: {
        name: 'Phòng Văn hóa - Xã hội Xã An Hòa',
        type: 'specialised_office',
        adminUnitId: fixtures.communeAgency.adminUnitId,
      },
    });
    expect(created.statusCode).toBe(201);
    const agencyId = created.json().agency.id as string;
    const { session } = await signedIn({ agencyId });
    const rename = await app.inject({
      method: 'PATCH',
      url: `/api/agencies/${agencyId}`,
      headers: authHeaders(admin),
      payload: { name: 'Phòng Văn hóa và Xã hội Xã An Hòa' },
    });
    expect(rename.statusCode).toBe(200);
    expect((await me(session)).json().user.agency.name).toBe('Phòng Văn hóa và Xã hội Xã An Hòa');
    const move = await app.inject({
      method: 'PATCH',
      url: `/api/agencies/${agencyId}`,
      headers: authHeaders(admin),
      payload: { adminUnitId: fixtures.siblingCommuneAgency.adminUnitId },
    });
    expect(move.statusCode).toBe(200);
    expect((await me(session)).json().user.adminUnit.id).toBe(fixtures.siblingCommuneAgency.adminUnitId);
  });
});
