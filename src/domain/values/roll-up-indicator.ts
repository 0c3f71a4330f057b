// An indicator for one unit and period on the map of a date ("as of"): the values of the
// leaf communes under the unit on that date, each gathered from what was reported for it and
// for the units it came from (or, on an old map, went to) through the succession map of
// rollup.ts — merges sum, splits take their recorded shares, an old district's own figure is
// spread over its communes. Counts sum; a rate is sum(numerator) / sum(denominator) × factor
// over the communes that reported both (computeIndicator), never an average of rates.
import type { AdminUnitIndex } from '../admin-units/admin-unit-index.ts';
import { buildRollupMap, type RollupMap, type RollupTarget } from '../admin-units/rollup.ts';
import type { AdminUnit, IsoDate } from '../admin-units/types.ts';
import { aggregateDataElement, computeIndicator } from '../indicators/compute-indicator.ts';
import type { DataElement, DataValue, Indicator } from '../indicators/types.ts';
import { addDays } from '../periods/iso-dates.ts';

/** One stored value of the period and disaggregation asked for. */
export interface SourceValue {
  dataElementId: string;
  unitId: string;
  value: number;
}

export interface UnitRollup {
  unitId: string;
  name: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** Every data element of the indicator has a figure here. */
  reported: boolean;
  /** Some of the figures were apportioned (a split, a district spread over its communes). */
  apportioned: boolean;
}

export interface IndicatorRollup {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  coverage: { reported: number; expected: number };
  byUnit: UnitRollup[];
}

/** The indicator's data elements: [count] or [numerator, denominator]. */
export function indicatorElementIds(indicator: Indicator): string[] {
  const formula = indicator.formula;
  return formula.kind === 'count' ? [formula.dataElement] : [formula.numerator, formula.denominator];
}

/** The communes under `rootUnitId` on the date (the root itself when it is one). */
export function leafUnitsAsOf(index: AdminUnitIndex, rootUnitId: string, asOf: IsoDate): AdminUnit[] {
  const subtree = index.subtreeAsOf(rootUnitId, asOf);
  const communes = subtree.filter((unit) => unit.level === 'commune');
  if (communes.length > 0) return communes;
  return subtree.length > 0 && index.countChildrenAsOf(rootUnitId, asOf) === 0 ? [subtree[0]!] : [];
}

/**
 * Every unit whose values may land on the leaves: the leaves, the units they were formed from
 * (transitively) with the old districts those lay in, and the units they became (for old maps).
 */
export function rollupSourceUnitIds(index: AdminUnitIndex, leaves: readonly AdminUnit[]): Set<string> {
  const found = new Set<string>();
  const walk = (id: string, direction: 'back' | 'forward') => {
    const links = direction === 'back' ? index.predecessors(id) : index.successors(id);
    for (const link of links) {
      if (found.has(link.unit.id)) continue;
      found.add(link.unit.id);
      for (const ancestor of index.ancestors(link.unit.id)) if (ancestor.level === 'district') found.add(ancestor.id);
      walk(link.unit.id, direction);
    }
  };
  for (const leaf of leaves) {
    found.add(leaf.id);
    // On an old map the leaf's own district may have reported for all of its communes.
    for (const ancestor of index.ancestors(leaf.id)) if (ancestor.level === 'district') found.add(ancestor.id);
    walk(leaf.id, 'back');
    walk(leaf.id, 'forward');
  }
  return found;
}

export interface RollUpIndicatorInput {
  index: AdminUnitIndex;
  indicator: Indicator;
  dataElements: readonly DataElement[];
  leaves: readonly AdminUnit[];
  asOf: IsoDate;
  values: readonly SourceValue[];
  /**
   * Where each unit's values go on the map of `asOf` (createRollupTargets). Servers pass one
   * kept between requests: its maps walk every unit of the index (~50 ms on the reference map).
   * Default: made for this call.
   */
  rollupTargetsOf?: RollupTargetsOf | undefined;
}

/** A unit and the units of `asOf` its values go to (itself when it is valid then). */
export interface UnitRollupTargets {
  unit: AdminUnit;
  targets: readonly RollupTarget[];
}

export type RollupTargetsOf = (unitId: string) => UnitRollupTargets | undefined;

/**
 * Each unit's targets on the map of `asOf`, worked out on first use and remembered: the
 * buildRollupMap of each date an old unit was last (or first) valid on, built once.
 */
