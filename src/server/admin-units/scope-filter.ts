// Filtering rows by an actor's Scope in SQL: a semi-join on admin_unit_scopes (filled by
// unit-scopes.ts), so a query carries one root id, never thousands of unit ids.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Scope } from '../access/scope.ts';

type Executor = Kysely<Database> | Transaction<Database>;

/** The ids of every unit under `rootUnitId` (at any date) and of what rolled into it. */
export function unitsInScopeOf(db: Executor, rootUnitId: string) {
  return db
    .selectFrom('admin_unit_scopes')
    .select('admin_unit_scopes.unit_id')
    .where('admin_unit_scopes.root_unit_id', '=', rootUnitId);
}

// Any Kysely query builder: its `where` is typed by the tables it selects from, which this
// helper cannot know; `never` parameters accept each of them.
interface Filterable<QB> {
  where(column: never, op: never, values: never): QB;
}

/** `query` narrowed to rows whose `column` (a unit id) lies in the scope; unchanged for `all`. */
export function whereUnitInScope<QB extends Filterable<QB>>(db: Executor, query: QB, column: string, scope: Scope): QB {
  if (scope.all) return query;
  return (query as unknown as { where(column: string, op: 'in', values: unknown): QB }).where(
    column,
    'in',
    unitsInScopeOf(db, scope.rootUnitId),
  );
}
