import type { Kysely } from 'kysely';

// Lookups by unit (lists, resolver candidates), by alias text, and successions both ways.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('agencies_admin_unit_id_idx').on('agencies').column('admin_unit_id').execute();
  await db.schema.createIndex('agency_aliases_alias_folded_idx').on('agency_aliases').column('alias_folded').execute();
  await db.schema
    .createIndex('agency_successions_successor_id_idx')
    .on('agency_successions')
    .column('successor_id')
    .execute();
}
