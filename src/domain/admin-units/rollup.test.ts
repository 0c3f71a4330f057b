import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AdminUnitIndex } from './admin-unit-index.ts';
import { buildRollupMap, rollUpValues } from './rollup.ts';
import { sampleMap } from './test-fixtures.ts';
import type { AdminUnit, AdminUnitSuccession } from './types.ts';

const { units, successions } = sampleMap();
const index = new AdminUnitIndex(units, successions);
const forward = buildRollupMap(index, { fromDate: '2024-01-01', toDate: '2026-01-01' });
const values = (entries: Record<string, number>) => new Map(Object.entries(entries));
const sorted = (map: Map<string, number>) => Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : 1)));

describe('buildRollupMap', () => {
  it('maps merged communes with weight 1 onto their new commune', () => {
    expect(forward.get('OC1')).toEqual([{ toUnitId: 'C1', weight: 1, apportioned: false }]);
    expect(forward.get('OC2')).toEqual([{ toUnitId: 'C1', weight: 1, apportioned: false }]);
  });

  it('apportions a split commune by its shares', () => {
    expect(forward.get('OC3')).toEqual([
      { toUnitId: 'C1', weight: 0.5, apportioned: true },
      { toUnitId: 'C2', weight: 0.5, apportioned: true },
    ]);
  });

  it('shares a district among new communes by where its old communes went', () => {
    // OD: OC1, OC2 → C1; OC3 half to each; OC4 → C2: C1 2.5/4, C2 1.5/4.
    expect(forward.get('OD')).toEqual([
      { toUnitId: 'C1', weight: 0.625, apportioned: true },
      { toUnitId: 'C2', weight: 0.375, apportioned: true },
    ]);
    expect(forward.get('OE')).toEqual([{ toUnitId: 'C3', weight: 1, apportioned: false }]);
  });

  it('lifts an old province onto new provinces by where its communes went', () => {
    // OP's five communes: four into P, one (OC5) into Q.
    expect(forward.get('OP')).toEqual([
      { toUnitId: 'P', weight: 0.8, apportioned: true },
      { toUnitId: 'Q', weight: 0.2, apportioned: true },
    ]);
  });

  it('covers only units valid on fromDate, optionally of one level', () => {
    expect(forward.has('C1')).toBe(false);
    const communes = buildRollupMap(index, { fromDate: '2024-01-01', toDate: '2026-01-01', level: 'commune' });
    expect([...communes.keys()].sort()).toEqual(['OC1', 'OC2', 'OC3', 'OC4', 'OC5']);
  });

  it('maps units valid on both dates onto themselves', () => {
    const same = buildRollupMap(index, { fromDate: '2026-01-01', toDate: '2027-01-01' });
    expect(same.get('C1')).toEqual([{ toUnitId: 'C1', weight: 1, apportioned: false }]);
  });

  it('spreads a new unit equally over its predecessors when rolling back in time', () => {
    const backward = buildRollupMap(index, { fromDate: '2026-01-01', toDate: '2024-01-01', level: 'commune' });
    expect(backward.get('C2')).toEqual([
      { toUnitId: 'OC3', weight: 0.5, apportioned: true },
      { toUnitId: 'OC4', weight: 0.5, apportioned: true },
    ]);
    expect(backward.get('C3')).toEqual([{ toUnitId: 'OC5', weight: 1, apportioned: false }]);
  });

  it('maps a unit without successors to nothing', () => {
    const orphan: AdminUnit = {
      id: 'X',
      code: null,
      name: 'Xã Mất',
      fullName: 'Xã Mất',
      level: 'commune',
      parentId: null,
      validFrom: null,
      validTo: '2025-07-01',
    };
    const map = buildRollupMap(new AdminUnitIndex([orphan], []), { fromDate: '2024-01-01', toDate: '2026-01-01' });
    expect(map.get('X')).toEqual([]);
  });
});

