// plan_scopes is derived from plans × admin_unit_scopes and kept by triggers (migration
// 20261202400400): whatever writes either table, it must equal that join.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertPlansBulk } from '../../../test/factories/plans.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { TestDatabase } from '../../../test/support/test-database.ts';
import { createAdminUnitIndexCache } from '../admin-units/admin-unit-index-cache.ts';
import { fillAdminUnitScopes } from '../admin-units/unit-scopes.ts';

let harness: TestApp;
let db: TestDatabase;

beforeAll(async () => {
  harness = await startTestApp({ data: 'map+seed' });
  db = harness.db;
});

afterAll(async () => {
  await harness?.close();
});

type Row = { root_unit_id: string; plan_id: string; list_key: string; created_at: string };

async function stored(): Promise<Row[]> {
  const { rows } =
    await sql<Row>`select root_unit_id, plan_id, list_key, created_at::text from plan_scopes order by 1, 2`.execute(
      db.db,
    );
  return rows;
}

async function derived(): Promise<Row[]> {
  const { rows } = await sql<Row>`
    select s.root_unit_id, p.id as plan_id, p.list_key, p.created_at::text
    from plans p join admin_unit_scopes s on s.unit_id = p.admin_unit_id order by 1, 2`.execute(db.db);
  return rows;
}

describe('plan_scopes', () => {
  it('follows plans inserted before the unit scopes exist, and after', async () => {
    await insertPlansBulk(db.db, 30, ['p-82', 'c-30037', 'p-86']);
    await createAdminUnitIndexCache(db.db).get();
    await insertPlansBulk(db.db, 30, ['od-tinh-dong-thap.huyen-thap-muoi']);
    const rows = await stored();
    expect(rows.length).toBeGreaterThan(60);
    expect(rows).toEqual(await derived());
    // A commune's plan is seen from the commune and from its province.
    const communePlan = (
      await db.db.selectFrom('plans').select('id').where('admin_unit_id', '=', 'c-30037').executeTakeFirstOrThrow()
    ).id;
    expect(rows.filter((row) => row.plan_id === communePlan).map((row) => row.root_unit_id)).toEqual(
      expect.arrayContaining(['c-30037', 'p-82']),
    );
  });

  it('follows a plan that moves or changes its order', async () => {
    const plan = (
      await db.db.selectFrom('plans').select('id').where('admin_unit_id', '=', 'p-86').executeTakeFirstOrThrow()
    ).id;
    await db.db
      .updateTable('plans')
      .set({ admin_unit_id: 'c-30037', list_key: '2031-01-01' })
      .where('id', '=', plan)
      .execute();
    expect(await stored()).toEqual(await derived());
    expect((await stored()).filter((row) => row.plan_id === plan).every((row) => row.list_key === '2031-01-01')).toBe(
      true,
    );
  });

  it('loses a deleted plan', async () => {
    const plan = (await db.db.selectFrom('plans').select('id').executeTakeFirstOrThrow()).id;
    await db.db.deleteFrom('plans').where('id', '=', plan).execute();
    expect((await stored()).some((row) => row.plan_id === plan)).toBe(false);
    expect(await stored()).toEqual(await derived());
  });

  it('is rewritten with the unit scopes, removed rows included', async () => {
    await db.db.deleteFrom('admin_unit_scopes').where('root_unit_id', '=', 'p-82').execute();
    expect((await stored()).some((row) => row.root_unit_id === 'p-82')).toBe(false);
    expect(await stored()).toEqual(await derived());
    const index = await createAdminUnitIndexCache(db.db).get();
    await db.db.transaction().execute((trx) => fillAdminUnitScopes(trx, index));
    const rows = await stored();
    expect(rows.some((row) => row.root_unit_id === 'p-82')).toBe(true);
    expect(rows).toEqual(await derived());
  });
});
