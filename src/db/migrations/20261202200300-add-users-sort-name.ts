import type { Kysely } from 'kysely';
import { vietnameseSortKey } from '../../domain/text/vietnamese-sort-key.ts';

// vietnameseSortKey(display_name): the users list sorts and pages in SQL (COLLATE "C") in
// Vietnamese order on either engine. Maintained by the users repository on every write.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('sort_name', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  const rows = await db.selectFrom('users').select(['id', 'display_name']).execute();
  for (const row of rows)
    await db
      .updateTable('users')
      .set({ sort_name: vietnameseSortKey(row.display_name) })
      .where('id', '=', row.id)
      .execute();
}
