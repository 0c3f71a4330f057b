import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../../../test/support/test-database.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { MapAgencies } from '../../../test/support/unit-map.ts';
import { authHeaders } from '../../../test/factories/users.ts';
import { buildApp } from '../app.ts';
import type { AppContext } from '../context.ts';
import { csrfMessage } from './session-hook.ts';
import { loginFailedMessage, sessionIdleMs } from './service.ts';

let harness: TestApp;
let database: TestDatabase;
let fixtures: MapAgencies;
let app: FastifyInstance;
let ctx: AppContext;
let clock = new Date('2026-11-21T08:00:00Z');

async function countRows(table: 'sessions' | 'audit_log' | 'users'): Promise<number> {
  const row = await database.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function auditActions(entityId: string): Promise<string[]> {
  const rows = await database.db
    .selectFrom('audit_log')
    .select('action')
    .where('entity_id', '=', entityId)
    .orderBy('id')
    .execute();
  return rows.map((row) => row.action);
}

beforeAll(async () => {
  harness = await startTestApp({ now: () => clock });
  ({ db: database, app, ctx } = harness);
  fixtures = harness.agencies;
});

afterAll(async () => {
  await harness?.close();
});

describe('POST /api/auth/login', () => {
  it('logs in, sets a protected session cookie and returns the user with a CSRF token', async () => {
    const user = await harness.createUser({
      agencyId: fixtures.provinceAgency.id,
      role: 'planner',
      displayName: 'Nguyễn Văn Đăng',
    });
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: user.username.toUpperCase(), password: user.password },
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.user).toEqual({
      id: user.id,
      username: user.username,
      displayName: 'Nguyễn Văn Đăng',
      role: 'planner',
      agency: { id: fixtures.provinceAgency.id, name: fixtures.provinceAgency.name },
      adminUnit: { id: fixtures.provinceAgency.adminUnitId, name: expect.any(String), level: 'province' },
    });
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/^nhanluc_session=[A-Za-z0-9_-]{40,};/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
    expect(setCookie).toContain('Path=/');
    expect(setCookie).not.toContain('Secure');
    expect(await auditActions(user.id)).toEqual(['login']);
  });

  it('stores only the hash of the session token', async () => {
    const user = await harness.createUser({ agencyId: fixtures.provinceAgency.id });
    const session = await harness.login(user.username, user.password);
    const token = session.cookie.split('=')[1] ?? '';
    const rows = await database.db.selectFrom('sessions').select('id_hash').where('user_id', '=', user.id).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.id_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]?.id_hash).not.toContain(token);
  });

  it('gives the same answer for a wrong password and an unknown user, and audits both', async () => {
    const user = await harness.createUser({ agencyId: fixtures.provinceAgency.id });
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: user.username, password: 'sai-mat-khau' },
    });
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'khong-ton-tai', password: 'sai-mat-khau' },
    });
    for (const response of [wrong, unknown]) {
      expect(response.statusCode).toBe(401);
      expect(response.json().error.message).toBe(loginFailedMessage);
      expect(response.headers['set-cookie']).toBeUndefined();
    }
    expect(wrong.body).toBe(unknown.body);
    expect(await auditActions(user.id)).toEqual(['login_failed']);
    expect(await auditActions('khong-ton-tai')).toEqual(['login_failed']);
  });

  it('takes similar time for unknown users as for wrong passwords (dummy hash)', async () => {
    const user = await harness.createUser({ agencyId: fixtures.provinceAgency.id });
    const time = async (username: string) => {
      const started = performance.now();
      await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: 'sai-mat-khau' } });
      return performance.now() - started;
    };
    await time('khoi-dong'); // warm the dummy hash
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      known.push(await time(user.username));
      unknown.push(await time(`khong-co-${i}`));
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[2] ?? 0;
    // Without the dummy verify an unknown user answers in ~1 ms instead of ~10+ ms.
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.4);
  });

  it('refuses an inactive user, with a distinct message only when the password is right', async () => {
    const user = await harness.createUser({ agencyId: fixtures.provinceAgency.id, active: false });
    const right = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: user.username, password: user.password },
    });
    expect(right.statusCode).toBe(403);
    expect(right.json().error.message).toContain('vô hiệu hoá');
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: user.username, password: 'sai-mat-khau' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(await countRows('sessions')).toBeGreaterThanOrEqual(0);
    const sessions = await database.db
      .selectFrom('sessions')
      .select('id_hash')
      .where('user_id', '=', user.id)
      .execute();
    expect(sessions).toHaveLength(0);
  });

  it('rejects malformed bodies with a Vietnamese message naming the field', async () => {
    const cases: [unknown, string][] = [
      [{ username: 'admin' }, 'password'],
      [{ password: 'x' }, 'username'],
      [{ username: 42, password: 'abcdefgh' }, 'username'],
      [{ username: '', password: 'abcdefgh' }, 'username'],
    ];
    for (const [payload, field] of cases) {
      const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: payload as object });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.field).toBe(field);
      expect(response.json().error.message).toMatch(/[à-ỹ]/);
    }
    const notJson = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username":',
    });
    expect(notJson.statusCode).toBe(400);
  });

  it('sets Secure on the cookie when the context asks for secure cookies', async () => {
    const secureApp = await buildApp({ ctx: { ...ctx, secureCookies: true } });
    try {
      const user = await harness.createUser({ agencyId: fixtures.provinceAgency.id });
      const response = await secureApp.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: user.username, password: user.password },
      });
      expect(String(response.headers['set-cookie'])).toContain('Secure');
    } finally {
      await secureApp.close();
    }
  });
});