describe('rollUpValues', () => {
  it('sums two old communes merged into one new commune', () => {
    expect(sorted(rollUpValues(forward, values({ OC1: 120, OC2: 80 })))).toEqual({ C1: 200 });
  });

  it('apportions a split commune 50/50', () => {
    expect(sorted(rollUpValues(forward, values({ OC3: 300 })))).toEqual({ C1: 150, C2: 150 });
  });

  it('rolls an old district onto the new communes', () => {
    expect(sorted(rollUpValues(forward, values({ OD: 800 })))).toEqual({ C1: 500, C2: 300 });
  });

  it('rolls every old commune of a province onto the new map with the same total', () => {
    const old = values({ OC1: 10, OC2: 20, OC3: 30, OC4: 40, OC5: 50 });
    const rolled = rollUpValues(forward, old);
    expect(sorted(rolled)).toEqual({ C1: 45, C2: 55, C3: 50 });
    const total = [...rolled.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(150);
    // The province roll-up equals the sum of its new communes' rolled values.
    const byProvince = rollUpValues(
      buildRollupMap(index, { fromDate: '2026-01-01', toDate: '2026-01-01', level: 'commune' }),
      rolled,
    );
    expect((byProvince.get('C1') ?? 0) + (byProvince.get('C2') ?? 0)).toBe(100);
  });

  it('rolls a whole old province onto the new province as a sum', () => {
    const merged = new AdminUnitIndex(
      units,
      successions.map((link) => (link.predecessorId === 'OC5' ? { ...link, successorId: 'C2' } : link)),
    );
    const map = buildRollupMap(merged, { fromDate: '2024-01-01', toDate: '2026-01-01', level: 'province' });
    expect(map.get('OP')).toEqual([{ toUnitId: 'P', weight: 1, apportioned: false }]);
    expect(sorted(rollUpValues(map, values({ OP: 1234 })))).toEqual({ P: 1234 });
  });

  it('ignores values of units the map does not know', () => {
    expect(rollUpValues(forward, values({ nowhere: 5 })).size).toBe(0);
  });
});

describe('buildRollupMap properties', () => {
  it('keeps totals for any way old communes merge or split into new ones', () => {
    const scenario = fc.record({
      targets: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 5 }), {
        minLength: 1,
        maxLength: 12,
      }),
      amounts: fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 12, maxLength: 12 }),
    });
    fc.assert(
      fc.property(scenario, ({ targets, amounts }) => {
        const base = { code: null, validFrom: null, validTo: null };
        const all: AdminUnit[] = [
          {
            ...base,
            id: 'OD',
            name: 'Huyện',
            fullName: 'Huyện',
            level: 'district',
            parentId: null,
            validTo: '2025-07-01',
          },
        ];
        for (let n = 0; n < 5; n++)
          all.push({
            ...base,
            id: `N${n}`,
            name: `Xã ${n}`,
            fullName: `Xã ${n}`,
            level: 'commune',
            parentId: null,
            validFrom: '2025-07-01',
          });
        const links: AdminUnitSuccession[] = [];
        targets.forEach((to, i) => {
          all.push({
            ...base,
            id: `O${i}`,
            name: `Xã cũ ${i}`,
            fullName: `Xã cũ ${i}`,
            level: 'commune',
            parentId: 'OD',
            validTo: '2025-07-01',
          });
          for (const n of to)
            links.push({
              predecessorId: `O${i}`,
              successorId: `N${n}`,
              kind: to.length > 1 ? 'split' : 'merged',
              share: 1 / to.length,
              apportioned: to.length > 1,
            });
        });
        const map = buildRollupMap(new AdminUnitIndex(all, links), { fromDate: '2024-01-01', toDate: '2026-01-01' });
        for (const targetsOf of map.values()) expect(targetsOf.reduce((sum, t) => sum + t.weight, 0)).toBeCloseTo(1, 9);
        const old = new Map(targets.map((_, i) => [`O${i}`, amounts[i]!]));
        const total = [...old.values()].reduce((a, b) => a + b, 0);
        const rolled = [...rollUpValues(map, old).values()].reduce((a, b) => a + b, 0);
        expect(rolled).toBeCloseTo(total, 6);
        const districtRolled = [...rollUpValues(map, new Map([['OD', total]])).values()].reduce((a, b) => a + b, 0);
        expect(districtRolled).toBeCloseTo(total, 6);
      }),
      { numRuns: 200 },
    );
  });
});
