// A stored value's history from the audit log: every audit row of data_values whose list of
// changes names the cell (GIN index audit_log_value_changes_idx), newest first.
import { sql } from 'kysely';
import type { Executor } from '../plans/repository.ts';

export interface ValueCellKey {
  dataElementId: string;
  unitId: string;
  period: string;
  disaggregation: string;
  calendarId: string;
}

export interface ValueChangeRow {
  at: string;
  actorName: string;
  action: string;
  before: number | null;
  after: number | null;
}

interface StoredChange {
  dataElementId?: string;
  unitId?: string;
  period?: string;
  disaggregation?: string;
  before?: number | null;
  after?: number | null;
}

export async function findValueHistory(db: Executor, cell: ValueCellKey, limit: number): Promise<ValueChangeRow[]> {
  const named = JSON.stringify([
    {
      dataElementId: cell.dataElementId,
      unitId: cell.unitId,
      period: cell.period,
      disaggregation: cell.disaggregation,
    },
  ]);
  const rows = await db
    .selectFrom('audit_log')
    .select(['at', 'actor_name', 'action', 'after'])
    .where('entity', '=', 'data_values')
    .where(sql<boolean>`(after -> 'changes') @> ${named}::jsonb`)
    .where(sql<boolean>`after ->> 'calendarId' = ${cell.calendarId}`)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => {
    const after = (typeof row.after === 'string' ? JSON.parse(row.after) : row.after) as { changes?: StoredChange[] };
    const change = (after.changes ?? []).find(
      (candidate) =>
        candidate.dataElementId === cell.dataElementId &&
        candidate.unitId === cell.unitId &&
        candidate.period === cell.period &&
        candidate.disaggregation === cell.disaggregation,
    );
    return {
      at: new Date(row.at).toISOString(),
      actorName: row.actor_name,
      action: row.action,
      before: change?.before ?? null,
      after: change?.after ?? null,
    };
  });
}
