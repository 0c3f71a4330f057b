// The resolver's view of a plan's unit: the agencies of the unit, its ancestors and the
// units linked to them across the 2025 reform, plus every successor of those agencies,
// the same candidates GET /api/agencies/resolve uses (without a user's scope: the plan's
// own unit decides).
import type { PlanAgencyContext } from '../../domain/extraction/resolve-plan-agencies.ts';
import type { AgencyCandidate } from '../../domain/agencies/types.ts';
import { findLinkedUnitIds, loadAgencyRecords, type AgencyRecord } from '../agencies/repository.ts';
import type { AppContext } from '../context.ts';

function toCandidate(record: AgencyRecord): AgencyCandidate {
  return {
    id: record.id,
    name: record.name,
    shortName: record.shortName,
    type: record.type,
    aliases: record.aliases,
    adminUnit: record.adminUnit,
    validFrom: record.validFrom,
    validTo: record.validTo,
    successors: record.successors,
  };
}

export async function buildAgencyContext(ctx: AppContext, adminUnitId: string, date: string): Promise<PlanAgencyContext | null> {
  const index = await ctx.adminUnits.get();
  if (!index.get(adminUnitId)) return null;
  const ancestors = index.ancestors(adminUnitId).map((unit) => unit.id).reverse();
  const related = await findLinkedUnitIds(ctx.db, [adminUnitId, ...ancestors]);
  const records = new Map((await loadAgencyRecords(ctx.db)).map((record) => [record.id, record]));
  const wanted = new Set([adminUnitId, ...ancestors, ...related]);
  const chosen = new Map<string, AgencyRecord>();
  for (const record of records.values()) if (wanted.has(record.adminUnit.id)) chosen.set(record.id, record);
  const queue = [...chosen.values()];
  while (queue.length > 0) {
    for (const link of queue.pop()?.successors ?? []) {
      const successor = records.get(link.id);
      if (successor && !chosen.has(successor.id)) {
        chosen.set(successor.id, successor);
        queue.push(successor);
      }
    }
  }
  return {
    adminUnitId,
    date,
    candidates: [...chosen.values()].map(toCandidate),
    options: { ancestorUnitIds: ancestors, relatedUnitIds: related },
  };
}
