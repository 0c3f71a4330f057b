// Storage of reported values. Roll-ups read one data element set, period and disaggregation
// for a list of units (the subtree's leaves and their predecessors); data_values_rollup_idx
// (data_element_id, period, unit_id) answers that as index ranges.
import type { Kysely, Transaction } from 'kysely';
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

/** Every value of these elements for these units in the calendar (any period, any disaggregation). */
export async function findValuesOfUnits(
  db: Executor,
  query: { dataElementIds: readonly string[]; unitIds: readonly string[]; calendarId: string },
): Promise<ValueRow[]> {
  if (query.dataElementIds.length === 0 || query.unitIds.length === 0) return [];
  const rows = await db
    .selectFrom('data_values')
    .select(columns)
    .where('data_element_id', 'in', [...query.dataElementIds])
    .where('unit_id', 'in', [...query.unitIds])
    .where('calendar_id', '=', query.calendarId)
    .orderBy('data_element_id')
    .orderBy('unit_id')
    .orderBy('period')
    .orderBy('disaggregation')
    .execute();
  return rows.map(toRow);
}

/** The values roll-ups need: these elements, periods and disaggregation, these units (one read for a series). */
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
  if (query.unitIds.length === 0 || query.periods.length === 0 || query.dataElementIds.length === 0) return [];
  const rows = await db
    .selectFrom('data_values')
    .select(['data_element_id', 'unit_id', 'period', 'value'])
    .where('data_element_id', 'in', [...query.dataElementIds])
    .where('period', 'in', [...query.periods])
    .where('unit_id', 'in', [...query.unitIds])
    .where('calendar_id', '=', query.calendarId)
    .where('disaggregation', '=', query.disaggregation)
    .execute();
  return rows.map((row) => ({
    dataElementId: row.data_element_id,
    unitId: row.unit_id,
    period: row.period,
    value: Number(row.value),
  }));
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

export async function upsertValues(db: Executor, writes: readonly ValueWrite[]): Promise<void> {
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
