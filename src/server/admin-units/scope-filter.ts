// Filtering rows by an actor's Scope in SQL: a semi-join on admin_unit_scopes (filled by
// unit-scopes.ts), so a query carries one root id, never thousands of unit ids.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Scope } from '../access/scope.ts';

type Executor = Kysely<Database> | Transaction<Database>;

/** The ids of every unit under `rootUnitId` (at any date) and of what rolled into it. */
export function unitsInScopeOf(db: Executor, rootUnitId: string) {
  return db.selectFrom('admin_unit_scopes').select('admin_unit_scopes.unit_id').where('admin_unit_scopes.root_unit_id', '=', rootUnitId);
}

interface Filterable<QB> {
  where(column: any, op: 'in', values: any): QB;
}

/** `query` narrowed to rows whose `column` (a unit id) lies in the scope; unchanged for `all`. */
export function whereUnitInScope<QB extends Filterable<QB>>(db: Executor, query: QB, column: string, scope: Scope): QB {
  return scope.all ? query : query.where(column, 'in', unitsInScopeOf(db, scope.rootUnitId));
}
