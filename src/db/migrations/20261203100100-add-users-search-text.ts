import type { Kysely } from 'kysely';
import { foldDiacritics } from '../../domain/text/fold-diacritics.ts';

// foldDiacritics(display name + username): the users list searches by name or username
// without diacritics ("nguyen thi" finds "Nguyễn Thị") in SQL on either engine.
// Maintained by the users repository on every write.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  const rows = await db.selectFrom('users').select(['id', 'display_name', 'username']).execute();
  for (const row of rows)
    await db
      .updateTable('users')
      .set({ search_text: foldDiacritics(`${row.display_name} ${row.username}`) })
      .where('id', '=', row.id)
      .execute();
}
