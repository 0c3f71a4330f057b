import type { Kysely } from 'kysely';

// When the plan's task assignments were last derived (fan-out on today's map). Null for a
// plan stored before assignments existed or stored without them: the tasks feature derives
// them on its next read (server/tasks/assignments.ts), so no data is made up here.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('plans').addColumn('tasks_assigned_at', 'timestamptz').execute();
}
