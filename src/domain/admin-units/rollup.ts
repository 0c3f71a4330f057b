// The map used to roll data reported for the units of one date onto the units of
// another: merges sum, splits apportion by share, districts and provinces go through
// their communes.
import type { AdminUnitIndex } from './admin-unit-index.ts';
import type { AdminLevel, AdminUnit, IsoDate } from './types.ts';

export interface RollupTarget {
  toUnitId: string;
  /** Part of the source value that goes to the target; a source's weights sum to 1. */
  weight: number;
  /** True when the weight is an assumption (split, or a district shared among communes). */
  apportioned: boolean;
}

export type RollupMap = Map<string, RollupTarget[]>;

export interface RollupOptions {
  fromDate: IsoDate;
  toDate: IsoDate;
  /** Only source units of this level. */
  level?: AdminLevel | undefined;
}

type Weights = Map<string, number>;

/**
 * For every unit valid on fromDate, where its values go among the units valid on toDate.
 * A unit with no counterpart (no succession recorded) maps to [] and its values are lost
 * to the roll-up; callers can list such units from the map.
 */
export function buildRollupMap(index: AdminUnitIndex, options: RollupOptions): RollupMap {
  const memo = new Map<string, Weights>();
  const map: RollupMap = new Map();
  for (const unit of index.all()) {
    if (options.level && unit.level !== options.level) continue;
    if (!index.isValidOn(unit, options.fromDate)) continue;
    const weights = weightsFor(index, unit, options.toDate, memo, new Set());
    // Whatever way a value travels, it is an assumption exactly when it ends up shared
    // among several units (a split that merges back is exact again).
    const apportioned = weights.size > 1;
    // A single target takes the whole value; say 1 exactly rather than 1.0000000000000009.
    const targets = [...weights].map(([toUnitId, weight]) => ({
      toUnitId,
      weight: apportioned ? weight : 1,
      apportioned,
    }));
    targets.sort((a, b) => (a.toUnitId < b.toUnitId ? -1 : a.toUnitId > b.toUnitId ? 1 : 0));
    map.set(unit.id, targets);
  }
  return map;
}

function weightsFor(
  index: AdminUnitIndex,
  unit: AdminUnit,
  toDate: IsoDate,
  memo: Map<string, Weights>,
  visiting: Set<string>,
): Weights {
  const cached = memo.get(unit.id);
  if (cached) return cached;
  const result: Weights = new Map();
  if (index.isValidOn(unit, toDate)) {
    result.set(unit.id, 1);
    memo.set(unit.id, result);
    return result;
  }
  if (visiting.has(unit.id)) return result;
  visiting.add(unit.id);
  const forward = unit.validTo !== null && unit.validTo <= toDate;
  const communes =
    unit.level === 'commune' ? [] : index.descendants(unit.id).filter((child) => child.level === 'commune');
  if (forward && communes.length > 0) {
    // A district or province: each of its old communes carries an equal part, and the
    // result is lifted to the province level when the source is a province.
    const part = 1 / communes.length;
    for (const child of communes) {
      for (const [targetId, weight] of weightsFor(index, child, toDate, memo, visiting)) {
        const liftedId = unit.level === 'province' ? provinceOf(index, targetId) : targetId;
        add(result, liftedId, weight * part);
      }
    }
  } else {
    const links = forward ? index.successors(unit.id) : index.predecessors(unit.id);
    // Going back in time a new unit's value is spread equally over the units it came from.
    const backwardShare = links.length > 0 ? 1 / links.length : 0;
    for (const link of links) {
      const share = forward ? link.share : backwardShare;
      for (const [targetId, weight] of weightsFor(index, link.unit, toDate, memo, visiting))
        add(result, targetId, weight * share);
    }
  }
  visiting.delete(unit.id);
  memo.set(unit.id, result);
  return result;
}

function provinceOf(index: AdminUnitIndex, unitId: string): string {
  const unit = index.get(unitId);
  if (!unit || unit.level === 'province') return unitId;
  return index.ancestors(unitId).find((ancestor) => ancestor.level === 'province')?.id ?? unitId;
}

function add(weights: Weights, id: string, weight: number): void {
  weights.set(id, (weights.get(id) ?? 0) + weight);
}

/** Sums values onto the target units; values of units absent from the map are ignored. */
export function rollUpValues(map: RollupMap, values: ReadonlyMap<string, number>): Map<string, number> {
  const totals = new Map<string, number>();
  for (const [unitId, value] of values) {
    for (const target of map.get(unitId) ?? []) {
      totals.set(target.toUnitId, (totals.get(target.toUnitId) ?? 0) + value * target.weight);
    }
  }
  return totals;
}
