import type { Kysely } from 'kysely';

// Who a reporting duty involves (issue 10, decision 0028): the agency that consolidates the
// units' reports, and the agencies that report — null until a planner edits it, meaning the
// default: every agency named lead or support on a task of the plan. Kept as a JSON list
// because it is read and written whole with the duty and never joined on.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('plan_reporting_duties')
    .addColumn('consolidating_agency_id', 'text', (c) => c.references('agencies.id').onDelete('set null'))
    .addColumn('reporting_agency_ids', 'jsonb')
    .execute();
}
