import { sql, type Kysely } from 'kysely';

// How many targets, tasks, reporting duties and references a plan has, stored with the plan
// (written by insertPlans; whatever later edits a plan's parts must keep them), so a list
// page reads them instead of counting four child tables per row.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('plans')
    .addColumn('target_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('task_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reporting_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reference_count', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`update plans set
    target_count = (select count(*) from plan_targets c where c.plan_id = plans.id),
    task_count = (select count(*) from plan_tasks c where c.plan_id = plans.id),
    reporting_count = (select count(*) from plan_reporting_duties c where c.plan_id = plans.id),
    reference_count = (select count(*) from plan_references c where c.plan_id = plans.id)`.execute(db);
}
