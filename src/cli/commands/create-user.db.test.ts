import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { TestDatabase } from '../../../test/support/test-database.ts';
import type { MapAgencies } from '../../../test/support/unit-map.ts';
import { verifyPassword } from '../../server/auth/passwords.ts';
import { runCreateUser } from './create-user.ts';

let harness: TestApp;
let database: TestDatabase;
let fixtures: MapAgencies;
let opened = 0;

// Each command opens its own context, as the CLI does.
const open = async () => {
  opened += 1;
  return { ctx: harness.freshContext(), close: async () => {} };
};

async function run(flags: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...args) => void out.push(args.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...args) => void err.push(args.join(' ')));
  try {
    const code = await runCreateUser(flags, open);
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

beforeAll(async () => {
  harness = await startTestApp();
  database = harness.db;
  fixtures = harness.agencies;
});

afterAll(async () => {
  await harness?.close();
});

describe('nhanluc create-user', () => {
  it('creates the user, audited as the system, and prints it', async () => {
    const result = await run({
      username: 'Quan.Tri2',
      password: 'mat-khau-manh',
      role: 'admin',
      agency: fixtures.provinceAgency.id,
      name: 'Phạm Thị Quản',
    });
    expect(result.code).toBe(0);
    expect(result.out).toContain('Đã tạo người dùng quan.tri2 (Phạm Thị Quản)');
    const row = await database.db
      .selectFrom('users')
      .selectAll()
      .where('username', '=', 'quan.tri2')
      .executeTakeFirstOrThrow();
    expect(row.role).toBe('admin');
    expect(await verifyPassword(row.password_hash, 'mat-khau-manh')).toBe(true);
    const audit = await database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', row.id)
      .executeTakeFirstOrThrow();
    expect(audit.action).toBe('create');
    expect(audit.actor_name).toBe('Hệ thống');
  });

  it('uses the username as display name when --name is absent', async () => {
    const result = await run({
      username: 'khong.ten',
      password: 'mat-khau-manh',
      role: 'viewer',
      agency: fixtures.communeAgency.id,
    });
    expect(result.code).toBe(0);
    const row = await database.db
      .selectFrom('users')
      .select('display_name')
      .where('username', '=', 'khong.ten')
      .executeTakeFirstOrThrow();
    expect(row.display_name).toBe('khong.ten');
  });

  it('exits 2 naming every missing flag, without opening the database', async () => {
    const before = opened;
    const result = await run({ username: 'thieu' });
    expect(result.code).toBe(2);
    expect(result.err).toContain('Thiếu tuỳ chọn --password');
    expect(result.err).toContain('Thiếu tuỳ chọn --role');
    expect(result.err).toContain('Thiếu tuỳ chọn --agency');
    expect(opened).toBe(before);
  });

  it('exits 2 for a wrong role, username or short password', async () => {
    const base = { username: 'hop.le', password: 'mat-khau-manh', role: 'viewer', agency: fixtures.provinceAgency.id };
    const role = await run({ ...base, role: 'vua' });
    expect(role.code).toBe(2);
    expect(role.err).toContain('Vai trò không hợp lệ: "vua"');
    const username = await run({ ...base, username: 'Tên có dấu' });
    expect(username.code).toBe(2);
    expect(username.err).toContain('Tên đăng nhập không hợp lệ');
    const password = await run({ ...base, password: 'ngan' });
    expect(password.code).toBe(2);
    expect(password.err).toContain('Mật khẩu phải có ít nhất 8 ký tự.');
  });

  it('exits 1 for an unknown agency or a duplicate username', async () => {
    const unknown = await run({
      username: 'co.quan.la',
      password: 'mat-khau-manh',
      role: 'viewer',
      agency: 'ag-khong-co',
    });
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('Không có cơ quan với mã "ag-khong-co"');
    const duplicate = await run({
      username: 'QUAN.TRI2',
      password: 'mat-khau-manh',
      role: 'viewer',
      agency: fixtures.provinceAgency.id,
    });
    expect(duplicate.code).toBe(1);
    expect(duplicate.err).toContain('Tên đăng nhập đã tồn tại.');
  });
});
