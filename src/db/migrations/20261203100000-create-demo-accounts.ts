import { sql, type Kysely } from 'kysely';

// The accounts the demo loader created in this database, so that the login page can list
// them (GET /api/demo-accounts) without ever listing a real user: a database that never
// had the demo loaded has no rows here. Deleting a user drops its row.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('demo_accounts')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}
