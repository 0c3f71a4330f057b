import { sql, type Kysely } from 'kysely';

// Reporting duties a plan sets ("định kỳ hằng năm, trước ngày 15/12 báo cáo về ...").
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('plan_reporting_duties')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('freq', 'text', (c) =>
      c.notNull().check(sql`freq in ('yearly', 'half-yearly', 'quarterly', 'monthly', 'adhoc')`),
    )
    .addColumn('due_month', 'integer')
    .addColumn('due_day', 'integer')
    .addColumn('recipient_text', 'text')
    .addColumn('via_text', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('source_line', 'integer')
    .execute();
}
