import { sql, type Kysely } from 'kysely';
import { planListKey } from '../../domain/plans/plan-search-text.ts';

// The plans list's order as one indexed column (document date, else year, else ''), so a
// page walks the index and stops after `limit` rows instead of sorting every plan in scope.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('plans')
    .addColumn('list_key', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  const rows = await db.selectFrom('plans').select(['id', 'document_date', 'year']).execute();
  for (const row of rows) {
    const documentDate =
      row.document_date instanceof Date
        ? row.document_date.toISOString().slice(0, 10)
        : (row.document_date as string | null);
    await db
      .updateTable('plans')
      .set({ list_key: planListKey({ documentDate, year: row.year as number | null }) })
      .where('id', '=', row.id)
      .execute();
  }
  await sql`create index plans_list_order_idx on plans (list_key desc, created_at desc, id desc)`.execute(db);
}
