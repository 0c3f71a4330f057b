import { type Kysely, sql } from 'kysely';

// Comments on a task by its lead and supporting agencies (issue 10), newest last.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('task_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('task_id', 'text', (c) => c.notNull().references('plan_tasks.id').onDelete('cascade'))
    .addColumn('agency_id', 'text', (c) => c.references('agencies.id').onDelete('set null'))
    .addColumn('author_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('task_comments_task_idx')
    .on('task_comments')
    .columns(['task_id', 'created_at'])
    .execute();
}
