import type { Kysely } from 'kysely';

// Where a user's reminders go by e-mail (issue 10): optional; without it only the in-app
// notification is made. Lower-cased by the application.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').addColumn('email', 'text').execute();
}
