import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { AdminUnit, AdminUnitSuccession } from '../../domain/admin-units/types.ts';
import { foldDiacritics } from '../../domain/text/fold-diacritics.ts';

type Executor = Kysely<Database> | Transaction<Database>;

// ~1000 rows per statement keeps each insert well under PostgreSQL's 65,535 parameters.
const batchSize = 1000;

export async function countAdminUnits(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('admin_units')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Blocks a second loader until the first commits, so the emptiness check is reliable. */
export async function lockAdminUnits(trx: Transaction<Database>): Promise<void> {
  await sql`lock table admin_units in share row exclusive mode`.execute(trx);
}

/** Parents must come first (foreign key): callers pass units ordered province → district → commune. */
export async function insertUnits(db: Executor, units: readonly AdminUnit[]): Promise<void> {
  for (let start = 0; start < units.length; start += batchSize) {
    const rows = units.slice(start, start + batchSize).map((unit) => ({
      id: unit.id,
      code: unit.code,
      name: unit.name,
      full_name: unit.fullName,
      search_text: foldDiacritics(unit.fullName),
      level: unit.level,
      parent_id: unit.parentId,
      valid_from: unit.validFrom,
      valid_to: unit.validTo,
    }));
    await db.insertInto('admin_units').values(rows).execute();
  }
}

export async function insertSuccessions(db: Executor, successions: readonly AdminUnitSuccession[]): Promise<void> {
  for (let start = 0; start < successions.length; start += batchSize) {
    const rows = successions.slice(start, start + batchSize).map((link) => ({
      predecessor_id: link.predecessorId,
      successor_id: link.successorId,
      kind: link.kind,
      share: link.share,
      apportioned: link.apportioned,
    }));
    await db.insertInto('admin_unit_successions').values(rows).execute();
  }
}

export async function selectAllUnits(db: Executor): Promise<AdminUnit[]> {
  const rows = await db
    .selectFrom('admin_units')
    .select(['id', 'code', 'name', 'full_name', 'level', 'parent_id', 'valid_from', 'valid_to'])
    .execute();
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    name: row.name,
    fullName: row.full_name,
    level: row.level,
    parentId: row.parent_id,
    validFrom: row.valid_from,
    validTo: row.valid_to,
  }));
}

export async function selectAllSuccessions(db: Executor): Promise<AdminUnitSuccession[]> {
  const rows = await db
    .selectFrom('admin_unit_successions')
    .select(['predecessor_id', 'successor_id', 'kind', 'share', 'apportioned'])
    .execute();
  return rows.map((row) => ({
    predecessorId: row.predecessor_id,
    successorId: row.successor_id,
    kind: row.kind,
    share: Number(row.share),
    apportioned: row.apportioned,
  }));
}
