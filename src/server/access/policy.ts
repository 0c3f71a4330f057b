import type { FastifyRequest } from 'fastify';
import type { Actor, Role } from '../auth/actor.ts';
import type { AppContext } from '../context.ts';
import { forbidden, notFound, unauthenticated } from '../errors.ts';

/**
 * The shared access rules every route goes through:
 * - no session → 401;
 * - a role that may not do the action → 403;
 * - a record outside the actor's admin-unit subtree → 404, exactly as if it did not
 *   exist, so that nothing about foreign units leaks.
 * Admins see everything.
 */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthenticated();
  return request.actor;
}

export function requireRole(actor: Actor, allowed: readonly Role[]): void {
  if (!allowed.includes(actor.role)) throw forbidden();
}

/** All unit ids the actor may see, or 'all' for admins. */
export async function visibleUnitIds(ctx: AppContext, actor: Actor): Promise<ReadonlySet<string> | 'all'> {
  if (actor.role === 'admin') return 'all';
  const index = await ctx.adminUnits.get();
  return index.scopeUnitIds(actor.adminUnitId);
}

export async function canSeeUnit(ctx: AppContext, actor: Actor, unitId: string): Promise<boolean> {
  const visible = await visibleUnitIds(ctx, actor);
  return visible === 'all' || visible.has(unitId);
}

/** Throws a 404 naming `what` when the unit is outside the actor's scope. */
export async function requireUnitInScope(ctx: AppContext, actor: Actor, unitId: string, what: string): Promise<void> {
  if (!(await canSeeUnit(ctx, actor, unitId))) throw notFound(what);
}
