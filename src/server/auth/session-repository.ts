import type { Executor } from '../users/repository.ts';
import type { Role } from '../../domain/access/roles.ts';

export interface SessionRecord {
  idHash: string;
  csrfToken: string;
  expiresAt: Date;
  lastSeenAt: Date;
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  agencyId: string;
  agencyName: string;
  adminUnitId: string;
  adminUnitName: string;
  adminUnitLevel: 'province' | 'district' | 'commune';
}

export interface NewSession {
  idHash: string;
  userId: string;
  csrfToken: string;
  at: Date;
  expiresAt: Date;
}

export async function insertSession(db: Executor, session: NewSession): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id_hash: session.idHash,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      created_at: session.at,
      expires_at: session.expiresAt,
      last_seen_at: session.at,
    })
    .execute();
}

/** The session with its user, agency and unit in one round trip; only active users. */
export async function findActiveSession(db: Executor, idHash: string): Promise<SessionRecord | null> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .innerJoin('agencies as a', 'a.id', 'u.agency_id')
    .innerJoin('admin_units as au', 'au.id', 'a.admin_unit_id')
    .select([
      's.id_hash as idHash',
      's.csrf_token as csrfToken',
      's.expires_at as expiresAt',
      's.last_seen_at as lastSeenAt',
      'u.id as userId',
      'u.username as username',
      'u.display_name as displayName',
      'u.role as role',
      'u.agency_id as agencyId',
      'a.name as agencyName',
      'au.id as adminUnitId',
      'au.name as adminUnitName',
      'au.level as adminUnitLevel',
    ])
    .where('s.id_hash', '=', idHash)
    .where('u.active', '=', true)
    .executeTakeFirst();
  if (!row) return null;
  const record = row as Record<string, unknown>;
  return {
    ...(record as unknown as SessionRecord),
    expiresAt: new Date(record.expiresAt as Date | string),
    lastSeenAt: new Date(record.lastSeenAt as Date | string),
  };
}

export async function extendSession(db: Executor, idHash: string, at: Date, expiresAt: Date): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: at, expires_at: expiresAt })
    .where('id_hash', '=', idHash)
    .execute();
}

export async function deleteSession(db: Executor, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

/** Ends every session of a user, or every one but `exceptIdHash` (the caller's own). */
export async function deleteSessionsOfUser(db: Executor, userId: string, exceptIdHash?: string): Promise<number> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptIdHash !== undefined) query = query.where('id_hash', '<>', exceptIdHash);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Housekeeping: expired rows are useless; removed opportunistically at login. */
export async function deleteExpiredSessions(db: Executor, now: Date): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
}
