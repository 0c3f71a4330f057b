// What a roll-up derives from the admin-unit map alone, kept between requests: the leaves and
// source units of a (root, asOf) and where each unit's values go on the map of asOf. Both depend
// only on the index, so they are kept per index object: the AdminUnitIndexCache builds a new
// index after any change to units or successions, and the old one's entries go with it.
// Measured on the reference map (values.rollup bench): buildRollupMap walks every unit, ~50 ms
// a map; a province's leaves and sources ~3.5 ms; without this every request paid both.
import type { AdminUnitIndex } from '../../domain/admin-units/admin-unit-index.ts';
import type { AdminUnit, IsoDate } from '../../domain/admin-units/types.ts';
import {
  createRollupTargets,
  leafUnitsAsOf,
  type RollupTargetsOf,
  rollupSourceUnitIds,
} from '../../domain/values/roll-up-indicator.ts';

export interface RollupUnits {
  /** The communes under the root on asOf (leafUnitsAsOf). */
  leaves: readonly AdminUnit[];
  /** Every unit whose values may land on them (rollupSourceUnitIds), before any scope filter. */
  sourceIds: readonly string[];
}

interface IndexEntries {
  units: Map<string, RollupUnits>;
  targets: Map<IsoDate, RollupTargetsOf>;
}

/** Roots × dates and asOf dates kept per index; the oldest used goes first beyond that. */
const maxUnitEntries = 256;
const maxMapDates = 8;

const perIndex = new WeakMap<AdminUnitIndex, IndexEntries>();

function entriesOf(index: AdminUnitIndex): IndexEntries {
  let entries = perIndex.get(index);
  if (!entries) {
    entries = { units: new Map(), targets: new Map() };
    perIndex.set(index, entries);
  }
  return entries;
}

/** Map.get that also marks the entry as the most recently used, and drops the least beyond max. */
function remember<K, V>(map: Map<K, V>, key: K, max: number, build: () => V): V {
  const found = map.get(key);
  if (found !== undefined) {
    map.delete(key);
    map.set(key, found);
    return found;
  }
  const value = build();
  map.set(key, value);
  if (map.size > max) map.delete(map.keys().next().value as K);
  return value;
}

export function findRollupUnits(index: AdminUnitIndex, rootUnitId: string, asOf: IsoDate): RollupUnits {
  return remember(entriesOf(index).units, `${rootUnitId}|${asOf}`, maxUnitEntries, () => {
    const leaves = leafUnitsAsOf(index, rootUnitId, asOf);
    return { leaves, sourceIds: [...rollupSourceUnitIds(index, leaves)] };
  });
}

/** Each unit's targets on the map of asOf (its roll-up maps built on first use), kept with the index. */
export function findRollupTargets(index: AdminUnitIndex, asOf: IsoDate): RollupTargetsOf {
  return remember(entriesOf(index).targets, asOf, maxMapDates, () => createRollupTargets(index, asOf));
}
