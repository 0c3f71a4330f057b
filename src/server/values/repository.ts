// Storage of reported values. Roll-ups read a data element set, periods and a disaggregation
// for a list of units (the subtree's leaves and their predecessors); the primary key
// (data_element_id, unit_id, period, ...) answers that as index ranges.
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { ValueSource } from '../../db/tables/value-tables.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export interface ValueRow {
  dataElementId: string;
  unitId: string;
  period: string;
  calendarId: string;
  disaggregation: string;
  value: number;
  source: ValueSource;
  enteredBy: string | null;
  enteredAt: string;
}

const columns = [
  'data_element_id',
  'unit_id',
  'period',
  'calendar_id',
  'disaggregation',
  'value',
  'source',
  'entered_by',
  'entered_at',
] as const;

function toRow(row: {
  data_element_id: string;
  unit_id: string;
  period: string;
  calendar_id: string;
  disaggregation: string;
  value: number;
  source: ValueSource;
  entered_by: string | null;
  entered_at: Date;
}): ValueRow {
  return {
    dataElementId: row.data_element_id,
    unitId: row.unit_id,
    period: row.period,
    calendarId: row.calendar_id,
    disaggregation: row.disaggregation,
    value: Number(row.value),
    source: row.source,
    enteredBy: row.entered_by,
    enteredAt: new Date(row.entered_at).toISOString(),
  };
}

interface ValuesOfUnitsQuery {
  dataElementIds: readonly string[];
  unitIds: readonly string[];
  calendarId: string;
}

// Columns named by table: the listing joins users, whose columns must not be mistaken for these.
function selectValuesOfUnits(db: Executor, query: ValuesOfUnitsQuery) {
  return db
    .selectFrom('data_values')
    .where('data_values.data_element_id', 'in', [...query.dataElementIds])
    .where('data_values.unit_id', 'in', [...query.unitIds])
    .where('data_values.calendar_id', '=', query.calendarId)
    .orderBy('data_values.data_element_id')
    .orderBy('data_values.unit_id')
    .orderBy('data_values.period')
    .orderBy('data_values.disaggregation');
}

/** Every value of these elements for these units in the calendar (any period, any disaggregation). */
export async function findValuesOfUnits(db: Executor, query: ValuesOfUnitsQuery): Promise<ValueRow[]> {
  if (query.dataElementIds.length === 0 || query.unitIds.length === 0) return [];
  const rows = await selectValuesOfUnits(db, query).select(columns).execute();
  return rows.map(toRow);
}

/** A stored value as listed to people: who entered it by name as well. */
export interface NamedValueRow extends ValueRow {
  /** The user's display name; null when the value has no user or the id matches no user. */
  enteredByName: string | null;
}

/**
 * findValuesOfUnits with the name of whoever entered each value. entered_by has no foreign key
 * (a value outlives its user), hence the left join. Saving does not need names and keeps the
 * read without the join.
 */
export async function findNamedValuesOfUnits(db: Executor, query: ValuesOfUnitsQuery): Promise<NamedValueRow[]> {
  if (query.dataElementIds.length === 0 || query.unitIds.length === 0) return [];
  const rows = await selectValuesOfUnits(db, query)
    .leftJoin('users', 'users.id', 'data_values.entered_by')
    .select(columns.map((column) => `data_values.${column}` as const))
    .select('users.display_name as entered_by_name')
    .execute();
  return rows.map((row) => ({ ...toRow(row), enteredByName: row.entered_by_name ?? null }));
}

/**
 * The values roll-ups need: these elements, these periods and one disaggregation, these units,
 * read from the primary key (element, unit, period): one period is a probe per element and
 * unit; several (a plan page's series) one range of periods per element and unit, the periods
 * asked kept here. `period in (...)` would make PostgreSQL probe every element × unit × period
 * (~10,000 probes for a province over 10 years: 40 ms instead of 6 ms on 10M rows). One row per
 * element and unit, its periods and values as arrays: a tenth of the rows to send and parse
 * (PGlite hands every row over from its worker thread: 65 → 35 ms for that province's series).
 */
