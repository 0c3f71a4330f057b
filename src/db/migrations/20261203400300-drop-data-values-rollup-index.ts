import { sql, type Kysely } from 'kysely';

// Roll-ups read the primary key (data_element_id, unit_id, period, ...) instead: one period
// is the same index probes (element × unit, then the period), and a series of periods is one
// range per element and unit. This index led PostgreSQL's generic plan for a prepared series
// read (decision 0012: repeated statements are prepared) to scan every unit's rows of the
// periods and filter 500 unit ids per row: 1.8 s instead of 6 ms on 10M rows (BENCHMARKS.md,
// values.rollup). It also cost every insert into a 10M-row table.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists data_values_rollup_idx`.execute(db);
}
