import type { AdminUnitIndex } from '../../domain/admin-units/admin-unit-index.ts';
import { computeScope } from '../access/scope.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { findCredentialsByUsername, findUserViewById, updateUserRow } from '../users/repository.ts';
import { presentMe, type Me } from '../users/schemas.ts';
import type { Actor } from './actor.ts';
import { assertPasswordAcceptable, hashPassword, verifyAgainstDummy, verifyPassword } from './passwords.ts';
import {
  deleteExpiredSessions,
  deleteSession,
  deleteSessionsOfUser,
  extendSession,
  findActiveSession,
  insertSession,
  type SessionRecord,
} from './session-repository.ts';
import { generateToken, hashToken } from './tokens.ts';

/** Sessions end after this long without a request. */
export const sessionIdleMs = 12 * 60 * 60 * 1000;
/** Writing last_seen_at on every request would turn every read into a write. */
const touchIntervalMs = 60 * 1000;

export const loginFailedMessage = 'Tên đăng nhập hoặc mật khẩu không đúng.';
export const accountDisabledMessage = 'Tài khoản này đã bị vô hiệu hoá. Hãy liên hệ quản trị viên.';

export interface LoginResult {
  token: string;
  csrfToken: string;
  user: Me;
}

export async function logIn(
  ctx: AppContext,
  input: { username: string; password: string; ip: string },
): Promise<LoginResult> {
  const username = input.username.trim().toLowerCase();
  const credentials = await findCredentialsByUsername(ctx.db, username);
  const passwordOk = credentials
    ? await verifyPassword(credentials.passwordHash, input.password)
    : await verifyAgainstDummy(input.password);

  if (!credentials || !passwordOk || !credentials.active) {
    await recordAudit(ctx.db, {
      actor: null,
      action: 'login_failed',
      entity: 'user',
      entityId: credentials?.id ?? username.slice(0, 100),
      after: {
        username: username.slice(0, 100),
        ip: input.ip,
        reason: !credentials ? 'unknown_user' : !passwordOk ? 'wrong_password' : 'inactive',
      },
    });
    // Only someone who knows the password learns that the account is disabled.
    if (credentials && passwordOk) throw new AppError(403, 'account_disabled', accountDisabledMessage);
    throw new AppError(401, 'invalid_credentials', loginFailedMessage, 'password');
  }

  const view = await findUserViewById(ctx.db, credentials.id);
  if (!view) throw new AppError(401, 'invalid_credentials', loginFailedMessage, 'password');

  const token = generateToken();
  const csrfToken = generateToken();
  const at = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await deleteExpiredSessions(trx, at);
    await insertSession(trx, {
      idHash: hashToken(token),
      userId: view.id,
      csrfToken,
      at,
      expiresAt: new Date(at.getTime() + sessionIdleMs),
    });
    await recordAudit(trx, {
      actor: { userId: view.id, displayName: view.displayName },
      action: 'login',
      entity: 'user',
      entityId: view.id,
      after: { ip: input.ip },
    });
  });
  return { token, csrfToken, user: presentMe(view) };
}

/**
 * The live session behind a cookie token, or null. Expired sessions are deleted; live
 * ones have their idle deadline pushed back (at most once a minute).
 */
export async function resolveSession(ctx: AppContext, token: string): Promise<SessionRecord | null> {
  const idHash = hashToken(token);
  const now = ctx.now();
  let session = ctx.sessions.get(idHash, now.getTime());
  if (!session) {
    const readToken = ctx.sessions.beginRead();
    session = await findActiveSession(ctx.db, idHash);
    if (!session) return null;
    ctx.sessions.put(session, readToken, now.getTime());
  }
  if (session.expiresAt.getTime() <= now.getTime()) {
    ctx.sessions.forget(idHash);
    await deleteSession(ctx.db, idHash);
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() >= touchIntervalMs) {
    const expiresAt = new Date(now.getTime() + sessionIdleMs);
    await extendSession(ctx.db, idHash, now, expiresAt);
    session.expiresAt = expiresAt;
    session.lastSeenAt = now;
  }
  return session;
}

export function toActor(session: SessionRecord, index: AdminUnitIndex): Actor {
  return {
    userId: session.userId,
    username: session.username,
    displayName: session.displayName,
    role: session.role,
    agencyId: session.agencyId,
    adminUnitId: session.adminUnitId,
    scope: computeScope(index, session.role, session.adminUnitId),
    sessionIdHash: session.idHash,
  };
}

export function presentSessionUser(session: SessionRecord): Me {
  return presentMe({ ...session, id: session.userId });
}

export async function logOut(ctx: AppContext, token: string, actor: Actor | null): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await deleteSession(trx, hashToken(token));
    if (actor) {
      await recordAudit(trx, {
        actor,
        action: 'logout',
        entity: 'user',
        entityId: actor.userId,
      });
    }
  });
  ctx.sessions.forget(hashToken(token));
}

export const wrongCurrentPasswordMessage = 'Mật khẩu hiện tại không đúng.';

/**
 * Any signed-in user changes their own password: the current one must be right; every
 * other session of theirs ends (a thief's included), the one making the change stays.
 */
export async function changeOwnPassword(
  ctx: AppContext,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
): Promise<{ endedSessions: number }> {
  const credentials = await findCredentialsByUsername(ctx.db, actor.username);
  if (!credentials || credentials.id !== actor.userId || !credentials.active)
    throw new AppError(401, 'unauthenticated', 'Bạn cần đăng nhập để tiếp tục.');
  if (!(await verifyPassword(credentials.passwordHash, input.currentPassword))) {
    throw new AppError(400, 'wrong_password', wrongCurrentPasswordMessage, 'currentPassword');
  }
  if (input.newPassword === input.currentPassword) {
    throw new AppError(400, 'same_password', 'Mật khẩu mới phải khác mật khẩu hiện tại.', 'newPassword');
  }
  assertPasswordAcceptable(input.newPassword, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  const result = await ctx.db.transaction().execute(async (trx) => {
    await updateUserRow(trx, actor.userId, { passwordHash }, ctx.now());
    const endedSessions = await deleteSessionsOfUser(trx, actor.userId, actor.sessionIdHash);
    await recordAudit(trx, {
      actor,
      action: 'password_change',
      entity: 'user',
      entityId: actor.userId,
      after: { passwordChanged: true, endedSessions },
    });
    return { endedSessions };
  });
  ctx.sessions.clear();
  return result;
}
