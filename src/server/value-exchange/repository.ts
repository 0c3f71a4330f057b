// The read behind value exports: every stored value of some units (and elements) in one
// calendar, with the username of whoever stored it (DHIS2's storedBy). Capped by the caller's
// limit + 1 so an export too large to send is refused before it is built.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export interface ExportRow {
  dataElementId: string;
  unitId: string;
  period: string;
  disaggregation: string;
  value: number;
  storedBy: string | null;
  enteredAt: string;
}

export async function findValuesForExport(
  db: Executor,
  query: { unitIds: readonly string[]; dataElementIds: readonly string[] | null; calendarId: string; limit: number },
): Promise<ExportRow[]> {
  if (query.unitIds.length === 0 || query.dataElementIds?.length === 0) return [];
  let select = db
    .selectFrom('data_values')
    .leftJoin('users', 'users.id', 'data_values.entered_by')
    .select([
      'data_values.data_element_id',
      'data_values.unit_id',
      'data_values.period',
      'data_values.disaggregation',
      'data_values.value',
      'data_values.entered_at',
      'users.username',
    ])
    .where('data_values.unit_id', 'in', [...query.unitIds])
    .where('data_values.calendar_id', '=', query.calendarId);
  if (query.dataElementIds) select = select.where('data_values.data_element_id', 'in', [...query.dataElementIds]);
  const rows = await select
    .orderBy('data_values.unit_id')
    .orderBy('data_values.data_element_id')
    .orderBy('data_values.period')
    .orderBy('data_values.disaggregation')
    .limit(query.limit)
    .execute();
  return rows.map((row) => ({
    dataElementId: row.data_element_id,
    unitId: row.unit_id,
    period: row.period,
    disaggregation: row.disaggregation,
    value: Number(row.value),
    storedBy: row.username ?? null,
    enteredAt: new Date(row.entered_at).toISOString(),
  }));
}
