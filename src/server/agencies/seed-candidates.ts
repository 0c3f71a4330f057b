// Resolver inputs built from the seed data module alone (no database): used by the bench
// and by pure tests that want the real seed vocabulary.
import type { ResolveAgencyOptions } from '../../domain/agencies/resolve-agency.ts';
import type { AgencyCandidate } from '../../domain/agencies/types.ts';
import { seedAgencies, seedSuccessions, seedUnits } from './seed-agencies.ts';

export function buildSeedCandidates(): AgencyCandidate[] {
  const unitById = new Map(seedUnits.map((unit) => [unit.id, unit]));
  return seedAgencies.map((agency) => {
    const unit = unitById.get(agency.adminUnitId);
    return {
      id: agency.id,
      name: agency.name,
      shortName: agency.shortName,
      type: agency.type,
      aliases: agency.aliases,
      adminUnit: { id: agency.adminUnitId, name: unit?.name ?? agency.adminUnitId, level: unit?.level ?? 'commune' },
      validFrom: agency.validFrom,
      validTo: agency.validTo,
      successors: seedSuccessions
        .filter((link) => link.predecessorId === agency.id)
        .map((link) => ({ id: link.successorId, note: link.note })),
    };
  });
}

/** Ancestors and reform-linked units of a seed unit, as the service computes them from admin_units. */
export function seedResolveContext(unitId: string): Pick<ResolveAgencyOptions, 'ancestorUnitIds' | 'relatedUnitIds'> {
  const unitById = new Map(seedUnits.map((unit) => [unit.id, unit]));
  const ancestors: string[] = [];
  let parent = unitById.get(unitId)?.parentId ?? null;
  while (parent !== null) {
    ancestors.push(parent);
    parent = unitById.get(parent)?.parentId ?? null;
  }
  const related = new Set<string>();
  for (const id of [unitId, ...ancestors]) {
    for (const successor of unitById.get(id)?.successorIds ?? []) related.add(successor);
    for (const unit of seedUnits) if (unit.successorIds.includes(id)) related.add(unit.id);
  }
  return { ancestorUnitIds: ancestors, relatedUnitIds: [...related] };
}
