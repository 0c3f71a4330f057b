import { sql, type Kysely } from 'kysely';

// A confirmed plan: the document header, its period and the file it came from.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('plans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text')
    .addColumn('number', 'text')
    /** normaliseDocumentNumber(number): what duplicates and references are matched on. */
    .addColumn('number_key', 'text')
    .addColumn('symbol', 'text')
    .addColumn('issuer', 'text')
    .addColumn('issuer_level', 'text', (c) =>
      c.check(sql`issuer_level is null or issuer_level in ('province', 'district', 'commune')`),
    )
    .addColumn('admin_unit_id', 'text', (c) => c.notNull().references('admin_units.id'))
    .addColumn('place', 'text')
    .addColumn('document_date', 'date')
    .addColumn('year', 'integer')
    .addColumn('title', 'text')
    .addColumn('signer_name', 'text')
    .addColumn('signer_title', 'text')
    .addColumn('period_from', 'integer')
    .addColumn('period_to', 'integer')
    .addColumn('horizons', 'jsonb', (c) => c.notNull())
    .addColumn('file_id', 'text', (c) => c.notNull().references('plan_files.id'))
    .addColumn('source_text', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}