// Lockout per account and per address: see lockout.db.test.ts.

describe('session', () => {
  it('GET /api/auth/me returns the user and the same CSRF token; 401 without a cookie', async () => {
    const user = await harness.createUser({ agencyId: fixtures.communeAgency.id, role: 'reporter' });
    const session = await harness.login(user.username, user.password);
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: session.cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.id).toBe(user.id);
    expect(me.json().user.adminUnit.level).toBe('commune');
    expect(me.json().csrfToken).toBe(session.csrfToken);
    const anonymous = await app.inject({ method: 'GET', url: '/api/auth/me' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.message).toBe('Bạn cần đăng nhập để tiếp tục.');
    const forged = await app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: 'nhanluc_session=gia-mao' },
    });
    expect(forged.statusCode).toBe(401);
  });

  it('logout deletes the session row, clears the cookie and is audited', async () => {
    const user = await harness.createUser({ agencyId: fixtures.provinceAgency.id });
    const session = await harness.login(user.username, user.password);
    const logout = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: authHeaders(session) });
    expect(logout.statusCode).toBe(204);
    expect(String(logout.headers['set-cookie'])).toMatch(/nhanluc_session=;/);
    const rows = await database.db.selectFrom('sessions').select('id_hash').where('user_id', '=', user.id).execute();
    expect(rows).toHaveLength(0);
    expect(await auditActions(user.id)).toEqual(['login', 'logout']);
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: session.cookie } });
    expect(me.statusCode).toBe(401);
  });

  it('logout without a session still answers 204', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/auth/logout' });
    expect(response.statusCode).toBe(204);
  });

  it('expires after 12 hours idle, and each request pushes the deadline back', async () => {
    const user = await harness.createUser({ agencyId: fixtures.provinceAgency.id });
    const start = clock;
    try {
      const session = await harness.login(user.username, user.password);
      const me = () => app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: session.cookie } });
      clock = new Date(start.getTime() + sessionIdleMs - 60_000);
      expect((await me()).statusCode).toBe(200);
      // 11 h 59 later again: alive because the previous request refreshed it.
      clock = new Date(clock.getTime() + sessionIdleMs - 60_000);
      expect((await me()).statusCode).toBe(200);
      clock = new Date(clock.getTime() + sessionIdleMs);
      expect((await me()).statusCode).toBe(401);
      const rows = await database.db.selectFrom('sessions').select('id_hash').where('user_id', '=', user.id).execute();
      expect(rows).toHaveLength(0);
    } finally {
      clock = start;
    }
  });

  it('a deactivated user loses their sessions at once', async () => {
    const admin = await harness.createUser({ agencyId: fixtures.provinceAgency.id, role: 'admin' });
    const user = await harness.createUser({ agencyId: fixtures.provinceAgency.id });
    const adminSession = await harness.login(admin.username, admin.password);
    const userSession = await harness.login(user.username, user.password);
    const patch = await app.inject({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      headers: authHeaders(adminSession),
      payload: { active: false },
    });
    expect(patch.statusCode).toBe(200);
    expect(patch.json().user.active).toBe(false);
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: userSession.cookie } });
    expect(me.statusCode).toBe(401);
    const rows = await database.db.selectFrom('sessions').select('id_hash').where('user_id', '=', user.id).execute();
    expect(rows).toHaveLength(0);
  });
});

describe('CSRF', () => {
  it('refuses state changes without or with a wrong token and changes nothing', async () => {
    const admin = await harness.createUser({ agencyId: fixtures.provinceAgency.id, role: 'admin' });
    const session = await harness.login(admin.username, admin.password);
    const usersBefore = await countRows('users');
    const auditBefore = await countRows('audit_log');
    const payload = {
      username: 'moi-tao',
      displayName: 'Người mới',
      password: 'mat-khau-dai',
      role: 'viewer',
      agencyId: fixtures.provinceAgency.id,
    };
    const wrongTokens: (string | undefined)[] = [
      undefined,
      '',
      'sai',
      `${session.csrfToken}x`,
      session.csrfToken.slice(1),
    ];
    for (const token of wrongTokens) {
      const headers: Record<string, string> = { cookie: session.cookie };
      if (token !== undefined) headers['x-csrf-token'] = token;
      const response = await app.inject({ method: 'POST', url: '/api/users', headers, payload });
      expect(response.statusCode).toBe(403);
      expect(response.json()).toEqual({ error: { code: 'csrf', message: csrfMessage } });
    }
    const patch = await app.inject({
      method: 'PATCH',
      url: `/api/users/${admin.id}`,
      headers: { cookie: session.cookie },
      payload: { displayName: 'Đổi tên' },
    });
    expect(patch.statusCode).toBe(403);
    const logout = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: session.cookie } });
    expect(logout.statusCode).toBe(403);
    expect(await countRows('users')).toBe(usersBefore);
    expect(await countRows('audit_log')).toBe(auditBefore);
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: session.cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.displayName).not.toBe('Đổi tên');
  });

  it('accepts the right token', async () => {
    const admin = await harness.createUser({ agencyId: fixtures.provinceAgency.id, role: 'admin' });
    const session = await harness.login(admin.username, admin.password);
    const response = await app.inject({
      method: 'PATCH',
      url: `/api/users/${admin.id}`,
      headers: authHeaders(session),
      payload: { displayName: 'Trần Thị Đổi Tên' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().user.displayName).toBe('Trần Thị Đổi Tên');
  });
});
