import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MapAgencies } from '../../../test/support/unit-map.ts';
import { authHeaders, type LoggedIn } from '../../../test/factories/users.ts';
import type { TestDatabase } from '../../../test/support/test-database.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { loadDemoData } from './demo-data.ts';

let harness: TestApp;
let database: TestDatabase;
let fixtures: MapAgencies;
let app: FastifyInstance;
let admin: LoggedIn;
let adminId: string;

async function counts() {
  const users = await database.db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const audit = await database.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { users: Number(users.n), audit: Number(audit.n) };
}

async function auditRows(entityId: string) {
  return database.db.selectFrom('audit_log').selectAll().where('entity_id', '=', entityId).orderBy('id').execute();
}

const post = (payload: unknown, session: LoggedIn = admin) =>
  app.inject({ method: 'POST', url: '/api/users', headers: authHeaders(session), payload: payload as object });
const patch = (id: string, payload: unknown, session: LoggedIn = admin) =>
  app.inject({ method: 'PATCH', url: `/api/users/${id}`, headers: authHeaders(session), payload: payload as object });

function validUser(overrides: Record<string, unknown> = {}) {
  return {
    username: 'can.bo-moi_1',
    displayName: 'Đặng Thị Mới',
    password: 'mat-khau-du-dai',
    role: 'reporter',
    agencyId: fixtures.communeAgency.id,
    ...overrides,
  };
}

beforeAll(async () => {
  harness = await startTestApp();
  ({ db: database, app } = harness);
  fixtures = harness.agencies;
  const created = await harness.createUser({
    agencyId: fixtures.provinceAgency.id,
    role: 'admin',
    displayName: 'Quản trị viên',
  });
  adminId = created.id;
  admin = await harness.login(created.username, created.password);
});

afterAll(async () => {
  await harness?.close();
});

