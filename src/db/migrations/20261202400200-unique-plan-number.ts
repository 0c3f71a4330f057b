import { sql, type Kysely } from 'kysely';

/**
 * One plan per number, unit and year unless it is marked as a chosen duplicate: a prior
 * check alone lets two concurrent confirms both pass. Numbers restart every year, so the
 * year is part of the key (the document's year, else its date's). Earlier duplicates are
 * marked first, pointing at the oldest plan with the same key, so the index can be built.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const yearOf = (alias: string) =>
    sql.raw(`coalesce(${alias}.year, extract(year from ${alias}.document_date)::integer)`);
  await sql`
    update plans p set duplicate_of = (
      select q.id from plans q
      where q.admin_unit_id = p.admin_unit_id and q.number_key = p.number_key
        and ${yearOf('q')} = ${yearOf('p')} and q.duplicate_of is null
        and (q.created_at, q.id) < (p.created_at, p.id)
      order by q.created_at, q.id limit 1
    )
    where p.duplicate_of is null and p.number_key is not null and ${yearOf('p')} is not null
      and exists (
        select 1 from plans q
        where q.admin_unit_id = p.admin_unit_id and q.number_key = p.number_key
          and ${yearOf('q')} = ${yearOf('p')} and (q.created_at, q.id) < (p.created_at, p.id)
      )
  `.execute(db);
  await sql`
    create unique index plans_number_unique_idx
    on plans (admin_unit_id, number_key, (coalesce(year, extract(year from document_date)::integer)))
    where duplicate_of is null and number_key is not null
  `.execute(db);
}
