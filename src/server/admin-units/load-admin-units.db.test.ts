import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.ts';
import type { AdminUnitIndex } from '../../domain/admin-units/admin-unit-index.ts';
import { createAdminUnitIndexCache } from './admin-unit-index-cache.ts';
import { ensureAdminUnits } from './load-admin-units.ts';
import { syncAdminUnitScopes } from './unit-scopes.ts';

let database: TestDatabase;
let index: AdminUnitIndex;
let loadMs = 0;

beforeAll(async () => {
  database = await createTestDatabase();
  const start = performance.now();
  const first = await ensureAdminUnits(database.db);
  loadMs = performance.now() - start;
  expect(first.loaded).toBe(true);
  index = await createAdminUnitIndexCache(database.db).get();
});
afterAll(async () => {
  await database?.dispose();
});

const names = (units: { name: string }[]) => units.map((unit) => unit.name);

describe('ensureAdminUnits', () => {
  it('loads the current map: 34 provinces and 3,321 communes', async () => {
    const counts = await database.db
      .selectFrom('admin_units')
      .select(['level', (eb) => eb.fn.countAll<number>().as('count')])
      .where('valid_to', 'is', null)
      .groupBy('level')
      .execute();
    expect(Object.fromEntries(counts.map((row) => [row.level, Number(row.count)]))).toEqual({
      province: 34,
      commune: 3321,
    });
    expect(index.topUnitsAsOf('2026-01-01')).toHaveLength(34);
    expect(index.topUnitsAsOf('2024-01-01')).toHaveLength(63);
    console.info(`ensureAdminUnits: ${Math.round(loadMs)} ms for ${index.size} units`);
  });

  it('loads the five seed localities as old units', () => {
    expect(index.get('od-tinh-dong-thap.huyen-thap-muoi')?.name).toBe('Huyện Tháp Mười');
    expect(index.get('od-tinh-tra-vinh.huyen-cang-long')?.name).toBe('Huyện Càng Long');
    expect(index.get('od-thanh-pho-can-tho.huyen-phong-dien')?.name).toBe('Huyện Phong Điền');
    expect(index.get('od-thanh-pho-hue.thi-xa-phong-dien')?.name).toBe('Thị xã Phong Điền');
    expect(index.get('od-tinh-kon-tum.huyen-ngoc-hoi')?.name).toBe('Huyện Ngọc Hồi');
    expect(index.get('oc-00928')).toMatchObject({ name: 'Xã Thanh Thủy', code: '00928', validTo: '2025-07-01' });
    expect(index.ancestors('oc-00928').map((unit) => unit.name)).toEqual(['Tỉnh Hà Giang', 'Huyện Vị Xuyên']);
  });

  it('knows the units that succeeded them', () => {
    expect(names(index.successorsAsOf('od-tinh-dong-thap.huyen-thap-muoi', '2026-01-01'))).toEqual([
      'Xã Đốc Binh Kiều',
      'Xã Mỹ Quí',
      'Xã Phương Thịnh',
      'Xã Thanh Mỹ',
      'Xã Tháp Mười',
      'Xã Trường Xuân',
    ]);
    expect(
      index.successorsAsOf('od-tinh-dong-thap.huyen-thap-muoi', '2026-01-01').every((unit) => unit.parentId === 'p-82'),
    ).toBe(true);
    expect(names(index.successorsAsOf('od-tinh-tra-vinh.huyen-cang-long', '2026-01-01'))).toContain('Xã Càng Long');
    expect(
      index.successorsAsOf('od-tinh-tra-vinh.huyen-cang-long', '2026-01-01').every((unit) => unit.parentId === 'p-86'),
    ).toBe(true);
    expect(names(index.successorsAsOf('od-thanh-pho-can-tho.huyen-phong-dien', '2026-01-01'))).toContain(
      'Xã Phong Điền',
    );
    expect(names(index.successorsAsOf('od-thanh-pho-hue.thi-xa-phong-dien', '2026-01-01'))).toContain(
      'Phường Phong Điền',
    );
    expect(
      index.successorsAsOf('od-tinh-kon-tum.huyen-ngoc-hoi', '2026-01-01').every((unit) => unit.parentId === 'p-51'),
    ).toBe(true);
    expect(index.successorsAsOf('oc-00928', '2026-01-01').map((unit) => unit.id)).toEqual(['c-00928']);
    expect(index.successorsAsOf('op-tinh-dong-thap', '2026-01-01').map((unit) => unit.id)).toEqual(['p-82']);
    expect(index.get('c-30037')?.fullName).toBe('Xã Tháp Mười, Tỉnh Đồng Tháp');
  });

  it('writes one import audit row with the counts', async () => {
    const rows = await database.db.selectFrom('audit_log').selectAll().where('entity', '=', 'admin_units').execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'import', actor_user_id: null });
    expect(rows[0]?.after).toMatchObject({ currentProvinces: 34, currentCommunes: 3321, oldProvinces: 63 });
  });

  it('is idempotent', async () => {
    const before = await database.db
      .selectFrom('admin_units')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(await ensureAdminUnits(database.db)).toEqual({ loaded: false });
    const after = await database.db
      .selectFrom('admin_units')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    const audits = await database.db.selectFrom('audit_log').select('id').where('entity', '=', 'admin_units').execute();
    expect(audits).toHaveLength(1);
  });

  it('stores search_text folded so SQL can match without diacritics', async () => {
    const rows = await database.db
      .selectFrom('admin_units')
      .select('id')
      .where('search_text', 'like', 'xa thap muoi,%')
      .execute();
    expect(rows.map((row) => row.id)).toEqual(['c-30037']);
  });

  it('stores the scope of every unit in admin_unit_scopes, as the index computes it', async () => {
    const stored = async (root: string) =>
      (await database.db.selectFrom('admin_unit_scopes').select('unit_id').where('root_unit_id', '=', root).execute())
        .map((row) => row.unit_id)
        .sort();
    for (const root of ['p-82', 'c-30037', 'od-tinh-dong-thap.huyen-thap-muoi', 'op-tinh-dong-thap', 'oc-00928']) {
      expect(await stored(root), root).toEqual([...index.scopeUnitIds(root)].sort());
    }
    const audit = await database.db
      .selectFrom('audit_log')
      .select('after')
      .where('entity', '=', 'admin_units')
      .executeTakeFirstOrThrow();
    const rows = (audit.after as { scopeRows: number }).scopeRows;
    expect(rows).toBeGreaterThan(index.size);
    // Already in place: the next index load only counts.
    const again = await syncAdminUnitScopes(database.db, index);
    expect(again).toMatchObject({ filled: false, rows });
    // A table emptied (or from before the migration) is refilled on the next load.
    await database.db.deleteFrom('admin_unit_scopes').where('root_unit_id', '=', 'p-82').execute();
    const refill = await syncAdminUnitScopes(database.db, index);
    expect(refill).toMatchObject({ filled: true, rows });
    console.info(
      `admin_unit_scopes: ${rows} rows for ${index.size} units, refilled in ${Math.round(refill.ms)} ms, checked in ${Math.round(again.ms)} ms`,
    );
    expect(await stored('p-82')).toEqual([...index.scopeUnitIds('p-82')].sort());
  });
});