export function createRollupTargets(index: AdminUnitIndex, asOf: IsoDate): RollupTargetsOf {
  const maps = new Map<IsoDate, RollupMap>();
  const known = new Map<string, UnitRollupTargets | undefined>();
  const mapFrom = (fromDate: IsoDate) => {
    let map = maps.get(fromDate);
    if (!map) {
      map = buildRollupMap(index, { fromDate, toDate: asOf });
      maps.set(fromDate, map);
    }
    return map;
  };
  const resolve = (unit: AdminUnit): readonly RollupTarget[] => {
    if (index.isValidOn(unit, asOf)) {
      const communes =
        unit.level === 'commune' ? [] : index.subtreeAsOf(unit.id, asOf).filter((child) => child.level === 'commune');
      if (communes.length === 0) return [{ toUnitId: unit.id, weight: 1, apportioned: false }];
      // A district on its own map: its figure is shared equally by its communes of that date.
      return communes.map((commune) => ({ toUnitId: commune.id, weight: 1 / communes.length, apportioned: true }));
    }
    // A date the unit was valid on: its last day, or its first when it came later.
    const fromDate = unit.validTo !== null && unit.validTo <= asOf ? addDays(unit.validTo, -1) : unit.validFrom;
    if (fromDate === null) return [];
    return mapFrom(fromDate).get(unit.id) ?? [];
  };
  return (unitId) => {
    if (known.has(unitId)) return known.get(unitId);
    const unit = index.get(unitId);
    const found = unit ? { unit, targets: resolve(unit) } : undefined;
    known.set(unitId, found);
    return found;
  };
}

export function rollUpIndicator(input: RollUpIndicatorInput): IndicatorRollup {
  const { index, indicator, dataElements, leaves, asOf } = input;
  const leafIds = new Set(leaves.map((leaf) => leaf.id));
  const targetsOf = input.rollupTargetsOf ?? createRollupTargets(index, asOf);
  // An old district's own figure counts only where none of its communes reported that element.
  const reportedUnder = new Map<string, Set<string>>();
  for (const row of input.values) {
    const parentId = targetsOf(row.unitId)?.unit.parentId;
    if (!parentId) continue;
    const parents = reportedUnder.get(row.dataElementId);
    if (parents) parents.add(parentId);
    else reportedUnder.set(row.dataElementId, new Set([parentId]));
  }
  const sums = new Map<string, Map<string, { value: number; apportioned: boolean }>>();
  for (const row of input.values) {
    const found = targetsOf(row.unitId);
    if (!found || !Number.isFinite(row.value)) continue;
    if (found.unit.level !== 'commune' && reportedUnder.get(row.dataElementId)?.has(found.unit.id)) continue;
    for (const target of found.targets) {
      if (!leafIds.has(target.toUnitId)) continue;
      let byElement = sums.get(target.toUnitId);
      if (!byElement) {
        byElement = new Map();
        sums.set(target.toUnitId, byElement);
      }
      const sum = byElement.get(row.dataElementId);
      if (sum) {
        sum.value += row.value * target.weight;
        sum.apportioned ||= target.apportioned;
      } else {
        byElement.set(row.dataElementId, { value: row.value * target.weight, apportioned: target.apportioned });
      }
    }
  }
  const elementIds = indicatorElementIds(indicator);
  const complete: DataValue[] = [];
  const byUnit = leaves.map((leaf): UnitRollup => {
    const byElement = sums.get(leaf.id) ?? new Map();
    const values: DataValue[] = [...byElement].map(([dataElementId, sum]) => ({
      dataElementId,
      unitId: leaf.id,
      period: 'p',
      value: sum.value,
    }));
    const reported = elementIds.every((id) => byElement.has(id));
    if (reported) complete.push(...values);
    return {
      unitId: leaf.id,
      name: leaf.name,
      ...figures(indicator, values, dataElements),
      reported,
      apportioned: [...byElement.values()].some((sum) => sum.apportioned),
    };
  });
  return {
    ...figures(indicator, complete, dataElements),
    coverage: { reported: byUnit.filter((unit) => unit.reported).length, expected: leaves.length },
    byUnit,
  };
}

function figures(indicator: Indicator, values: readonly DataValue[], dataElements: readonly DataElement[]) {
  const formula = indicator.formula;
  const value = computeIndicator(indicator, values, dataElements);
  if (formula.kind === 'count') return { value, numerator: value, denominator: null };
  return {
    value,
    numerator: aggregateDataElement(formula.numerator, values, dataElements),
    denominator: aggregateDataElement(formula.denominator, values, dataElements),
  };
}
