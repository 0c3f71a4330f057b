import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders, type CreatedUser } from '../../../test/factories/users.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { TestDatabase } from '../../../test/support/test-database.ts';
import type { MapAgencies } from '../../../test/support/unit-map.ts';
import type { BuildAppOptions } from '../app.ts';
import type { AppContext } from '../context.ts';
import { loginWindowMs } from './routes.ts';
import { wrongCurrentPasswordMessage } from './service.ts';

let harness: TestApp;
let database: TestDatabase;
let fixtures: MapAgencies;
let ctx: AppContext;
let clock = new Date('2026-12-02T08:00:00Z');

beforeAll(async () => {
  harness = await startTestApp({ now: () => clock });
  ({ db: database, ctx } = harness);
  fixtures = harness.agencies;
});

afterAll(async () => {
  await harness?.close();
});

async function startApp(
  options: Partial<BuildAppOptions> & { loginRateLimit?: number } = {},
): Promise<FastifyInstance> {
  return harness.buildApp({
    ctx: { ...ctx, loginRateLimit: options.loginRateLimit ?? 1000 },
    ...(options.trustProxy !== undefined ? { trustProxy: options.trustProxy } : {}),
  });
}

const newUser = (role: CreatedUser['role'] = 'viewer') =>
  harness.createUser({ agencyId: fixtures.provinceAgency.id, role });

function attempt(
  app: FastifyInstance,
  username: string,
  password: string,
  remoteAddress: string,
  headers: Record<string, string> = {},
) {
  return app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    remoteAddress,
    headers,
  });
}

describe('login lockout', () => {
  it('counts failures per account across addresses: a targeted account is locked even from many addresses', async () => {
    const app = await startApp({ loginRateLimit: 3 });
    const user = await newUser();
    for (let i = 1; i <= 3; i += 1)
      expect((await attempt(app, user.username, 'sai-mat-khau', `198.51.100.${i}`)).statusCode).toBe(401);
    const blocked = await attempt(app, user.username.toUpperCase(), user.password, '198.51.100.99');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.message).toContain('thử quá nhiều lần');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // Other accounts are not affected, from the same addresses.
    const other = await newUser();
    expect((await attempt(app, other.username, other.password, '198.51.100.1')).statusCode).toBe(200);
    // After the window the account opens again.
    const start = clock;
    try {
      clock = new Date(start.getTime() + loginWindowMs + 1000);
      expect((await attempt(app, user.username, user.password, '198.51.100.99')).statusCode).toBe(200);
    } finally {
      clock = start;
    }
  });

  it('lets the owner in from an address they signed in from before, while the attacker is locked out', async () => {
    const app = await startApp({ loginRateLimit: 3 });
    const user = await newUser();
    expect((await attempt(app, user.username, user.password, '192.0.2.10')).statusCode).toBe(200);
    for (let i = 1; i <= 5; i += 1) await attempt(app, user.username, 'sai-mat-khau', `203.0.113.${i}`);
    expect((await attempt(app, user.username, user.password, '203.0.113.50')).statusCode).toBe(429);
    expect((await attempt(app, user.username, user.password, '192.0.2.10')).statusCode).toBe(200);
  });

  it('counts failures per address across accounts: a spraying address is blocked, other addresses are not', async () => {
    const app = await startApp({ loginRateLimit: 2 });
    for (let i = 0; i < 20; i += 1)
      expect((await attempt(app, `phun-${i}`, 'sai-mat-khau', '10.0.0.9')).statusCode).toBe(401);
    const user = await newUser();
    const blocked = await attempt(app, user.username, user.password, '10.0.0.9');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.message).toContain('thử quá nhiều lần');
    // The 100-failures-block-everyone case: another address logs in as usual.
    expect((await attempt(app, user.username, user.password, '10.0.0.10')).statusCode).toBe(200);
  });

  it('ignores X-Forwarded-For unless the proxy is trusted, then counts the forwarded address', async () => {
    const direct = await startApp({ loginRateLimit: 2 });
    const forwarded = (app: FastifyInstance, username: string, password: string, client: string) =>
      attempt(app, username, password, '127.0.0.1', { 'x-forwarded-for': client });
    // Untrusted: every "client" is the proxy's address, so the spray blocks it.
    for (let i = 0; i < 20; i += 1) await forwarded(direct, `gia-${i}`, 'sai-mat-khau', `203.0.113.${i}`);
    const user = await newUser();
    expect((await forwarded(direct, user.username, user.password, '192.0.2.77')).statusCode).toBe(429);

    const proxied = await startApp({ loginRateLimit: 2, trustProxy: ['127.0.0.1'] });
    for (let i = 0; i < 20; i += 1) await forwarded(proxied, `qua-${i}`, 'sai-mat-khau', '203.0.113.200');
    expect((await forwarded(proxied, user.username, user.password, '203.0.113.200')).statusCode).toBe(429);
    expect((await forwarded(proxied, user.username, user.password, '192.0.2.77')).statusCode).toBe(200);
    const audit = await database.db
      .selectFrom('audit_log')
      .select('after')
      .where('action', '=', 'login')
      .where('entity_id', '=', user.id)
      .execute();
    expect(JSON.stringify(audit.at(-1)?.after)).toContain('192.0.2.77');
  });
});

