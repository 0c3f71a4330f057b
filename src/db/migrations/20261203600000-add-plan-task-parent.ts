import type { Kysely } from 'kysely';

// Sub-tasks (issue 10): a task added under a plan's task; the parent is done when its
// children are (domain/tasks/roll-up-subtasks.ts). Deleting a task removes its sub-tasks.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('plan_tasks')
    .addColumn('parent_id', 'text', (c) => c.references('plan_tasks.id').onDelete('cascade'))
    .execute();
}
