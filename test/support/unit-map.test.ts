import { describe, expect, it } from 'vitest';
import { seedAgencies } from '../../src/server/agencies/seed-agencies.ts';
import { mapAgencies, unitMap } from './unit-map.ts';

const byId = new Map(unitMap.units.map((unit) => [unit.id, unit]));
const levelOrder = { province: 0, district: 1, commune: 2 } as const;

describe('the test unit map', () => {
  it('has unique ids and parents listed before their children', () => {
    expect(byId.size).toBe(unitMap.units.length);
    const seen = new Set<string>();
    for (const unit of unitMap.units) {
      if (unit.parentId !== null) {
        expect(seen.has(unit.parentId), `${unit.id}'s parent ${unit.parentId}`).toBe(true);
        expect(levelOrder[byId.get(unit.parentId)!.level]).toBeLessThan(levelOrder[unit.level]);
      }
      seen.add(unit.id);
    }
  });

  it('has sane validity intervals, each inside its parent’s', () => {
    for (const unit of unitMap.units) {
      if (unit.validFrom !== null && unit.validTo !== null) expect(unit.validFrom < unit.validTo).toBe(true);
      if (unit.parentId === null) continue;
      const parent = byId.get(unit.parentId)!;
      if (parent.validFrom !== null) expect(unit.validFrom !== null && unit.validFrom >= parent.validFrom).toBe(true);
      if (parent.validTo !== null) expect(unit.validTo !== null && unit.validTo <= parent.validTo).toBe(true);
    }
  });

  it('links existing units only, each old unit ending where its successor starts', () => {
    const links = new Set<string>();
    for (const link of unitMap.successions) {
      const predecessor = byId.get(link.predecessorId);
      const successor = byId.get(link.successorId);
      expect(predecessor, link.predecessorId).toBeDefined();
      expect(successor, link.successorId).toBeDefined();
      expect(predecessor!.validTo).not.toBeNull();
      expect(successor!.validFrom).toBe(predecessor!.validTo);
      expect(link.share).toBeGreaterThan(0);
      expect(link.share).toBeLessThanOrEqual(1);
      const key = `${link.predecessorId}→${link.successorId}`;
      expect(links.has(key), key).toBe(false);
      links.add(key);
    }
  });

  it('holds a merge and a split, at province and commune level', () => {
    const successorsOf = (id: string) => unitMap.successions.filter((link) => link.predecessorId === id);
    const predecessorsOf = (id: string) => unitMap.successions.filter((link) => link.successorId === id);
    expect(predecessorsOf('t-c1').map((link) => [link.predecessorId, link.kind])).toEqual([
      ['t-oc1', 'merged'],
      ['t-oc2', 'merged'],
      ['t-oc3', 'split'],
    ]);
    expect(successorsOf('op-tinh-dong-thap').map((link) => [link.successorId, link.kind])).toEqual([
      ['p-82', 'merged'],
    ]);
    const split = unitMap.successions.filter((link) => link.kind === 'split');
    expect(split.length).toBeGreaterThan(0);
    expect(new Set(split.map((link) => byId.get(link.predecessorId)!.level))).toEqual(new Set(['district', 'commune']));
    // A commune split records shares that add up to the whole.
    const shares = successorsOf('t-oc3').map((link) => [link.successorId, link.share]);
    expect(shares).toEqual([
      ['t-c1', 0.4],
      ['t-c2', 0.6],
    ]);
    const levels = new Set(unitMap.units.map((unit) => unit.level));
    expect([...levels].sort()).toEqual(['commune', 'district', 'province']);
  });

  it('has a unit for every map agency and every seed agency', () => {
    for (const agency of [...Object.values(mapAgencies), ...seedAgencies])
      expect(byId.has(agency.adminUnitId), agency.id).toBe(true);
  });
});
