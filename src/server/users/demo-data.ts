import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Role } from '../../domain/access/roles.ts';
import { systemActor } from '../auth/actor.ts';
import {
  agencyExists,
  countUsers,
  type DemoAccountView,
  insertDemoAccount,
  listDemoAccountViews,
} from './repository.ts';
import { createUser } from './service.ts';

export interface DemoLogin {
  username: string;
  password: string;
  description: string;
}

export const demoPassword = 'nhanluc@2026';

interface DemoUser {
  username: string;
  displayName: string;
  role: Role;
  agencyId: string;
  description: string;
}

const demoUsers: DemoUser[] = [
  {
    username: 'admin',
    displayName: 'Quản trị hệ thống',
    role: 'admin',
    agencyId: 'ag-p-82-ubnd',
    description: 'quản trị viên, xem và sửa mọi thứ',
  },
  {
    username: 'kehoach.dongthap',
    displayName: 'Nguyễn Thị Kế Hoạch',
    role: 'planner',
    agencyId: 'ag-p-82-so-noi-vu',
    description: 'cán bộ kế hoạch, Sở Nội vụ tỉnh Đồng Tháp',
  },
  {
    username: 'xa.thapmuoi',
    displayName: 'Trần Văn Báo Cáo',
    role: 'reporter',
    agencyId: 'ag-c-30037-ubnd',
    description: 'người báo cáo, UBND xã Tháp Mười',
  },
  {
    username: 'xem.vinhlong',
    displayName: 'Lê Thị Theo Dõi',
    role: 'viewer',
    agencyId: 'ag-p-86-ubnd',
    description: 'người xem, UBND tỉnh Vĩnh Long',
  },
];

/**
 * Creates the demo users on a database that has no users yet and returns their logins.
 * Returns [] when users already exist, so it never touches a database in real use.
 */
export async function loadDemoData(db: Kysely<Database>): Promise<DemoLogin[]> {
  if ((await countUsers(db)) > 0) return [];
  const logins: DemoLogin[] = [];
  for (const user of demoUsers) {
    if (!(await agencyExists(db, user.agencyId))) {
      console.warn(`Bỏ qua người dùng mẫu ${user.username}: chưa có cơ quan ${user.agencyId}.`);
      continue;
    }
    const created = await createUser(
      { db, now: () => new Date() },
      {
        username: user.username,
        displayName: user.displayName,
        password: demoPassword,
        role: user.role,
        agencyId: user.agencyId,
      },
      systemActor,
    );
    await insertDemoAccount(db, { userId: created.id, position: logins.length, description: user.description });
    logins.push({ username: user.username, password: demoPassword, description: user.description });
  }
  return logins;
}

export interface DemoAccount extends DemoAccountView {
  password: string;
}

/**
 * The demo accounts for the login page. Public on purpose (decision 0019): it lists only
 * users the demo loader created in this database (demo_accounts), never other users, and
 * answers [] on a database that never had the demo loaded. The shared demo password is
 * given with them; an account whose password was changed still shows it (a demo only).
 */
export async function listDemoAccounts(db: Kysely<Database>): Promise<DemoAccount[]> {
  const accounts = await listDemoAccountViews(db);
  return accounts.map((account) => ({ ...account, password: demoPassword }));
}