export async function findRollupValues(
  db: Executor,
  query: {
    dataElementIds: readonly string[];
    unitIds: readonly string[];
    periods: readonly string[];
    calendarId: string;
    disaggregation: string;
  },
): Promise<{ dataElementId: string; unitId: string; period: string; value: number }[]> {
  if (query.unitIds.length === 0 || query.periods.length === 0) return [];
  // Canonical period texts of one kind do not all sort as their periods do (2026C12 < 2026C9):
  // the range runs from the least text to the greatest.
  const sorted = [...query.periods].sort();
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  let select = db
    .selectFrom('data_values')
    .select([
      'data_element_id',
      'unit_id',
      sql<string[]>`array_agg(period)`.as('periods'),
      sql<number[]>`array_agg(value)`.as('values'),
    ])
    .where('data_element_id', 'in', [...query.dataElementIds]);
  select =
    first === last
      ? select.where('period', '=', first)
      : select.where('period', '>=', first).where('period', '<=', last);
  const rows = await select
    .where('unit_id', 'in', [...query.unitIds])
    .where('calendar_id', '=', query.calendarId)
    .where('disaggregation', '=', query.disaggregation)
    .groupBy(['data_element_id', 'unit_id'])
    .execute();
  const wanted = new Set(query.periods);
  const values: { dataElementId: string; unitId: string; period: string; value: number }[] = [];
  for (const row of rows) {
    row.periods.forEach((period, i) => {
      if (wanted.has(period))
        values.push({ dataElementId: row.data_element_id, unitId: row.unit_id, period, value: Number(row.values[i]) });
    });
  }
  return values;
}

export interface ValueWrite {
  dataElementId: string;
  unitId: string;
  period: string;
  calendarId: string;
  disaggregation: string;
  value: number;
  source: ValueSource;
  enteredBy: string | null;
  enteredAt: Date;
}

/** Rows per INSERT: 9 parameters a row stays well under PostgreSQL's 65,535 per statement. */
const rowsPerInsert = 2_000;

export async function upsertValues(db: Executor, writes: readonly ValueWrite[]): Promise<void> {
  for (let start = 0; start < writes.length; start += rowsPerInsert)
    await upsertValueChunk(db, writes.slice(start, start + rowsPerInsert));
}

async function upsertValueChunk(db: Executor, writes: readonly ValueWrite[]): Promise<void> {
  if (writes.length === 0) return;
  await db
    .insertInto('data_values')
    .values(
      writes.map((write) => ({
        data_element_id: write.dataElementId,
        unit_id: write.unitId,
        period: write.period,
        calendar_id: write.calendarId,
        disaggregation: write.disaggregation,
        value: write.value,
        source: write.source,
        entered_by: write.enteredBy,
        entered_at: write.enteredAt,
      })),
    )
    .onConflict((conflict) =>
      conflict.columns(['data_element_id', 'unit_id', 'period', 'calendar_id', 'disaggregation']).doUpdateSet((eb) => ({
        value: eb.ref('excluded.value'),
        source: eb.ref('excluded.source'),
        entered_by: eb.ref('excluded.entered_by'),
        entered_at: eb.ref('excluded.entered_at'),
      })),
    )
    .execute();
}

export async function deleteValue(
  db: Executor,
  key: { dataElementId: string; unitId: string; period: string; calendarId: string; disaggregation: string },
): Promise<void> {
  await db
    .deleteFrom('data_values')
    .where('data_element_id', '=', key.dataElementId)
    .where('unit_id', '=', key.unitId)
    .where('period', '=', key.period)
    .where('calendar_id', '=', key.calendarId)
    .where('disaggregation', '=', key.disaggregation)
    .execute();
}