describe('POST /api/auth/password', () => {
  it('every role changes their own password; other sessions end, this one stays; the old password stops working', async () => {
    const app = await startApp();
    for (const role of ['viewer', 'reporter', 'planner', 'admin'] as const) {
      const user = await newUser(role);
      const here = await harness.login(user.username, user.password, app);
      const elsewhere = await harness.login(user.username, user.password, app);
      const change = await app.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers: authHeaders(here),
        payload: { currentPassword: user.password, newPassword: 'mat-khau-moi-rat-dai' },
      });
      expect(change.statusCode, `${role} ${change.body}`).toBe(200);
      expect(change.json()).toEqual({ endedSessions: 1 });
      expect(
        (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: here.cookie } })).statusCode,
      ).toBe(200);
      expect(
        (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: elsewhere.cookie } })).statusCode,
      ).toBe(401);
      expect((await attempt(app, user.username, user.password, '192.0.2.1')).statusCode).toBe(401);
      expect((await attempt(app, user.username, 'mat-khau-moi-rat-dai', '192.0.2.1')).statusCode).toBe(200);
      const audit = await database.db
        .selectFrom('audit_log')
        .select('action')
        .where('entity_id', '=', user.id)
        .where('action', '=', 'password_change')
        .execute();
      expect(audit).toHaveLength(1);
    }
  });

  it('refuses a wrong current password, a too-short new one, no CSRF token or no session, and changes nothing', async () => {
    const app = await startApp();
    const user = await newUser('reporter');
    const here = await harness.login(user.username, user.password, app);
    const elsewhere = await harness.login(user.username, user.password, app);
    const before = await database.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: authHeaders(here),
      payload: { currentPassword: 'sai-mat-khau', newPassword: 'mat-khau-moi-rat-dai' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error).toMatchObject({ field: 'currentPassword', message: wrongCurrentPasswordMessage });
    const short = await app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: authHeaders(here),
      payload: { currentPassword: user.password, newPassword: 'ngan' },
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.field).toBe('newPassword');
    const noCsrf = await app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie: here.cookie },
      payload: { currentPassword: user.password, newPassword: 'mat-khau-moi-rat-dai' },
    });
    expect(noCsrf.statusCode).toBe(403);
    const anonymous = await app.inject({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: 'x' },
    });
    expect(anonymous.statusCode).toBe(401);
    const after = await database.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(after.password_hash).toBe(before.password_hash);
    expect(
      (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: elsewhere.cookie } })).statusCode,
    ).toBe(200);
  });

  it('an admin resetting a user password ends all that user’s sessions; resetting their own keeps the current one', async () => {
    const app = await startApp();
    const admin = await newUser('admin');
    const adminHere = await harness.login(admin.username, admin.password, app);
    const adminElsewhere = await harness.login(admin.username, admin.password, app);
    const user = await newUser('planner');
    const userSession = await harness.login(user.username, user.password, app);
    const reset = await app.inject({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      headers: authHeaders(adminHere),
      payload: { password: 'mat-khau-dat-lai-dai' },
    });
    expect(reset.statusCode, reset.body).toBe(200);
    expect(
      (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: userSession.cookie } })).statusCode,
    ).toBe(401);
    const own = await app.inject({
      method: 'PATCH',
      url: `/api/users/${admin.id}`,
      headers: authHeaders(adminHere),
      payload: { password: 'mat-khau-quan-tri-moi' },
    });
    expect(own.statusCode, own.body).toBe(200);
    expect(
      (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: adminHere.cookie } })).statusCode,
    ).toBe(200);
    expect(
      (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: adminElsewhere.cookie } })).statusCode,
    ).toBe(401);
  });
});
