import type { Kysely } from 'kysely';
import { vietnameseSortKey } from '../../domain/text/vietnamese-sort-key.ts';

// vietnameseSortKey(name): the agencies list sorts in SQL (COLLATE "C") in Vietnamese order
// on either engine. Maintained by the agencies repository on every write.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('agencies')
    .addColumn('sort_name', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  const rows = await db.selectFrom('agencies').select(['id', 'name']).execute();
  for (const row of rows)
    await db
      .updateTable('agencies')
      .set({ sort_name: vietnameseSortKey(row.name) })
      .where('id', '=', row.id)
      .execute();
}
