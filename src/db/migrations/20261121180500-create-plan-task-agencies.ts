import { sql, type Kysely } from 'kysely';

// Lead and supporting agencies of a task, as written, with the agency it was resolved to.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('plan_task_agencies')
    .addColumn('task_id', 'text', (c) => c.notNull().references('plan_tasks.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('lead', 'support')`))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('agency_id', 'text', (c) => c.references('agencies.id'))
    .addPrimaryKeyConstraint('plan_task_agencies_pk', ['task_id', 'role', 'position'])
    .execute();
}
