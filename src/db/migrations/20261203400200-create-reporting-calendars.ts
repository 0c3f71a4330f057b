import { type Kysely, sql } from 'kysely';

// A province's own reporting calendar (issue 9, part 1): the windows of each period kind as
// data (src/domain/periods/reporting-calendars.ts, checked by validateReportingCalendar before
// it is stored). The built-in calendars (calendar year, Decree 09/2019) live in code.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('reporting_calendars')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('province_id', 'text', (c) => c.notNull().references('admin_units.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('definition', 'jsonb', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('reporting_calendars_province_idx')
    .on('reporting_calendars')
    .column('province_id')
    .execute();
}
