import type { Kysely } from 'kysely';

// Lookups by unit (lists, scope), by number (duplicates, reference links), by parent plan
// for the child tables, and drafts by owner.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('plans_admin_unit_id_idx').on('plans').column('admin_unit_id').execute();
  await db.schema.createIndex('plans_number_key_idx').on('plans').column('number_key').execute();
  await db.schema.createIndex('plans_file_id_idx').on('plans').column('file_id').execute();
  await db.schema.createIndex('plan_targets_plan_id_idx').on('plan_targets').column('plan_id').execute();
  await db.schema.createIndex('plan_tasks_plan_id_idx').on('plan_tasks').column('plan_id').execute();
  await db.schema
    .createIndex('plan_reporting_duties_plan_id_idx')
    .on('plan_reporting_duties')
    .column('plan_id')
    .execute();
  await db.schema.createIndex('plan_references_plan_id_idx').on('plan_references').column('plan_id').execute();
  await db.schema.createIndex('plan_references_number_key_idx').on('plan_references').column('number_key').execute();
  await db.schema
    .createIndex('plan_references_referenced_plan_id_idx')
    .on('plan_references')
    .column('referenced_plan_id')
    .execute();
  await db.schema.createIndex('plan_drafts_created_by_idx').on('plan_drafts').column('created_by').execute();
}
