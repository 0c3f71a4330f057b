// Counts for the dashboard, each filtered by the actor's scope in SQL (admin_unit_scopes,
// plan_scopes), never by a list of unit ids.
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Scope } from '../access/scope.ts';
import { whereUnitInScope } from '../admin-units/scope-filter.ts';

export interface AgencyCounts {
  /** Agencies valid on the date, by type. */
  currentByType: Map<string, number>;
  current: number;
  /** Every agency in scope, dissolved ones included. */
  total: number;
}

export async function countAgencies(db: Kysely<Database>, scope: Scope, asOf: string): Promise<AgencyCounts> {
  const query = whereUnitInScope(
    db,
    db
      .selectFrom('agencies')
      .select([
        'type',
        (eb) => eb.fn.countAll<number>().as('total'),
        sql<number>`count(*) filter (where (valid_from is null or valid_from <= ${asOf}) and (valid_to is null or valid_to > ${asOf}))`.as(
          'current',
        ),
      ])
      .groupBy('type'),
    'agencies.admin_unit_id',
    scope,
  );
  const rows = await query.execute();
  const currentByType = new Map<string, number>();
  let current = 0;
  let total = 0;
  for (const row of rows) {
    const currentOfType = Number(row.current);
    if (currentOfType > 0) currentByType.set(row.type, currentOfType);
    current += currentOfType;
    total += Number(row.total);
  }
  return { currentByType, current, total };
}

export async function countPlans(db: Kysely<Database>, scope: Scope): Promise<number> {
  const row = scope.all
    ? await db
        .selectFrom('plans')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    : await db
        .selectFrom('plan_scopes')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('root_unit_id', '=', scope.rootUnitId)
        .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Users whose agency belongs to a unit in scope. */
export async function countUsersInScope(db: Kysely<Database>, scope: Scope): Promise<number> {
  const row = await whereUnitInScope(
    db,
    db
      .selectFrom('users')
      .innerJoin('agencies', 'agencies.id', 'users.agency_id')
      .select((eb) => eb.fn.countAll<number>().as('n')),
    'agencies.admin_unit_id',
    scope,
  ).executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * The ids of the plans in scope still being carried out or just finished on `year`: the last
 * year of the period or of any target is `year - graceYears` or later. Newest first, at most
 * `limit`, with the number found.
 */
export async function findActivePlanIds(
  db: Kysely<Database>,
  scope: Scope,
  query: { year: number; graceYears: number; limit: number },
): Promise<{ ids: string[]; total: number }> {
  const lastYear = sql<number>`greatest(p.period_to, p.year, (select max(t.year) from plan_targets t where t.plan_id = p.id))`;
  let plans = db.selectFrom('plans as p').where(lastYear, '>=', query.year - query.graceYears);
  if (!scope.all)
    plans = plans.where('p.id', 'in', (eb) =>
      eb.selectFrom('plan_scopes as ps').select('ps.plan_id').where('ps.root_unit_id', '=', scope.rootUnitId),
    );
  const rows = await plans
    .select(['p.id', sql<number>`count(*) over ()`.as('total')])
    .orderBy(sql`p.list_key desc, p.created_at desc, p.id desc`)
    .limit(query.limit)
    .execute();
  return { ids: rows.map((row) => row.id), total: rows.length === 0 ? 0 : Number(rows[0]!.total) };
}
