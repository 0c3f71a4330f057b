import type { Kysely } from 'kysely';

// A draft's version goes up with every save, so that a save made from a stale copy is
// refused (409) instead of silently replacing someone else's edits.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('plan_drafts')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
}
