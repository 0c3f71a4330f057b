import type { Kysely } from 'kysely';

// The roll-up reads one data element and period for the units of a subtree (and their
// predecessors): (data_element_id, period, unit_id) answers it as one index range per unit
// list. The primary key (data_element_id, unit_id, period, ...) serves a unit's series.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('data_values_rollup_idx')
    .on('data_values')
    .columns(['data_element_id', 'period', 'unit_id'])
    .execute();
}
