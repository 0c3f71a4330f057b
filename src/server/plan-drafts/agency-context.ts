// The resolver's view of a plan's unit: the agencies of the unit, its ancestors and the
// units linked to them across the 2025 reform, plus every successor of those agencies,
// the same candidates GET /api/agencies/resolve uses, limited to the actor's scope so that
// no foreign catalogue name reaches a draft.
import type { PlanAgencyContext } from '../../domain/extraction/resolve-plan-agencies.ts';
import { agenciesWithSuccessors, toCandidate } from '../agencies/candidates.ts';
import { findLinkedUnitIds, loadAgencyRecords } from '../agencies/repository.ts';
import { scopeIncludes, type Scope } from '../access/scope.ts';
import type { AppContext } from '../context.ts';

export async function buildAgencyContext(
  ctx: AppContext,
  scope: Scope,
  adminUnitId: string,
  date: string,
): Promise<PlanAgencyContext | null> {
  const index = await ctx.adminUnits.get();
  if (!index.get(adminUnitId)) return null;
  const ancestors = index
    .ancestors(adminUnitId)
    .map((unit) => unit.id)
    .reverse();
  const related = await findLinkedUnitIds(ctx.db, [adminUnitId, ...ancestors]);
  const records = new Map((await loadAgencyRecords(ctx.db)).map((record) => [record.id, record]));
  const wanted = new Set([adminUnitId, ...ancestors, ...related]);
  return {
    adminUnitId,
    date,
    candidates: agenciesWithSuccessors(records, wanted)
      .filter((record) => scopeIncludes(scope, record.adminUnit.id))
      .map(toCandidate),
    options: { ancestorUnitIds: ancestors, relatedUnitIds: related },
  };
}
