import type { ColumnType } from 'kysely';

/** A planner's changes to a plan's report for a period; see migration 20261203620000. */
export interface PlanReportFieldsTable {
  plan_id: string;
  period: string;
  number: string | null;
  report_date: string | null;
  place: string | null;
  signer_name: string | null;
  signer_title: string | null;
  /** string[] (JSON), or null for the default recipients. */
  recipients: ColumnType<unknown, string | null, string | null>;
  intro: string | null;
  updated_by: string | null;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** The final DOCX of a plan's report for a period, stored with the plan. */
export interface PlanReportFinalsTable {
  plan_id: string;
  period: string;
  file_name: string;
  sha256: string;
  size_bytes: number;
  content: ColumnType<Uint8Array, Uint8Array, Uint8Array>;
  finalised_by: string | null;
  finalised_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface PlanReportTables {
  plan_report_fields: PlanReportFieldsTable;
  plan_report_finals: PlanReportFinalsTable;
}
