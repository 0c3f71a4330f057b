import { sql, type Kysely } from 'kysely';

// Tasks of a plan with their due as written and as parsed (kind/by/freq/month).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('plan_tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('deliverable', 'text')
    .addColumn('due_kind', 'text', (c) =>
      c.check(sql`due_kind is null or due_kind in ('once', 'recurring', 'ongoing')`),
    )
    .addColumn('due_by', 'text')
    .addColumn('due_freq', 'text', (c) =>
      c.check(sql`due_freq is null or due_freq in ('yearly', 'half-yearly', 'quarterly', 'monthly')`),
    )
    .addColumn('due_month', 'integer')
    .addColumn('due_text', 'text')
    .addColumn('source_line', 'integer')
    .execute();
}
