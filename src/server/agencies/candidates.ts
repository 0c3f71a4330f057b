// The agencies the resolver chooses among, for GET /api/agencies/resolve and for the
// agencies named in an uploaded plan.
import type { AgencyCandidate } from '../../domain/agencies/types.ts';
import type { AgencyRecord } from './repository.ts';

export function toCandidate(record: AgencyRecord): AgencyCandidate {
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

/**
 * The agencies of these units plus every successor of them, however many steps on:
 * successors of matched bodies must be present for the resolver to name today's bodies.
 */
export function agenciesWithSuccessors(
  catalogue: ReadonlyMap<string, AgencyRecord>,
  unitIds: ReadonlySet<string>,
): AgencyRecord[] {
  const chosen = new Map<string, AgencyRecord>();
  for (const record of catalogue.values()) if (unitIds.has(record.adminUnit.id)) chosen.set(record.id, record);
  const queue = [...chosen.values()];
  while (queue.length > 0) {
    for (const link of queue.pop()?.successors ?? []) {
      const successor = catalogue.get(link.id);
      if (successor && !chosen.has(successor.id)) {
        chosen.set(successor.id, successor);
        queue.push(successor);
      }
    }
  }
  return [...chosen.values()];
}
