import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { expandAgencyText } from '../../domain/agencies/normalise-agency-name.ts';
import type { AgencyType, UnitLevel } from '../../domain/agencies/types.ts';
import { foldDiacritics } from '../../domain/text/fold-diacritics.ts';
import { vietnameseSortKey } from '../../domain/text/vietnamese-sort-key.ts';
import { containsPattern } from '../../domain/plans/plan-search-text.ts';
import type { Scope } from '../access/scope.ts';
import { whereUnitInScope } from '../admin-units/scope-filter.ts';

export type Executor = Kysely<Database> | Transaction<Database>;

/** An agency with everything lists, details and the resolver need. */
export interface AgencyRecord {
  id: string;
  name: string;
  shortName: string | null;
  type: AgencyType;
  adminUnit: { id: string; name: string; level: UnitLevel };
  validFrom: string | null;
  validTo: string | null;
  aliases: string[];
  successors: Array<{ id: string; note: string }>;
  predecessors: Array<{ id: string; note: string }>;
  searchText: string;
}

export interface AgencyWrite {
  id: string;
  adminUnitId: string;
  name: string;
  shortName: string | null;
  type: AgencyType;
  validFrom: string | null;
  validTo: string | null;
  aliases: string[];
}

/** Folded and abbreviation-expanded forms of every name, so "ldtbxh" and "lao dong" both find the body. */
export function buildSearchText(name: string, shortName: string | null, aliases: readonly string[]): string {
  const parts = new Set<string>();
  for (const written of [name, shortName, ...aliases]) {
    if (!written) continue;
    parts.add(foldDiacritics(written));
    parts.add(expandAgencyText(written));
  }
  return [...parts].join(' | ');
}

/** An agency's own columns with its unit's id, name and level: what every agency read shows. */
function selectAgenciesWithUnit(db: Executor) {
  return db
    .selectFrom('agencies')
    .innerJoin('admin_units', 'admin_units.id', 'agencies.admin_unit_id')
    .select([
      'agencies.id',
      'agencies.name',
      'agencies.short_name',
      'agencies.type',
      'agencies.valid_from',
      'agencies.valid_to',
      'admin_units.id as unit_id',
      'admin_units.name as unit_name',
      'admin_units.level as unit_level',
    ]);
}

export async function loadAgencyRecords(db: Executor): Promise<AgencyRecord[]> {
  const rows = await selectAgenciesWithUnit(db).select('agencies.search_text').execute();
  const aliases = await db
    .selectFrom('agency_aliases')
    .select(['agency_id', 'alias'])
    .orderBy('agency_id')
    .orderBy('alias')
    .execute();
  const links = await db.selectFrom('agency_successions').select(['predecessor_id', 'successor_id', 'note']).execute();
  const records = new Map<string, AgencyRecord>();
  for (const row of rows) {
    records.set(row.id, {
      id: row.id,
      name: row.name,
      shortName: row.short_name,
      type: row.type,
      adminUnit: { id: row.unit_id, name: row.unit_name, level: row.unit_level },
      validFrom: row.valid_from,
      validTo: row.valid_to,
      aliases: [],
      successors: [],
      predecessors: [],
      searchText: row.search_text,
    });
  }
  for (const alias of aliases) records.get(alias.agency_id)?.aliases.push(alias.alias);
  for (const link of links) {
    records.get(link.predecessor_id)?.successors.push({ id: link.successor_id, note: link.note });
    records.get(link.successor_id)?.predecessors.push({ id: link.predecessor_id, note: link.note });
  }
  return [...records.values()];
}

export type AgencySummaryRow = Pick<
  AgencyRecord,
  'id' | 'name' | 'shortName' | 'type' | 'adminUnit' | 'validFrom' | 'validTo'
>;

export interface AgencyPageQuery {
  /** Folded and abbreviation-expanded forms of the search text; a row matches any of them. */
  needles: string[];
  adminUnitId?: string | undefined;
  type?: AgencyType | undefined;
  /** Dissolved: valid_to on or before `today`; current: the others (future ones included). */
  status: AgencyStatusFilter;
  today: string;
  limit: number;
  offset: number;
}

export type AgencyStatusFilter = 'current' | 'dissolved' | 'all';

