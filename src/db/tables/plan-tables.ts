import type { ColumnType } from 'kysely';
import type {
  Frequency,
  IssuerLevel,
  ReferenceRole,
  ReportingFrequency,
  TargetOp,
  TargetUnit,
} from '../../domain/plans/plan-model.ts';

// Dates come back as 'YYYY-MM-DD' strings and numerics as numbers (see db/pg-types.ts).
type DateColumn = ColumnType<string | null, string | null, string | null>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export interface PlanFilesTable {
  id: string;
  sha256: string;
  size_bytes: number;
  content: ColumnType<Uint8Array, Uint8Array, never>;
  uploaded_at: Timestamp;
}

export interface PlanDraftsTable {
  id: string;
  file_id: string;
  /** The upload's own name and media type (the stored file may be shared by hash). */
  file_name: string;
  media_type: string;
  source_text: string;
  /** A PlanExtraction with resolved agencies. */
  extraction: Json<unknown>;
  admin_unit_id: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** Goes up by one with every save; a save from an older version is refused. */
  version: ColumnType<number, number | undefined, number>;
}

export interface PlansTable {
  id: string;
  kind: string | null;
  number: string | null;
  number_key: string | null;
  symbol: string | null;
  issuer: string | null;
  issuer_level: IssuerLevel | null;
  admin_unit_id: string;
  place: string | null;
  document_date: DateColumn;
  year: number | null;
  title: string | null;
  signer_name: string | null;
  signer_title: string | null;
  period_from: number | null;
  period_to: number | null;
  horizons: Json<number[]>;
  file_id: string;
  /** The upload's own name and media type (the stored file may be shared by hash). */
  file_name: string;
  media_type: string;
  source_text: string;
  /** planSearchText(number, title, issuer, place): the list's diacritics-insensitive search. */
  search_text: ColumnType<string, string | undefined, string>;
  /** planListKey(document_date, year): the list's order, indexed with created_at and id. */
  list_key: ColumnType<string, string | undefined, string>;
  /** Stored part counts for lists; insertPlans writes them, edits of the parts must too. */
  target_count: ColumnType<number, number | undefined, number>;
  task_count: ColumnType<number, number | undefined, number>;
  reporting_count: ColumnType<number, number | undefined, number>;
  reference_count: ColumnType<number, number | undefined, number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** Set when the plan was confirmed as a chosen duplicate of this one. */
  duplicate_of: ColumnType<string | null, string | null | undefined, string | null>;
  /** When the task assignments were last derived; null: derive them on the next read. */
  tasks_assigned_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface PlanTargetsTable {
  id: string;
  plan_id: string;
  position: number;
  parent_id: string | null;
  text: string;
  subject: string;
  op: TargetOp;
  value: number | null;
  value2: number | null;
  unit: TargetUnit | null;
  unit_noun: string | null;
  year: number | null;
  source_line: number | null;
  /** The catalogue indicator the target is linked to (slug), or null; decision 0022. */
  indicator_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** Who confirmed the link (null: the system, or the user was deleted). */
  indicator_linked_by: ColumnType<string | null, string | null | undefined, string | null>;
  indicator_linked_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface PlanTasksTable {
  id: string;
  plan_id: string;
  position: number;
  text: string;
  deliverable: string | null;
  due_kind: 'once' | 'recurring' | 'ongoing' | null;
  due_by: string | null;
  due_freq: Frequency | null;
  due_month: number | null;
  due_text: string | null;
  source_line: number | null;
  /** The task this one is a sub-task of (issue 10), or null. */
  parent_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface PlanTaskAgenciesTable {
  task_id: string;
  role: 'lead' | 'support';
  position: number;
  text: string;
  agency_id: string | null;
}

export interface PlanTaskDeadlinesTable {
  task_id: string;
  due_date: ColumnType<string, string, string>;
  label: string;
}

export interface PlanReportingDutiesTable {
  id: string;
  plan_id: string;
  position: number;
  freq: ReportingFrequency;
  due_month: number | null;
  due_day: number | null;
  recipient_text: string | null;
  via_text: string | null;
  text: string;
  source_line: number | null;
  /** The agency that consolidates the units' reports; null: the plan's planners (0028). */
  consolidating_agency_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** The agencies that report; null: every agency with a task in the plan (0028). */
  reporting_agency_ids: ColumnType<string[] | null, string | null | undefined, string | null>;
}

export interface PlanReferencesTable {
  id: string;
  plan_id: string;
  position: number;
  kind: string | null;
  number: string;
  number_key: string;
  document_date: DateColumn;
  issuer: string | null;
  role: ReferenceRole;
  source_line: number | null;
  referenced_plan_id: string | null;
}

/**
 * The scope roots that see each plan, with its list order (derived; kept by triggers from
 * plans and admin_unit_scopes, migration 20261202400400). Never written by the application.
 */
export interface PlanScopesTable {
  root_unit_id: string;
  plan_id: string;
  list_key: string;
  created_at: Timestamp;
}

export interface PlanTables {
  plan_files: PlanFilesTable;
  plan_drafts: PlanDraftsTable;
  plans: PlansTable;
  plan_targets: PlanTargetsTable;
  plan_tasks: PlanTasksTable;
  plan_task_agencies: PlanTaskAgenciesTable;
  plan_task_deadlines: PlanTaskDeadlinesTable;
  plan_reporting_duties: PlanReportingDutiesTable;
  plan_references: PlanReferencesTable;
  plan_scopes: PlanScopesTable;
}
