import type { Kysely } from 'kysely';
import { planSearchText } from '../../domain/plans/plan-search-text.ts';

// Folded number, title, issuer and place of each plan: the plans list searches it in SQL
// without diacritics (no extension needed on either engine). Maintained by insertPlans.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('plans')
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  const rows = await db.selectFrom('plans').select(['id', 'number', 'title', 'issuer', 'place']).execute();
  for (const row of rows) {
    await db
      .updateTable('plans')
      .set({ search_text: planSearchText(row) })
      .where('id', '=', row.id)
      .execute();
  }
}
