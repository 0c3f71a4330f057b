import { type Kysely, sql } from 'kysely';

// Who a task falls to (issue 10, decision 0027): one row per agency or commune a mention
// resolves or fans out to, or one unassigned row with the reason. Derived, rebuilt when a
// plan's assignments are derived again; progress and comments hang off the task and holder.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('task_assignments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('task_id', 'text', (c) => c.notNull().references('plan_tasks.id').onDelete('cascade'))
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('lead', 'support')`))
    .addColumn('agency_id', 'text', (c) => c.references('agencies.id').onDelete('cascade'))
    .addColumn('admin_unit_id', 'text', (c) => c.references('admin_units.id').onDelete('cascade'))
    .addColumn('derivation', 'text', (c) =>
      c
        .notNull()
        .check(sql`derivation in ('agency', 'communes', 'departments', 'schools', 'mass_organisations', 'unassigned')`),
    )
    .addColumn('mention_text', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .execute();
  await db.schema.createIndex('task_assignments_task_idx').on('task_assignments').column('task_id').execute();
  await db.schema.createIndex('task_assignments_agency_idx').on('task_assignments').column('agency_id').execute();
  await db.schema.createIndex('task_assignments_unit_idx').on('task_assignments').column('admin_unit_id').execute();
}
