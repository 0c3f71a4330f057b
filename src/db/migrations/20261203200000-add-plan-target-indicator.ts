import type { Kysely } from 'kysely';

// A plan target's link to an indicator of the catalogue (code data, src/domain/indicators):
// the indicator's slug, who confirmed the link and when. Null until a person (or the demo
// import, as the system) links it — decision 0022. No foreign key: the catalogue is not a table.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('plan_targets')
    .addColumn('indicator_id', 'text')
    .addColumn('indicator_linked_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('indicator_linked_at', 'timestamptz')
    .execute();
}
