import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('agencies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('admin_unit_id', 'text', (c) => c.notNull().references('admin_units.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('short_name', 'text')
    .addColumn('type', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`type in ('people_committee', 'specialised_office', 'centre', 'school', 'mass_organisation', 'enterprise', 'party_body', 'other')`,
        ),
    )
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'date')
    .addColumn('valid_to', 'date')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('agencies_validity', sql`valid_from is null or valid_to is null or valid_from < valid_to`)
    .execute();
}
