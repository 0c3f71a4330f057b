import type { ColumnType } from 'kysely';
import type { ReportState } from '../../domain/reporting/report-workflow.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T> = ColumnType<T, string | undefined, string>;

/** A task's line in a unit report: how far the unit got and what it says. */
export type TaskProgress = 'not_started' | 'in_progress' | 'done';
export interface TaskNote {
  progress: TaskProgress | null;
  note: string;
}

/** One unit's report for a duty and period; see migration 20261203610100. */
export interface UnitReportsTable {
  id: string;
  plan_id: string;
  duty_id: string;
  period: string;
  agency_id: string;
  state: ReportState;
  achievements: ColumnType<string, string | undefined, string>;
  difficulties: ColumnType<string, string | undefined, string>;
  proposals: ColumnType<string, string | undefined, string>;
  task_notes: Json<Record<string, TaskNote>>;
  first_submitted_at: NullableTimestamp;
  submitted_at: NullableTimestamp;
  submitted_by: ColumnType<string | null, string | null | undefined, string | null>;
  returned_at: NullableTimestamp;
  returned_by: ColumnType<string | null, string | null | undefined, string | null>;
  return_reason: ColumnType<string | null, string | null | undefined, string | null>;
  accepted_at: NullableTimestamp;
  accepted_by: ColumnType<string | null, string | null | undefined, string | null>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: ColumnType<number, number | undefined, number>;
}

export interface ReportTables {
  unit_reports: UnitReportsTable;
}
