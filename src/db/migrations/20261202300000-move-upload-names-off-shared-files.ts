import { sql, type Kysely } from 'kysely';

// Stored files are shared by hash; the name, the media type (from the name) and the
// uploader belong to each upload: the draft it made, then the plan it became. Moving them
// off plan_files means no one sees another uploader's file name for the same bytes.
export async function up(db: Kysely<any>): Promise<void> {
  for (const table of ['plan_drafts', 'plans'] as const) {
    await db.schema.alterTable(table).addColumn('file_name', 'text').addColumn('media_type', 'text').execute();
    await sql`update ${sql.table(table)} as t set file_name = f.file_name, media_type = f.media_type from plan_files as f where f.id = t.file_id`.execute(
      db,
    );
    await db.schema
      .alterTable(table)
      .alterColumn('file_name', (c) => c.setNotNull())
      .alterColumn('media_type', (c) => c.setNotNull())
      .execute();
  }
  await db.schema
    .alterTable('plan_files')
    .dropColumn('file_name')
    .dropColumn('media_type')
    .dropColumn('uploaded_by')
    .execute();
}
