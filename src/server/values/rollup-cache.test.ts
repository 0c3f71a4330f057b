import { describe, expect, it } from 'vitest';
import { AdminUnitIndex } from '../../domain/admin-units/admin-unit-index.ts';
import { sampleMap } from '../../domain/admin-units/test-fixtures.ts';
import { seedCatalogue } from '../../domain/indicators/catalogue/index.ts';
import {
  leafUnitsAsOf,
  rollUpIndicator,
  rollupSourceUnitIds,
  type SourceValue,
} from '../../domain/values/roll-up-indicator.ts';
import { findRollupTargets, findRollupUnits } from './rollup-cache.ts';

const { units, successions } = sampleMap();
const jobs = seedCatalogue.indicators.find((indicator) => indicator.id === 'employment-new-jobs')!;
const today = '2026-01-01';
const values: SourceValue[] = [
  { dataElementId: 'employment-new-jobs', unitId: 'OC1', value: 10 },
  { dataElementId: 'employment-new-jobs', unitId: 'OC3', value: 100 },
  { dataElementId: 'employment-new-jobs', unitId: 'OD', value: 7 },
  { dataElementId: 'employment-new-jobs', unitId: 'C2', value: 1 },
];

describe('roll-up units and maps kept with the index', () => {
  it('gives the leaves and sources leafUnitsAsOf and rollupSourceUnitIds give, once per root and date', () => {
    const index = new AdminUnitIndex(units, successions);
    const first = findRollupUnits(index, 'P', today);
    const leaves = leafUnitsAsOf(index, 'P', today);
    expect(first.leaves).toEqual(leaves);
    expect([...first.sourceIds].sort()).toEqual([...rollupSourceUnitIds(index, leaves)].sort());
    expect(findRollupUnits(index, 'P', today)).toBe(first);
    expect(findRollupUnits(index, 'P', '2026-02-01')).not.toBe(first);
  });

  it('rolls up exactly as a map built for the call does, on every request', () => {
    const index = new AdminUnitIndex(units, successions);
    const leaves = leafUnitsAsOf(index, 'P', today);
    const input = { index, indicator: jobs, dataElements: seedCatalogue.dataElements, leaves, asOf: today, values };
    const built = rollUpIndicator(input);
    const source = findRollupTargets(index, today);
    expect(rollUpIndicator({ ...input, rollupTargetsOf: source })).toEqual(built);
    // The second request reuses the map of the first: the same function, the same answer.
    expect(findRollupTargets(index, today)).toBe(source);
    expect(rollUpIndicator({ ...input, rollupTargetsOf: findRollupTargets(index, today) })).toEqual(built);
    expect(built.value).toBe(111);
  });

  it('starts afresh for a new index: a changed map is never answered from the old one', () => {
    const before = new AdminUnitIndex(units, successions);
    const after = new AdminUnitIndex(
      units,
      // OC3 no longer split: all of it went to C1.
      successions
        .filter((link) => !(link.predecessorId === 'OC3' && link.successorId === 'C2'))
        .map((link) =>
          link.predecessorId === 'OC3' ? { ...link, kind: 'merged' as const, share: 1, apportioned: false } : link,
        ),
    );
    const roll = (index: AdminUnitIndex) =>
      rollUpIndicator({
        index,
        indicator: jobs,
        dataElements: seedCatalogue.dataElements,
        leaves: findRollupUnits(index, 'P', today).leaves,
        asOf: today,
        values,
        rollupTargetsOf: findRollupTargets(index, today),
      });
    const old = Object.fromEntries(roll(before).byUnit.map((unit) => [unit.unitId, unit.value]));
    const changed = Object.fromEntries(roll(after).byUnit.map((unit) => [unit.unitId, unit.value]));
    expect(findRollupTargets(after, today)).not.toBe(findRollupTargets(before, today));
    expect(changed.C1).toBe(110);
    expect(old.C1).toBe(60);
  });
});