describe('POST /api/users', () => {
  it('creates a user (username lower-cased), audits it without any password material', async () => {
    const response = await post(validUser({ username: '  Can.Bo-Moi_1 ' }));
    expect(response.statusCode).toBe(201);
    const { user } = response.json();
    expect(user).toMatchObject({
      username: 'can.bo-moi_1',
      displayName: 'Đặng Thị Mới',
      role: 'reporter',
      active: true,
      agency: { id: fixtures.communeAgency.id, name: fixtures.communeAgency.name },
      adminUnit: { id: fixtures.communeAgency.adminUnitId, level: 'commune' },
    });
    expect(user.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Number.isNaN(Date.parse(user.createdAt))).toBe(false);
    expect(JSON.stringify(user)).not.toMatch(/password|argon/i);

    const rows = await auditRows(user.id);
    expect(rows.map((row) => row.action)).toEqual(['create']);
    expect(rows[0]?.actor_name).toBe('Quản trị viên');
    expect(rows[0]?.actor_user_id).toBe(adminId);
    expect(rows[0]?.after).toMatchObject({ username: 'can.bo-moi_1', role: 'reporter' });
    expect(JSON.stringify(rows[0])).not.toMatch(/argon|mat-khau|password/i);

    // The new user can log in with the password given.
    await harness.login('can.bo-moi_1', 'mat-khau-du-dai');
  });

  it('refuses a duplicate username, whatever its case, with 409', async () => {
    await harness.createUser({ agencyId: fixtures.provinceAgency.id, username: 'trung.ten' });
    const before = await counts();
    const response = await post(validUser({ username: 'Trung.Ten' }));
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toEqual({
      code: 'conflict',
      message: 'Tên đăng nhập đã tồn tại.',
      field: 'username',
    });
    expect(await counts()).toEqual(before);
  });

  const invalid: [string, Record<string, unknown>, string, RegExp][] = [
    ['username too short', { username: 'ab' }, 'username', /3 đến 50/],
    ['username too long', { username: 'a'.repeat(51) }, 'username', /3 đến 50/],
    ['username with diacritics', { username: 'đăng.nhập' }, 'username', /chữ thường không dấu/],
    ['username with a space', { username: 'ab cd' }, 'username', /chữ thường không dấu/],
    ['username not a string', { username: 12345 }, 'username', /chuỗi/],
    ['empty display name', { displayName: '   ' }, 'displayName', /không được để trống/],
    ['display name with control characters', { displayName: 'Tên\u0007lạ' }, 'displayName', /điều khiển/],
    ['display name with a NUL character', { displayName: 'Tên\u0000lạ' }, 'displayName', /ký tự rỗng \(NUL/],
    ['short password', { password: '1234567' }, 'password', /ít nhất 8 ký tự/],
    ['unknown role', { role: 'superadmin' }, 'role', /[à-ỹ]/],
    ['missing agency', { agencyId: undefined }, 'agencyId', /[à-ỹ]/],
    ['unknown agency', { agencyId: 'ag-khong-co' }, 'agencyId', /Không có cơ quan với mã "ag-khong-co"/],
  ];
  for (const [name, overrides, field, message] of invalid) {
    it(`refuses ${name} with a Vietnamese 400 naming ${field}, changing nothing`, async () => {
      const before = await counts();
      const response = await post(validUser({ username: 'hop.le', ...overrides }));
      expect(response.statusCode).toBe(400);
      expect(response.json().error.field).toBe(field);
      expect(response.json().error.message).toMatch(message);
      expect(await counts()).toEqual(before);
    });
  }
});

describe('e-mail addresses', () => {
  it('are stored lower-cased, cleared with an empty string, refused when malformed', async () => {
    const created = await post(validUser({ username: 'co.thu', email: ' Co.Thu@DongThap.gov.vn ' }));
    expect(created.statusCode, created.body).toBe(201);
    const { user } = created.json();
    expect(user.email).toBe('co.thu@dongthap.gov.vn');
    expect((await auditRows(user.id))[0]?.after).toMatchObject({ email: 'co.thu@dongthap.gov.vn' });
    const bad = await patch(user.id, { email: 'khong-phai-thu' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('Thư điện tử (email) không đúng dạng');
    const cleared = await patch(user.id, { email: '' });
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.json().user.email).toBeNull();
  });
});

describe('GET /api/users', () => {
  it('lists users sorted by Vietnamese name, without password material', async () => {
    await harness.createUser({ agencyId: fixtures.provinceAgency.id, displayName: 'Đỗ Văn Đức' });
    await harness.createUser({ agencyId: fixtures.provinceAgency.id, displayName: 'Dương Văn An' });
    await harness.createUser({ agencyId: fixtures.provinceAgency.id, displayName: 'Ánh Nguyệt' });
    const response = await app.inject({ method: 'GET', url: '/api/users', headers: authHeaders(admin) });
    expect(response.statusCode).toBe(200);
    const names: string[] = response.json().items.map((u: { displayName: string }) => u.displayName);
    expect(names.indexOf('Ánh Nguyệt')).toBeLessThan(names.indexOf('Dương Văn An'));
    expect(names.indexOf('Dương Văn An')).toBeLessThan(names.indexOf('Đỗ Văn Đức'));
    expect(response.body).not.toMatch(/argon|password/i);
    // Paged in the database: the pages together are the whole list, in the same order.
    const total = response.json().total as number;
    expect(names).toHaveLength(total);
    const paged: string[] = [];
    for (let offset = 0; offset < total; offset += 2) {
      const page = await app.inject({
        method: 'GET',
        url: `/api/users?limit=2&offset=${offset}`,
        headers: authHeaders(admin),
      });
      expect(page.json()).toMatchObject({ total, limit: 2, offset });
      paged.push(...page.json().items.map((u: { displayName: string }) => u.displayName));
    }
    expect(paged).toEqual(names);
  });

  it('searches by name or username without diacritics (q), the total counting the matches', async () => {
    const search = async (q: string) => {
      const response = await app.inject({
        method: 'GET',
        url: `/api/users?q=${encodeURIComponent(q)}`,
        headers: authHeaders(admin),
      });
      expect(response.statusCode).toBe(200);
      return response.json() as { items: { displayName: string; username: string }[]; total: number };
    };
    const duc = await search('do van duc');
    expect(duc.items.map((user) => user.displayName)).toEqual(['Đỗ Văn Đức']);
    expect(duc.total).toBe(1);
    expect((await search('ĐỖ VĂN')).items.map((user) => user.displayName)).toEqual(['Đỗ Văn Đức']);
    const byUsername = await search(duc.items[0]!.username);
    expect(byUsername.items.map((user) => user.displayName)).toEqual(['Đỗ Văn Đức']);
    expect((await search('van')).items.map((user) => user.displayName)).toEqual(['Dương Văn An', 'Đỗ Văn Đức']);
    expect((await search('khong ai co ten nay')).total).toBe(0);
    // A renamed user is found by the new name only.
    const id = (
      await database.db
        .selectFrom('users')
        .select('id')
        .where('display_name', '=', 'Ánh Nguyệt')
        .executeTakeFirstOrThrow()
    ).id;
    const patch = await app.inject({
      method: 'PATCH',
      url: `/api/users/${id}`,
      headers: authHeaders(admin),
      payload: { displayName: 'Ánh Dương' },
    });
    expect(patch.statusCode).toBe(200);
    expect((await search('anh duong')).items.map((user) => user.displayName)).toEqual(['Ánh Dương']);
    expect((await search('nguyet')).total).toBe(0);
  });

  it('GET /api/users/:id gives one user, 404 in Vietnamese for an unknown id', async () => {
    const one = await app.inject({ method: 'GET', url: `/api/users/${adminId}`, headers: authHeaders(admin) });
    expect(one.statusCode).toBe(200);
    expect(one.json().user.id).toBe(adminId);
    const missing = await app.inject({ method: 'GET', url: '/api/users/khong-co', headers: authHeaders(admin) });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toBe('Không tìm thấy người dùng.');
  });
});

describe('PATCH /api/users/:id', () => {
  it('changes name, role and agency with a before/after audit row', async () => {
    const user = await harness.createUser({
      agencyId: fixtures.provinceAgency.id,
      role: 'viewer',
      displayName: 'Tên Cũ',
    });
    const response = await patch(user.id, {
      displayName: 'Tên Mới',
      role: 'planner',
      agencyId: fixtures.communeAgency.id,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().user).toMatchObject({
      displayName: 'Tên Mới',
      role: 'planner',
      agency: { id: fixtures.communeAgency.id },
      adminUnit: { level: 'commune' },
    });
    const rows = await auditRows(user.id);
    expect(rows.at(-1)?.action).toBe('update');
    expect(rows.at(-1)?.before).toMatchObject({
      displayName: 'Tên Cũ',
      role: 'viewer',
      agencyId: fixtures.provinceAgency.id,
    });
    expect(rows.at(-1)?.after).toMatchObject({
      displayName: 'Tên Mới',
      role: 'planner',
      agencyId: fixtures.communeAgency.id,
    });
  });

  it("a change of role or agency applies to the user's open session at once", async () => {
    const user = await harness.createUser({ agencyId: fixtures.provinceAgency.id, role: 'admin' });
    const session = await harness.login(user.username, user.password);
    expect((await patch(user.id, { role: 'viewer', agencyId: fixtures.communeAgency.id })).statusCode).toBe(200);
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: session.cookie } });
    expect(me.json().user).toMatchObject({ role: 'viewer', adminUnit: { id: fixtures.communeAgency.adminUnitId } });
    const users = await app.inject({ method: 'GET', url: '/api/users', headers: authHeaders(session) });
    expect(users.statusCode).toBe(403);
  });

  it('resets a password: the old one stops working, sessions end, the audit says so without the hash', async () => {
    const user = await harness.createUser({ agencyId: fixtures.provinceAgency.id });
    const session = await harness.login(user.username, user.password);
    const response = await patch(user.id, { password: 'mat-khau-moi-123' });
    expect(response.statusCode).toBe(200);
    const old = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: user.username, password: user.password },
    });
    expect(old.statusCode).toBe(401);
    await harness.login(user.username, 'mat-khau-moi-123');
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: session.cookie } });
    expect(me.statusCode).toBe(401);
    const last = (await auditRows(user.id)).filter((row) => row.action === 'update').at(-1);
    expect(last?.after).toMatchObject({ passwordChanged: true });
    expect(JSON.stringify(last)).not.toMatch(/argon|mat-khau-moi/);
  });

  it('deactivates and reactivates', async () => {
    const user = await harness.createUser({ agencyId: fixtures.provinceAgency.id });
    expect((await patch(user.id, { active: false })).json().user.active).toBe(false);
    const refused = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: user.username, password: user.password },
    });
    expect(refused.statusCode).toBe(403);
    expect((await patch(user.id, { active: true })).json().user.active).toBe(true);
    await harness.login(user.username, user.password);
  });

  it('refuses bad changes with a Vietnamese 400 and changes nothing', async () => {
    const user = await harness.createUser({ agencyId: fixtures.provinceAgency.id });
    const cases: [unknown, string | undefined][] = [
      [{ role: 'chief' }, 'role'],
      [{ active: 'yes' }, 'active'],
      [{ password: 'ngan' }, 'password'],
      [{ agencyId: 'ag-khong-co' }, 'agencyId'],
      [{ displayName: '' }, 'displayName'],
      [{ username: 'doi-ten' }, undefined],
    ];
    for (const [payload, field] of cases) {
      const before = await counts();
      const response = await patch(user.id, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      if (field) expect(response.json().error.field).toBe(field);
      expect(response.json().error.message).toMatch(/[à-ỹ]/);
      expect(await counts()).toEqual(before);
    }
  });

  it('an admin cannot deactivate or demote themselves', async () => {
    expect((await patch(adminId, { active: false })).statusCode).toBe(400);
    expect((await patch(adminId, { role: 'viewer' })).statusCode).toBe(400);
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: admin.cookie } });
    expect(me.json().user.role).toBe('admin');
  });

  it('404 for an unknown user', async () => {
    const response = await patch('khong-co', { displayName: 'Ai đó' });
    expect(response.statusCode).toBe(404);
  });
});

