import type { Kysely } from 'kysely';

// A plan confirmed although it repeats another one (the reviewer chose "confirm anyway")
// names the plan it repeats; only plans without it are held unique by number.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('plans')
    .addColumn('duplicate_of', 'text', (c) => c.references('plans.id').onDelete('set null'))
    .execute();
}
