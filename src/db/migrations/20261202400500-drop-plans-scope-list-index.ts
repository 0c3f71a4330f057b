import { sql, type Kysely } from 'kysely';

// The plans page within a scope reads plan_scopes_list_idx now (migration 20261202400400);
// this index only cost every insert.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists plans_scope_list_idx`.execute(db);
}
