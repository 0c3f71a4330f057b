import { sql, type Kysely } from 'kysely';

// A value's history (GET /api/values/history) is the audit rows of data_values whose changes
// name the cell: `after -> 'changes' @> '[{cell}]'`. A batch's audit row lists every cell it
// changed, so the rows cannot be found by entity_id; this index finds them by containment
// without reading every audit row of every value ever saved.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index audit_log_value_changes_idx on audit_log using gin ((after -> 'changes') jsonb_path_ops) where entity = 'data_values'`.execute(
    db,
  );
}
