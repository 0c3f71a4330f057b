import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { TestDatabase } from '../../../test/support/test-database.ts';
import { demoPassword, loadDemoData } from './demo-data.ts';

let harness: TestApp;
let database: TestDatabase;

beforeAll(async () => {
  // The real reference data: admin units and the seed agencies the demo users belong to.
  harness = await startTestApp({ data: 'reference' });
  database = harness.db;
});

afterAll(async () => {
  await harness?.close();
});

describe('loadDemoData on the real reference data', () => {
  it('creates the four demo users once, each able to log in with the shared password', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const logins = await loadDemoData(database.db);
    warn.mockRestore();
    expect(logins.map((login) => login.username)).toEqual(['admin', 'kehoach.dongthap', 'xa.thapmuoi', 'xem.vinhlong']);
    for (const login of logins) {
      expect(login.password).toBe(demoPassword);
      expect(login.description).toMatch(/[à-ỹ]/);
    }

    const users = await database.db
      .selectFrom('users')
      .select(['username', 'role', 'agency_id'])
      .orderBy('username')
      .execute();
    expect(users).toEqual([
      { username: 'admin', role: 'admin', agency_id: 'ag-p-82-ubnd' },
      { username: 'kehoach.dongthap', role: 'planner', agency_id: 'ag-p-82-so-noi-vu' },
      { username: 'xa.thapmuoi', role: 'reporter', agency_id: 'ag-c-30037-ubnd' },
      { username: 'xem.vinhlong', role: 'viewer', agency_id: 'ag-p-86-ubnd' },
    ]);
    const audited = await database.db.selectFrom('audit_log').select('action').where('entity', '=', 'user').execute();
    expect(audited.filter((row) => row.action === 'create')).toHaveLength(4);

    const session = await harness.login('xa.thapmuoi', demoPassword);
    const me = await harness.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: session.cookie } });
    expect(me.json().user.adminUnit).toEqual({ id: 'c-30037', name: 'Xã Tháp Mười', level: 'commune' });

    expect(await loadDemoData(database.db)).toEqual([]);
  });

  it('lists the demo accounts on GET /api/demo-accounts without a session, with role and scope', async () => {
    const response = await harness.app.inject({ method: 'GET', url: '/api/demo-accounts' });
    {
      expect(response.statusCode).toBe(200);
      const items = response.json().items as { username: string; role: string; adminUnitName: string }[];
      expect(items.map((item) => [item.username, item.role, item.adminUnitName])).toEqual([
        ['admin', 'admin', 'Tỉnh Đồng Tháp'],
        ['kehoach.dongthap', 'planner', 'Tỉnh Đồng Tháp'],
        ['xa.thapmuoi', 'reporter', 'Xã Tháp Mười'],
        ['xem.vinhlong', 'viewer', 'Tỉnh Vĩnh Long'],
      ]);
      expect(response.json().items[0]).toMatchObject({ password: demoPassword, displayName: 'Quản trị hệ thống' });
    }
  });
});
