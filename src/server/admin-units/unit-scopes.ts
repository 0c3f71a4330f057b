// Keeps the admin_unit_scopes table equal to AdminUnitIndex.scopeUnitIds for every unit, so
// repositories filter by scope with a join on root_unit_id (see access/scope.ts).
import { performance } from 'node:perf_hooks';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { AdminUnitIndex } from '../../domain/admin-units/admin-unit-index.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export interface ScopeSyncResult {
  /** False when the table already held the expected rows. */
  filled: boolean;
  rows: number;
  ms: number;
}

// Two array parameters per statement whatever the row count; 20,000 rows keeps each message small.
const rowsPerStatement = 20_000;

function countExpectedRows(index: AdminUnitIndex): number {
  let rows = 0;
  index.forEachScope((_root, unitIds) => (rows += unitIds.size));
  return rows;
}

async function countStoredRows(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('admin_unit_scopes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Replaces every row; call inside a transaction. */
export async function fillAdminUnitScopes(trx: Executor, index: AdminUnitIndex): Promise<number> {
  await trx.deleteFrom('admin_unit_scopes').execute();
  let roots: string[] = [];
  let units: string[] = [];
  let total = 0;
  const flush = async () => {
    if (roots.length === 0) return;
    await sql`insert into admin_unit_scopes (root_unit_id, unit_id) select * from unnest(${roots}::text[], ${units}::text[])`.execute(
      trx,
    );
    total += roots.length;
    roots = [];
    units = [];
  };
  const pending: Array<[string, ReadonlySet<string>]> = [];
  index.forEachScope((rootId, unitIds) => pending.push([rootId, unitIds]));
  for (const [rootId, unitIds] of pending) {
    for (const unitId of unitIds) {
      roots.push(rootId);
      units.push(unitId);
    }
    if (roots.length >= rowsPerStatement) await flush();
  }
  await flush();
  return total;
}

/**
 * Fills the table when its row count differs from the index's (new units or successions,
 * a database migrated before the table existed). Idempotent; a second process waits on
 * the lock and then finds the rows in place. Units only ever get added, so the count is
 * a sufficient check.
 */
export async function syncAdminUnitScopes(db: Kysely<Database>, index: AdminUnitIndex): Promise<ScopeSyncResult> {
  const start = performance.now();
  const expected = countExpectedRows(index);
  if ((await countStoredRows(db)) === expected) return { filled: false, rows: expected, ms: performance.now() - start };
  const rows = await db.transaction().execute(async (trx) => {
    await sql`lock table admin_unit_scopes in exclusive mode`.execute(trx);
    if ((await countStoredRows(trx)) === expected) return null;
    return fillAdminUnitScopes(trx, index);
  });
  return { filled: rows !== null, rows: rows ?? expected, ms: performance.now() - start };
}
