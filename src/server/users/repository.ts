import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { foldDiacritics } from '../../domain/text/fold-diacritics.ts';
import { vietnameseSortKey } from '../../domain/text/vietnamese-sort-key.ts';
import { containsPattern } from '../../domain/plans/plan-search-text.ts';
import type { Role } from '../../domain/access/roles.ts';

export type Executor = Kysely<Database> | Transaction<Database>;

/** A user joined with its agency and that agency's admin unit: what every screen shows. */
export interface UserView {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  role: Role;
  active: boolean;
  createdAt: Date;
  agencyId: string;
  agencyName: string;
  adminUnitId: string;
  adminUnitName: string;
  adminUnitLevel: 'province' | 'district' | 'commune';
}

function selectUserViews(db: Executor) {
  return db
    .selectFrom('users as u')
    .innerJoin('agencies as a', 'a.id', 'u.agency_id')
    .innerJoin('admin_units as au', 'au.id', 'a.admin_unit_id')
    .select([
      'u.id as id',
      'u.username as username',
      'u.display_name as displayName',
      'u.email',
      'u.role as role',
      'u.active as active',
      'u.created_at as createdAt',
      'u.agency_id as agencyId',
      'a.name as agencyName',
      'au.id as adminUnitId',
      'au.name as adminUnitName',
      'au.level as adminUnitLevel',
    ]);
}

function toUserView(row: Record<string, unknown>): UserView {
  return {
    id: row.id as string,
    username: row.username as string,
    displayName: row.displayName as string,
    email: (row.email as string | null) ?? null,
    role: row.role as Role,
    active: Boolean(row.active),
    createdAt: new Date(row.createdAt as Date | string),
    agencyId: row.agencyId as string,
    agencyName: row.agencyName as string,
    adminUnitId: row.adminUnitId as string,
    adminUnitName: row.adminUnitName as string,
    adminUnitLevel: row.adminUnitLevel as UserView['adminUnitLevel'],
  };
}

/** users.search_text: name and username folded, so a search ignores diacritics and case. */
export function userSearchText(displayName: string, username: string): string {
  return foldDiacritics(`${displayName} ${username}`);
}

/**
 * One page of users in Vietnamese order of display name (then username), with the total;
 * `q` (folded) keeps those whose name or username contains it.
 */
export async function listUserViews(
  db: Executor,
  page: { limit: number; offset: number; q?: string | undefined },
): Promise<{ rows: UserView[]; total: number }> {
  const needle = page.q ? foldDiacritics(page.q) : '';
  let select = selectUserViews(db).select(sql<number>`count(*) over ()`.as('total'));
  if (needle) select = select.where('u.search_text', 'like', containsPattern(needle));
  const rows = await select
    .orderBy(sql`u.sort_name collate "C"`)
    .orderBy(sql`u.username collate "C"`)
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const total =
    rows.length > 0
      ? Number(rows[0]!.total)
      : page.offset > 0
        ? needle
          ? (await listUserViews(db, { ...page, limit: 1, offset: 0 })).total
          : await countUsers(db)
        : 0;
  return { total, rows: rows.map((row) => toUserView(row as Record<string, unknown>)) };
}

export async function findUserViewById(db: Executor, id: string): Promise<UserView | null> {
  const row = await selectUserViews(db).where('u.id', '=', id).executeTakeFirst();
  return row ? toUserView(row as Record<string, unknown>) : null;
}

export interface UserCredentials {
  id: string;
  username: string;
  displayName: string;
  passwordHash: string;
  active: boolean;
}

export async function findCredentialsByUsername(db: Executor, username: string): Promise<UserCredentials | null> {
  const row = await db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'password_hash', 'active'])
    .where('username', '=', username)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    passwordHash: row.password_hash,
    active: Boolean(row.active),
  };
}

export async function usernameExists(db: Executor, username: string): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
  return row !== undefined;
}

export async function agencyExists(db: Executor, agencyId: string): Promise<boolean> {
  const row = await db.selectFrom('agencies').select('id').where('id', '=', agencyId).executeTakeFirst();
  return row !== undefined;
}

export async function countUsers(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface NewUserRow {
  id: string;
  username: string;
  displayName: string;
  passwordHash: string;
  role: Role;
  agencyId: string;
  email?: string | null | undefined;
  at: Date;
}

export async function insertUser(db: Executor, user: NewUserRow): Promise<void> {
  await db
    .insertInto('users')
    .values({
      id: user.id,
      username: user.username,
      display_name: user.displayName,
      sort_name: vietnameseSortKey(user.displayName),
      search_text: userSearchText(user.displayName, user.username),
      password_hash: user.passwordHash,
      role: user.role,
      agency_id: user.agencyId,
      email: user.email ?? null,
      active: true,
      created_at: user.at,
      updated_at: user.at,
    })
    .execute();
}

export interface UserRowChanges {
  displayName?: string;
  role?: Role;
  agencyId?: string;
  passwordHash?: string;
  active?: boolean;
  email?: string | null;
}

export async function updateUserRow(db: Executor, id: string, changes: UserRowChanges, at: Date): Promise<void> {
  await db
    .updateTable('users')
    .set({
      ...(changes.displayName !== undefined
        ? {
            display_name: changes.displayName,
            sort_name: vietnameseSortKey(changes.displayName),
            // The username never changes; the folded name goes in front of it.
            search_text: sql<string>`cast(${`${foldDiacritics(changes.displayName)} `} as text) || username`,
          }
        : {}),
      ...(changes.role !== undefined ? { role: changes.role } : {}),
      ...(changes.agencyId !== undefined ? { agency_id: changes.agencyId } : {}),
      ...(changes.passwordHash !== undefined ? { password_hash: changes.passwordHash } : {}),
      ...(changes.active !== undefined ? { active: changes.active } : {}),
      ...(changes.email !== undefined ? { email: changes.email } : {}),
      updated_at: at,
    })
    .where('id', '=', id)
    .execute();
}

/** Marks a user as one the demo loader created (listed on the login page). */
export async function insertDemoAccount(
  db: Executor,
  account: { userId: string; position: number; description: string },
): Promise<void> {
  await db
    .insertInto('demo_accounts')
    .values({ user_id: account.userId, position: account.position, description: account.description })
    .execute();
}

export interface DemoAccountView {
  username: string;
  displayName: string;
  role: Role;
  description: string;
  agencyName: string;
  adminUnitName: string;
}

/** The demo loader's accounts that are still active, in the loader's order; [] in real use. */
export async function listDemoAccountViews(db: Executor): Promise<DemoAccountView[]> {
  const rows = await db
    .selectFrom('demo_accounts as d')
    .innerJoin('users as u', 'u.id', 'd.user_id')
    .innerJoin('agencies as a', 'a.id', 'u.agency_id')
    .innerJoin('admin_units as au', 'au.id', 'a.admin_unit_id')
    .where('u.active', '=', true)
    .select([
      'u.username as username',
      'u.display_name as displayName',
      'u.role as role',
      'd.description as description',
      'a.name as agencyName',
      'au.name as adminUnitName',
    ])
    .orderBy('d.position')
    .execute();
  return rows.map((row) => ({ ...row, role: row.role as Role }));
}
