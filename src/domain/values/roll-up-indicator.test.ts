import { describe, expect, it } from 'vitest';
import { AdminUnitIndex } from '../admin-units/admin-unit-index.ts';
import { sampleMap } from '../admin-units/test-fixtures.ts';
import { seedCatalogue } from '../indicators/catalogue/index.ts';
import {
  indicatorElementIds,
  leafUnitsAsOf,
  rollUpIndicator,
  rollupSourceUnitIds,
  type SourceValue,
} from './roll-up-indicator.ts';

const { units, successions } = sampleMap();
const index = new AdminUnitIndex(units, successions);
const today = '2026-01-01';
const before = '2024-06-30';
const rate = seedCatalogue.indicators.find((indicator) => indicator.id === 'labour-trained-rate')!;
const count = seedCatalogue.indicators.find((indicator) => indicator.id === 'employment-new-jobs')!;
const num = 'labour-employed-trained';
const den = 'labour-employed';
const jobs = 'employment-new-jobs';

const v = (unitId: string, dataElementId: string, value: number): SourceValue => ({ unitId, dataElementId, value });

function rollUp(rootUnitId: string, asOf: string, values: SourceValue[], indicator = count) {
  const leaves = leafUnitsAsOf(index, rootUnitId, asOf);
  return rollUpIndicator({ index, indicator, dataElements: seedCatalogue.dataElements, leaves, asOf, values });
}
const byUnit = (result: ReturnType<typeof rollUp>) =>
  Object.fromEntries(result.byUnit.map((unit) => [unit.unitId, unit.value]));

describe('leafUnitsAsOf and rollupSourceUnitIds', () => {
  it('takes the communes under the unit on the date, or the commune itself', () => {
    // In the index's order of children (Vietnamese name order).
    expect(leafUnitsAsOf(index, 'P', today).map((unit) => unit.id)).toEqual(['C2', 'C1']);
    expect(leafUnitsAsOf(index, 'C1', today).map((unit) => unit.id)).toEqual(['C1']);
    expect(
      leafUnitsAsOf(index, 'OD', before)
        .map((unit) => unit.id)
        .sort(),
    ).toEqual(['OC1', 'OC2', 'OC3', 'OC4']);
    expect(leafUnitsAsOf(index, 'P', before)).toEqual([]);
  });

  it('reads the leaves, what they came from with its districts, and what they became', () => {
    const sources = rollupSourceUnitIds(index, leafUnitsAsOf(index, 'C1', today));
    expect([...sources].sort()).toEqual(['C1', 'OC1', 'OC2', 'OC3', 'OD']);
    const old = rollupSourceUnitIds(index, leafUnitsAsOf(index, 'OC3', before));
    expect([...old].sort()).toEqual(['C1', 'C2', 'OC3', 'OD']);
  });

  it('names the elements of a count and of a ratio', () => {
    expect(indicatorElementIds(count)).toEqual([jobs]);
    expect(indicatorElementIds(rate)).toEqual([num, den]);
  });
});

describe('rollUpIndicator', () => {
  it('sums counts over the communes of today', () => {
    const result = rollUp('P', today, [v('C1', jobs, 10), v('C2', jobs, 5), v('C3', jobs, 99)]);
    expect(result.value).toBe(15);
    expect(result.coverage).toEqual({ reported: 2, expected: 2 });
    expect(byUnit(result)).toEqual({ C1: 10, C2: 5 });
  });

  it('sums the old communes of a merge onto the new one', () => {
    const result = rollUp('C1', today, [v('OC1', jobs, 10), v('OC2', jobs, 20)]);
    expect(result.value).toBe(30);
    expect(result.byUnit[0]).toMatchObject({ unitId: 'C1', value: 30, reported: true, apportioned: false });
  });

  it('splits an old commune by its recorded shares, marked apportioned', () => {
    const result = rollUp('P', today, [v('OC3', jobs, 100)]);
    expect(byUnit(result)).toEqual({ C1: 50, C2: 50 });
    expect(result.byUnit.every((unit) => unit.apportioned)).toBe(true);
    expect(result.value).toBe(100);
  });

  it("spreads an old district's own figure over its communes only where none of them reported", () => {
    expect(rollUp('Q', today, [v('OE', jobs, 40)]).value).toBe(40);
    expect(rollUp('P', today, [v('OD', jobs, 1000), v('OC1', jobs, 10)]).value).toBe(10);
  });

  it("spreads an old district's own figure over its communes on the old map too", () => {
    const result = rollUp('OD', before, [v('OD', jobs, 400)]);
    expect(byUnit(result)).toEqual({ OC1: 100, OC2: 100, OC3: 100, OC4: 100 });
    expect(result.value).toBe(400);
    expect(result.byUnit.every((unit) => unit.apportioned)).toBe(true);
    expect(rollUp('OD', before, [v('OD', jobs, 400), v('OC1', jobs, 7)]).value).toBe(7);
  });

  it('recomputes a rate from summed numerators and denominators, never averaging rates', () => {
    // C1: 90/100 = 90 %, C2: 10/900 ≈ 1.1 %; their average would be 45.6 %.
    const result = rollUp('P', today, [v('C1', num, 90), v('C1', den, 100), v('C2', num, 10), v('C2', den, 900)], rate);
    expect(result.numerator).toBe(100);
    expect(result.denominator).toBe(1000);
    expect(result.value).toBeCloseTo(10, 10);
    expect(byUnit(result).C1).toBeCloseTo(90, 10);
  });

  it('counts coverage and leaves out communes that lack a numerator or a denominator', () => {
    const result = rollUp('P', today, [v('C1', num, 50), v('C1', den, 100), v('C2', den, 900)], rate);
    expect(result.coverage).toEqual({ reported: 1, expected: 2 });
    expect(result.value).toBe(50);
    expect(result.byUnit.find((unit) => unit.unitId === 'C2')).toMatchObject({ reported: false, value: null });
  });

  it('shows a series on the old map: old values as they are, new ones spread back over their predecessors', () => {
    const result = rollUp('OD', before, [v('OC1', jobs, 7), v('C2', jobs, 10)]);
    expect(byUnit(result)).toEqual({ OC1: 7, OC2: null, OC3: 5, OC4: 5 });
    expect(result.coverage).toEqual({ reported: 3, expected: 4 });
  });

  it('gives null, not zero, with no data', () => {
    const result = rollUp('P', today, [], rate);
    expect(result).toMatchObject({
      value: null,
      numerator: null,
      denominator: null,
      coverage: { reported: 0, expected: 2 },
    });
  });
});