describe('non-admins', () => {
  it('get 403 on every users route; anonymous get 401', async () => {
    for (const role of ['planner', 'reporter', 'viewer'] as const) {
      const user = await harness.createUser({ agencyId: fixtures.provinceAgency.id, role });
      const session = await harness.login(user.username, user.password);
      const before = await counts();
      const responses = [
        await app.inject({ method: 'GET', url: '/api/users', headers: authHeaders(session) }),
        await app.inject({ method: 'GET', url: `/api/users/${adminId}`, headers: authHeaders(session) }),
        await post(validUser({ username: `tu-tao-${role}` }), session),
        await patch(user.id, { role: 'admin' }, session),
      ];
      for (const response of responses) {
        expect(response.statusCode).toBe(403);
        expect(response.json().error.message).toBe('Bạn không có quyền thực hiện thao tác này.');
      }
      expect(await counts()).toEqual(before);
    }
    expect((await app.inject({ method: 'GET', url: '/api/users' })).statusCode).toBe(401);
  });
});

describe('loadDemoData', () => {
  it('does nothing when users exist', async () => {
    expect(await loadDemoData(database.db)).toEqual([]);
  });

  it('lists no demo accounts on a database that never had the demo loaded, whatever users exist', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/demo-accounts' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ items: [] });
  });
});
