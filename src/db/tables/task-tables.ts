import type { ColumnType } from 'kysely';
import type { AssignmentRole, Derivation } from '../../domain/tasks/fan-out-assignments.ts';

type DateColumn = ColumnType<string | null, string | null | undefined, string | null>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** Who a task falls to (derived from its mentions; decision 0027). */
export interface TaskAssignmentsTable {
  id: string;
  task_id: string;
  plan_id: string;
  position: number;
  role: AssignmentRole;
  agency_id: string | null;
  admin_unit_id: string | null;
  derivation: Derivation;
  mention_text: string;
  reason: string | null;
}

/** The lead's report on one occurrence; `holder` is the agency id or `unit:<commune id>`. */
export interface TaskProgressTable {
  task_id: string;
  holder: string;
  due_date: ColumnType<string, string, string>;
  percent: number;
  note: string | null;
  evidence_number: string | null;
  evidence_date: DateColumn;
  evidence_file_id: string | null;
  evidence_file_name: string | null;
  completed_on: DateColumn;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface TaskCommentsTable {
  id: string;
  task_id: string;
  agency_id: string | null;
  author_id: string | null;
  author_name: string;
  text: string;
  created_at: Timestamp;
}

export interface TaskTables {
  task_assignments: TaskAssignmentsTable;
  task_progress: TaskProgressTable;
  task_comments: TaskCommentsTable;
}
