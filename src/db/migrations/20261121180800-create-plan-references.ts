import { sql, type Kysely } from 'kysely';

// Documents a plan cites; linked to a plan in the system when the number matches one.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('plan_references')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text')
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('number_key', 'text', (c) => c.notNull())
    .addColumn('document_date', 'date')
    .addColumn('issuer', 'text')
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('basis', 'mention')`))
    .addColumn('source_line', 'integer')
    .addColumn('referenced_plan_id', 'text', (c) => c.references('plans.id').onDelete('set null'))
    .execute();
}
