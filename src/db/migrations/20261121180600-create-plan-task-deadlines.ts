import type { Kysely } from 'kysely';

// The schedule a task's due expands to over the plan's period (one row per deadline).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('plan_task_deadlines')
    .addColumn('task_id', 'text', (c) => c.notNull().references('plan_tasks.id').onDelete('cascade'))
    .addColumn('due_date', 'date', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('plan_task_deadlines_pk', ['task_id', 'due_date'])
    .execute();
}
