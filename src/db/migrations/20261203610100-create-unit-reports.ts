import { type Kysely, sql } from 'kysely';

// One reporting unit's report for one duty and period (issue 10, decision 0028): its state in
// the workflow (domain/reporting/report-workflow.ts), the three narrative sections, a note and
// progress per task (JSON keyed by task id: read and written whole with the report), who
// submitted, returned and accepted it and when, and a version for optimistic locking.
// The values section is not stored here: it is read from data_values, never copied.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('unit_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('duty_id', 'text', (c) => c.notNull().references('plan_reporting_duties.id').onDelete('cascade'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('draft', 'submitted', 'returned', 'accepted')`))
    .addColumn('achievements', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('difficulties', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('proposals', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('task_notes', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('first_submitted_at', 'timestamptz')
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('submitted_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('returned_at', 'timestamptz')
    .addColumn('returned_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('return_reason', 'text')
    .addColumn('accepted_at', 'timestamptz')
    .addColumn('accepted_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('unit_reports_duty_period_agency_key', ['duty_id', 'period', 'agency_id'])
    .execute();
}
