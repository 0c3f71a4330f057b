import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('agency_aliases')
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id').onDelete('cascade'))
    .addColumn('alias', 'text', (c) => c.notNull())
    .addColumn('alias_folded', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('agency_aliases_pk', ['agency_id', 'alias'])
    .execute();
}
