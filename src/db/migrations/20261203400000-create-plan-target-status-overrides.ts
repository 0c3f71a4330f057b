import { type Kysely, sql } from 'kysely';

// A planner's status for a plan target, replacing the computed one, with the reason said
// (issue 9): one row per target, removed when the override is withdrawn. The computed status
// is never stored — it is evaluated from the values on every read — so an override says only
// what the planner decided, who and when; the audit log keeps every change.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('plan_target_status_overrides')
    .addColumn('target_id', 'text', (c) => c.primaryKey().references('plan_targets.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('met', 'not_met', 'on_track', 'at_risk', 'off_track', 'no_data')`),
    )
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('set_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('set_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}
