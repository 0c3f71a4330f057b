import type { AdminUnitIndex } from '../../domain/admin-units/admin-unit-index.ts';

/**
 * Where an actor may look: every unit (admins, the system actor) or the subtree of one
 * root unit together with the history that rolled into it. Computed once per request
 * (the session hook puts it on the actor) and handed to policies and repositories.
 * Repositories filter by `rootUnitId` through the `admin_unit_scopes` join, never by
 * passing `unitIds` into a query.
 */
export type Scope =
  | { readonly all: true }
  | { readonly all: false; readonly rootUnitId: string; readonly unitIds: ReadonlySet<string> };

export const everywhere: Scope = Object.freeze({ all: true });

export function computeScope(index: AdminUnitIndex, role: string, rootUnitId: string): Scope {
  if (role === 'admin') return everywhere;
  return { all: false, rootUnitId, unitIds: index.scopeUnitIds(rootUnitId) };
}

export function scopeIncludes(scope: Scope, unitId: string): boolean {
  return scope.all || scope.unitIds.has(unitId);
}
