import { type Kysely, sql } from 'kysely';

// What the lead reported for one occurrence of a task (its due date): percentage, note,
// evidence (số/ký hiệu and date of the document, an optional attached file) and the day it
// was done. Keyed by task, holder (agency or commune) and due date, not by assignment row,
// so that re-deriving assignments keeps what was reported.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('task_progress')
    .addColumn('task_id', 'text', (c) => c.notNull().references('plan_tasks.id').onDelete('cascade'))
    .addColumn('holder', 'text', (c) => c.notNull())
    .addColumn('due_date', 'date', (c) => c.notNull())
    .addColumn('percent', 'integer', (c) => c.notNull().check(sql`percent between 0 and 100`))
    .addColumn('note', 'text')
    .addColumn('evidence_number', 'text')
    .addColumn('evidence_date', 'date')
    .addColumn('evidence_file_id', 'text', (c) => c.references('plan_files.id').onDelete('set null'))
    .addColumn('evidence_file_name', 'text')
    .addColumn('completed_on', 'date')
    .addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('task_progress_pk', ['task_id', 'holder', 'due_date'])
    .execute();
}
