import { sql, type Kysely } from 'kysely';

// An extraction waiting for review; it survives reloads and goes away on confirm or discard.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('plan_drafts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('file_id', 'text', (c) => c.notNull().references('plan_files.id'))
    .addColumn('source_text', 'text', (c) => c.notNull())
    .addColumn('extraction', 'jsonb', (c) => c.notNull())
    .addColumn('admin_unit_id', 'text', (c) => c.references('admin_units.id'))
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}
