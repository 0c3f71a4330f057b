import type { AdminUnit } from '../../domain/admin-units/types.ts';
import { authorize } from '../access/policy.ts';
import type { Principal } from '../auth/actor.ts';
import type { AppContext } from '../context.ts';
import { dashboardPolicy } from './policy.ts';
import { countAgencies, countPlans, countUsersInScope } from './repository.ts';

export interface DashboardSummary {
  asOf: string;
  /** The scope's root unit; null for the whole country (admins). */
  scopeUnit: Pick<AdminUnit, 'id' | 'name' | 'level'> | null;
  /** Units in scope valid on asOf, by level (the root included). */
  unitsByLevel: { level: AdminUnit['level']; count: number }[];
  agencies: { current: number; total: number; byType: { type: string; count: number }[] };
  plans: number;
  /** Null when the actor may not list users. */
  users: number | null;
}

const levelOrder: readonly string[] = ['province', 'district', 'commune', 'village'];

/** Every figure of the dashboard, counted within the actor's scope as of `asOf`. */
export async function getDashboardSummary(
  ctx: Pick<AppContext, 'db' | 'adminUnits'>,
  actor: Principal,
  asOf: string,
): Promise<DashboardSummary> {
  authorize(actor, dashboardPolicy.canRead);
  const index = await ctx.adminUnits.get();
  const { scope } = actor;
  const byLevel = new Map<AdminUnit['level'], number>();
  const count = (unit: AdminUnit) => {
    if (index.isValidOn(unit, asOf)) byLevel.set(unit.level, (byLevel.get(unit.level) ?? 0) + 1);
  };
  if (scope.all) for (const unit of index.all()) count(unit);
  else
    for (const id of scope.unitIds) {
      const unit = index.get(id);
      if (unit) count(unit);
    }
  const [agencies, plans, users] = await Promise.all([
    countAgencies(ctx.db, scope, asOf),
    countPlans(ctx.db, scope),
    dashboardPolicy.canCountUsers(actor) ? countUsersInScope(ctx.db, scope) : Promise.resolve(null),
  ]);
  const root = scope.all ? undefined : index.get(scope.rootUnitId);
  return {
    asOf,
    scopeUnit: root ? { id: root.id, name: root.name, level: root.level } : null,
    unitsByLevel: [...byLevel]
      .sort(([a], [b]) => levelOrder.indexOf(a) - levelOrder.indexOf(b))
      .map(([level, n]) => ({ level, count: n })),
    agencies: {
      current: agencies.current,
      total: agencies.total,
      byType: [...agencies.currentByType].map(([type, n]) => ({ type, count: n })),
    },
    plans,
    users,
  };
}