/** One page of the agencies in scope in Vietnamese name order, with the total, in one query. */
export async function listAgencyPage(
  db: Executor,
  scope: Scope,
  query: AgencyPageQuery,
): Promise<{ rows: AgencySummaryRow[]; total: number }> {
  let select = selectAgenciesWithUnit(db).select(sql<number>`count(*) over ()`.as('total'));
  select = whereUnitInScope(db, select, 'agencies.admin_unit_id', scope);
  if (query.adminUnitId !== undefined) select = select.where('agencies.admin_unit_id', '=', query.adminUnitId);
  if (query.type !== undefined) select = select.where('agencies.type', '=', query.type);
  if (query.status === 'current')
    select = select.where((eb) =>
      eb.or([eb('agencies.valid_to', 'is', null), eb('agencies.valid_to', '>', query.today)]),
    );
  if (query.status === 'dissolved') select = select.where('agencies.valid_to', '<=', query.today);
  if (query.needles.length > 0)
    select = select.where((eb) =>
      eb.or(query.needles.map((needle) => eb('agencies.search_text', 'like', containsPattern(needle)))),
    );
  const rows = await select
    .orderBy(sql`agencies.sort_name collate "C"`)
    .orderBy(sql`agencies.id collate "C"`)
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  let total = rows.length > 0 ? Number(rows[0]!.total) : 0;
  if (rows.length === 0 && query.offset > 0)
    total = (await listAgencyPage(db, scope, { ...query, offset: 0, limit: 1 })).total;
  return {
    total,
    rows: rows.map((row) => ({
      id: row.id,
      name: row.name,
      shortName: row.short_name,
      type: row.type,
      adminUnit: { id: row.unit_id, name: row.unit_name, level: row.unit_level },
      validFrom: row.valid_from,
      validTo: row.valid_to,
    })),
  };
}

export async function agencyExists(db: Executor, id: string): Promise<boolean> {
  const row = await db.selectFrom('agencies').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

function toAgencyColumns(agency: AgencyWrite) {
  return {
    admin_unit_id: agency.adminUnitId,
    name: agency.name,
    short_name: agency.shortName,
    type: agency.type,
    search_text: buildSearchText(agency.name, agency.shortName, agency.aliases),
    sort_name: vietnameseSortKey(agency.name),
    valid_from: agency.validFrom,
    valid_to: agency.validTo,
  };
}

export async function insertAgency(trx: Executor, agency: AgencyWrite): Promise<void> {
  await trx
    .insertInto('agencies')
    .values({ id: agency.id, ...toAgencyColumns(agency) })
    .execute();
  await insertAliases(trx, agency.id, agency.aliases);
}

async function insertAliases(trx: Executor, agencyId: string, aliases: readonly string[]): Promise<void> {
  if (aliases.length === 0) return;
  await trx
    .insertInto('agency_aliases')
    .values(aliases.map((alias) => ({ agency_id: agencyId, alias, alias_folded: foldDiacritics(alias) })))
    .execute();
}

export async function updateAgencyRow(trx: Executor, agency: AgencyWrite, updatedAt: Date): Promise<void> {
  await trx
    .updateTable('agencies')
    .set({ ...toAgencyColumns(agency), updated_at: updatedAt })
    .where('id', '=', agency.id)
    .execute();
  await trx.deleteFrom('agency_aliases').where('agency_id', '=', agency.id).execute();
  await insertAliases(trx, agency.id, agency.aliases);
}

export async function insertSuccessions(
  trx: Executor,
  links: ReadonlyArray<{ predecessorId: string; successorId: string; note: string }>,
): Promise<void> {
  if (links.length === 0) return;
  await trx
    .insertInto('agency_successions')
    .values(
      links.map((link) => ({ predecessor_id: link.predecessorId, successor_id: link.successorId, note: link.note })),
    )
    .onConflict((conflict) => conflict.columns(['predecessor_id', 'successor_id']).doNothing())
    .execute();
}

export interface UnitRow {
  id: string;
  name: string;
  level: UnitLevel;
  parentId: string | null;
}

export async function findUnit(db: Executor, id: string): Promise<UnitRow | null> {
  const row = await db
    .selectFrom('admin_units')
    .select(['id', 'name', 'level', 'parent_id'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? { id: row.id, name: row.name, level: row.level, parentId: row.parent_id } : null;
}

export async function existingUnitIds(db: Executor, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('admin_units')
    .select('id')
    .where('id', 'in', [...ids])
    .execute();
  return new Set(rows.map((row) => row.id));
}

/** Units linked to these across the reform, both ways (successors of old units, predecessors of new ones). */
export async function findLinkedUnitIds(db: Executor, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('admin_unit_successions')
    .select(['predecessor_id', 'successor_id'])
    .where((eb) => eb.or([eb('predecessor_id', 'in', [...ids]), eb('successor_id', 'in', [...ids])]))
    .execute();
  const linked = new Set<string>();
  for (const row of rows) {
    linked.add(row.predecessor_id);
    linked.add(row.successor_id);
  }
  for (const id of ids) linked.delete(id);
  return [...linked];
}

/** An agency and its unit, for checking an agency id named in a body against scope. */
export async function findAgencyRefs(
  db: Executor,
  ids: readonly string[],
): Promise<Map<string, { id: string; adminUnit: { id: string } }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('agencies')
    .select(['id', 'admin_unit_id'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((row) => [row.id, { id: row.id, adminUnit: { id: row.admin_unit_id } }]));
}
