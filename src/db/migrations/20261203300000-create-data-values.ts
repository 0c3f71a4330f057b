import { type Kysely, sql } from 'kysely';

// Reported figures (issue 9): one value per data element × admin unit × period × calendar ×
// disaggregation ('' for the total, a canonical key such as 'sex=female' for a part). The
// period is the canonical text of src/domain/periods (2024, 2024Q1, 2024-03, 2024C9).
// Values stay on the unit they were reported for (old communes and districts too): roll-ups
// map them onto the asked date's map at read time (decision 0023). No foreign keys to the
// catalogue: data elements live in code (src/domain/indicators/catalogue).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('data_values')
    .addColumn('data_element_id', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('admin_units.id'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('calendar_id', 'text', (c) => c.notNull())
    .addColumn('disaggregation', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('entered', 'imported', 'computed')`))
    .addColumn('entered_by', 'text')
    .addColumn('entered_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('data_values_pk', [
      'data_element_id',
      'unit_id',
      'period',
      'calendar_id',
      'disaggregation',
    ])
    .execute();
}
