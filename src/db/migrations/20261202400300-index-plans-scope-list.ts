import { sql, type Kysely } from 'kysely';

// A plans page within a scope: the units come from admin_unit_scopes, then per unit the
// plans in list order. With this index the page's ids and the total are read from the index
// alone (once vacuumed) instead of every visible plan's row.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index plans_scope_list_idx on plans (admin_unit_id, list_key desc, created_at desc, id desc)`.execute(
    db,
  );
}
