import type { Kysely } from 'kysely';

// "Báo cáo của tôi" reads the reports of one agency across plans.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('unit_reports_agency_idx').on('unit_reports').columns(['agency_id', 'period']).execute();
}
