import type { FastifyRequest } from 'fastify';
import { roles, type Role } from '../../domain/access/roles.ts';
import type { Actor, Principal } from '../auth/actor.ts';
import { forbidden, unauthenticated, type AppError } from '../errors.ts';

/**
 * The one way access is decided. Each entity has a policy module (src/server/<feature>/policy.ts)
 * of named abilities; a service starts each method with one `authorize` call:
 * - no session → 401 (`requireActor`, in the route, before anything else);
 * - a role that may never do the action → 403, before any record is looked at;
 * - a record outside the actor's scope → the same 404 as a missing record, so nothing
 *   about foreign units leaks.
 * Ids named in a body (an agency on a task, a unit, a user's agency) go through
 * `requireReferenced`: missing and out of scope give the same 400 on the field.
 * The system actor (CLI, demo import, jobs) has every role and the whole country in scope.
 */
export interface Ability<R = void> {
  (actor: Principal, record: R): boolean;
  /** The roles that may ever do this; everyone else is refused with 403. */
  readonly roles: readonly Role[];
}

export const everyRole: readonly Role[] = roles;
export const editorRoles: readonly Role[] = ['admin', 'planner'];
export const adminRoles: readonly Role[] = ['admin'];

/** Whether the actor's role may ever use the ability (the 403 half of it). */
export function roleAllows(actor: Principal, can: Pick<Ability<never>, 'roles'>): boolean {
  return actor.system === true || can.roles.includes(actor.role);
}

/**
 * An ability deciding role and scope together: `roles` that may ever do it, and the rule
 * for one record (scope, ownership). Called as a function it answers both at once.
 */
export function ability<R = void>(
  roles: readonly Role[],
  rule: (actor: Principal, record: R) => boolean = () => true,
): Ability<R> {
  const can = (actor: Principal, record: R) => roleAllows(actor, { roles }) && rule(actor, record);
  return Object.assign(can, { roles });
}

/** 401 without a session; the signed-in actor otherwise. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthenticated();
  return request.actor;
}

/**
 * Throws unless the actor may do this: 403 when the role may never, `missing()` (a 404)
 * when the record is absent or outside the rule (scope, ownership).
 */
export function authorize(actor: Principal, can: Ability<void>): void;
export function authorize<R>(
  actor: Principal,
  can: Ability<R>,
  record: R | null | undefined,
  missing: () => AppError,
): asserts record is R;
export function authorize<R>(actor: Principal, can: Ability<R>, record?: R | null, missing?: () => AppError): void {
  if (!roleAllows(actor, can)) throw forbidden();
  if (missing === undefined) {
    if (!can(actor, undefined as R)) throw forbidden();
    return;
  }
  if (record === null || record === undefined || !can(actor, record)) throw missing();
}

/**
 * For a record named in a body: missing and not allowed (usually: outside scope) are
 * the same refusal, so a body cannot probe which ids exist elsewhere.
 */
export function requireReferenced<R>(
  actor: Principal,
  can: Ability<R>,
  record: R | null | undefined,
  refused: () => AppError,
): asserts record is R {
  if (record === null || record === undefined || !can(actor, record)) throw refused();
}
