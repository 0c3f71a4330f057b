import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('admin_units')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull().check(sql`level in ('province', 'district', 'commune')`))
    .addColumn('parent_id', 'text', (c) => c.references('admin_units.id'))
    .addColumn('valid_from', 'date')
    .addColumn('valid_to', 'date')
    .addCheckConstraint('admin_units_validity', sql`valid_from is null or valid_to is null or valid_from < valid_to`)
    .execute();
  await db.schema.createIndex('admin_units_parent_id_idx').on('admin_units').column('parent_id').execute();
}
