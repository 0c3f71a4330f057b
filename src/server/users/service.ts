import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { authorize, requireReferenced } from '../access/policy.ts';
import { findAgencyRefs } from '../agencies/repository.ts';
import { agencyPolicy } from '../agencies/policy.ts';
import type { Role } from '../../domain/access/roles.ts';
import type { Principal } from '../auth/actor.ts';
import { assertPasswordAcceptable, hashPassword } from '../auth/passwords.ts';
import type { SessionCache } from '../auth/session-cache.ts';
import { deleteSessionsOfUser } from '../auth/session-repository.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { badRequest, conflict, notFound } from '../errors.ts';
import { userPolicy } from './policy.ts';
import {
  findUserViewById,
  insertUser,
  listUserViews,
  updateUserRow,
  usernameExists,
  type UserRowChanges,
  type UserView,
} from './repository.ts';

export const duplicateUsernameMessage = 'Tên đăng nhập đã tồn tại.';
const userWhat = 'người dùng';

export interface NewUserInput {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  agencyId: string;
  email?: string | null | undefined;
}

export interface UserChangesInput {
  displayName?: string | undefined;
  role?: Role | undefined;
  agencyId?: string | undefined;
  password?: string | undefined;
  active?: boolean | undefined;
  email?: string | null | undefined;
}

/** Who acts: a signed-in admin, or the system actor (the CLI, the demo loader). */
type AuditActor = Principal;

interface ServiceDeps {
  db: Kysely<Database>;
  now: () => Date;
}

/** What the audit log keeps of a user: never the password hash. */
function auditSnapshot(view: UserView) {
  return {
    username: view.username,
    displayName: view.displayName,
    role: view.role,
    agencyId: view.agencyId,
    email: view.email,
    active: view.active,
  };
}

/** An agency named in the body: missing and out of the actor's scope give the same answer. */
async function requireAgencyInScope(deps: Pick<ServiceDeps, 'db'>, actor: Principal, agencyId: string): Promise<void> {
  const agency = (await findAgencyRefs(deps.db, [agencyId])).get(agencyId);
  requireReferenced(actor, agencyPolicy.canRead, agency, () =>
    badRequest(`Không có cơ quan với mã "${agencyId}".`, 'agencyId'),
  );
}

/** A page of users, sorted and paged in SQL. */
export async function listUsers(
  deps: Pick<ServiceDeps, 'db'>,
  actor: Principal,
  page: { limit: number; offset: number; q?: string | undefined } = { limit: 50, offset: 0 },
): Promise<{ items: UserView[]; total: number }> {
  authorize(actor, userPolicy.canList);
  const { rows, total } = await listUserViews(deps.db, page);
  return { items: rows, total };
}

export async function getUser(deps: Pick<ServiceDeps, 'db'>, actor: Principal, id: string): Promise<UserView> {
  const user = await findUserViewById(deps.db, id);
  authorize(actor, userPolicy.canRead, user, () => notFound(userWhat));
  return user;
}

export async function createUser(deps: ServiceDeps, input: NewUserInput, actor: AuditActor): Promise<UserView> {
  authorize(actor, userPolicy.canCreate);
  const username = input.username.trim().toLowerCase();
  assertPasswordAcceptable(input.password);
  if (await usernameExists(deps.db, username)) throw conflict(duplicateUsernameMessage, 'username');
  await requireAgencyInScope(deps, actor, input.agencyId);
  const passwordHash = await hashPassword(input.password);
  const id = randomUUID();
  try {
    return await deps.db.transaction().execute(async (trx) => {
      await insertUser(trx, {
        id,
        username,
        displayName: input.displayName.trim(),
        passwordHash,
        role: input.role,
        agencyId: input.agencyId,
        email: input.email ?? null,
        at: deps.now(),
      });
      const created = await findUserViewById(trx, id);
      if (!created) throw new Error('user vanished inside its own transaction');
      await recordAudit(trx, { actor, action: 'create', entity: 'user', entityId: id, after: auditSnapshot(created) });
      return created;
    });
  } catch (error) {
    // Two admins creating the same username at once: the unique index decides.
    if ((error as { code?: string }).code === '23505') throw conflict(duplicateUsernameMessage, 'username');
    throw error;
  }
}

export async function updateUser(
  deps: ServiceDeps & { sessions: Pick<SessionCache, 'clear'> },
  id: string,
  input: UserChangesInput,
  actor: AuditActor,
): Promise<UserView> {
  const before = await findUserViewById(deps.db, id);
  authorize(actor, userPolicy.canUpdate, before, () => notFound(userWhat));
  const changes: UserRowChanges = {};
  if (input.displayName !== undefined) changes.displayName = input.displayName.trim();
  if (input.role !== undefined) changes.role = input.role;
  if (input.active !== undefined) changes.active = input.active;
  if (input.email !== undefined) changes.email = input.email;
  if (input.agencyId !== undefined) {
    await requireAgencyInScope(deps, actor, input.agencyId);
    changes.agencyId = input.agencyId;
  }
  if (input.password !== undefined) {
    assertPasswordAcceptable(input.password);
    changes.passwordHash = await hashPassword(input.password);
  }
  // An admin locking themselves out would leave nobody able to undo it.
  if (actor.userId === id && (changes.active === false || (changes.role !== undefined && changes.role !== 'admin'))) {
    throw badRequest(
      'Bạn không thể tự vô hiệu hoá hoặc bỏ quyền quản trị của chính mình.',
      changes.active === false ? 'active' : 'role',
    );
  }

  const updated = await deps.db.transaction().execute(async (trx) => {
    await updateUserRow(trx, id, changes, deps.now());
    // A deactivated user, or one whose password was reset, must sign in again everywhere;
    // an admin resetting their own keeps only the session they are using.
    if (changes.active === false || changes.passwordHash !== undefined) {
      const own = !actor.system && actor.userId === id ? actor.sessionIdHash : undefined;
      await deleteSessionsOfUser(trx, id, own);
    }
    const after = await findUserViewById(trx, id);
    if (!after) throw new Error('user vanished inside its own transaction');
    await recordAudit(trx, {
      actor,
      action: 'update',
      entity: 'user',
      entityId: id,
      before: auditSnapshot(before),
      after: { ...auditSnapshot(after), ...(changes.passwordHash !== undefined ? { passwordChanged: true } : {}) },
    });
    return after;
  });
  // Sessions carry the user's role, agency and name: the next request reads them afresh.
  deps.sessions.clear();
  return updated;
}
