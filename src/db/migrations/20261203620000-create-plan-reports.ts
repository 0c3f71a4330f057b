import { type Kysely, sql } from 'kysely';

// The consolidated report of a plan for a period (issue 10): what a planner changed before
// downloading (number, date, place, signer, recipients, opening paragraph — null keeps the
// default taken from the plan), and the final version stored with the plan: the DOCX bytes
// as downloaded, one per plan and period (finalising again replaces it; the audit log keeps
// who did each). The report's figures are never stored: they are computed on every download.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('plan_report_fields')
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('number', 'text')
    .addColumn('report_date', 'date')
    .addColumn('place', 'text')
    .addColumn('signer_name', 'text')
    .addColumn('signer_title', 'text')
    .addColumn('recipients', 'jsonb')
    .addColumn('intro', 'text')
    .addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('plan_report_fields_pkey', ['plan_id', 'period'])
    .execute();
  await db.schema
    .createTable('plan_report_finals')
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('content', 'bytea', (c) => c.notNull())
    .addColumn('finalised_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('finalised_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('plan_report_finals_pkey', ['plan_id', 'period'])
    .execute();
}
