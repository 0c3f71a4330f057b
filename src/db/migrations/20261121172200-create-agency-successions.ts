import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('agency_successions')
    .addColumn('predecessor_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('successor_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('agency_successions_pk', ['predecessor_id', 'successor_id'])
    .addCheckConstraint('agency_successions_not_self', sql`predecessor_id <> successor_id`)
    .execute();
}
