// Turning stored tasks, assignments and reports into what the screens show: each assignment's
// occurrences with their statuses as of today (pure domain functions), the holder named as
// the catalogue names it when the reader may see its unit (decision 0011), else as written.
import type { AdminUnitIndex } from '../../domain/admin-units/admin-unit-index.ts';
import type { IsoDate } from '../../domain/admin-units/types.ts';
import {
  findCurrentOccurrence,
  listOccurrenceStatuses,
  listSharedOccurrences,
  type OccurrenceWithStatus,
} from '../../domain/tasks/occurrence-statuses.ts';
import { scopeIncludes } from '../access/scope.ts';
import type { Principal } from '../auth/actor.ts';
import { type AssignmentRecord, holderOf, type ProgressRecord, type TaskRecord } from './repository.ts';

export interface OccurrenceView extends OccurrenceWithStatus {
  note: string | null;
  evidenceNumber: string | null;
  evidenceDate: string | null;
  updatedBy: string | null;
}

export interface AssignmentView {
  assignment: AssignmentRecord;
  holder: string | null;
  /** The agency's catalogue name, the commune's name, or the mention as written. */
  holderName: string;
  unitName: string | null;
  /** The agency and unit ids, only when the reader may see them (else null: decision 0011). */
  agencyId: string | null;
  adminUnitId: string | null;
  occurrences: OccurrenceView[];
  current: OccurrenceView | null;
}

export interface ViewContext {
  actor: Principal;
  today: IsoDate;
  index: AdminUnitIndex;
  agencies: ReadonlyMap<string, { name: string; adminUnitId: string }>;
  /** Reports by `${taskId}|${holder}`, each by due date. */
  progress: ReadonlyMap<string, ReadonlyMap<string, ProgressRecord>>;
}

export function indexProgress(rows: readonly ProgressRecord[]): Map<string, Map<string, ProgressRecord>> {
  const byKey = new Map<string, Map<string, ProgressRecord>>();
  for (const row of rows) {
    const key = `${row.taskId}|${row.holder}`;
    const byDue = byKey.get(key) ?? new Map<string, ProgressRecord>();
    byDue.set(row.dueDate, row);
    byKey.set(key, byDue);
  }
  return byKey;
}

export const planPeriodOf = (task: TaskRecord) => ({
  from: task.plan.periodFrom ?? task.plan.year,
  to: task.plan.periodTo ?? task.plan.periodFrom ?? task.plan.year,
});

const noReports: ReadonlyMap<string, ProgressRecord> = new Map();

export function buildAssignmentView(task: TaskRecord, assignment: AssignmentRecord, view: ViewContext): AssignmentView {
  const holder = holderOf(assignment);
  const reports = (holder && view.progress.get(`${task.id}|${holder}`)) || noReports;
  const occurrences = listOccurrenceStatuses(
    listSharedOccurrences(task.due, planPeriodOf(task)),
    reports,
    view.today,
  ).map((occurrence): OccurrenceView => {
    const report = reports.get(occurrence.dueDate);
    return {
      ...occurrence,
      note: report?.note ?? null,
      evidenceNumber: report?.evidenceNumber ?? null,
      evidenceDate: report?.evidenceDate ?? null,
      updatedBy: report?.updatedBy ?? null,
    };
  });
  const found = assignment.agencyId ? view.agencies.get(assignment.agencyId) : undefined;
  const agency = found && assignment.agencyId ? { id: assignment.agencyId, ...found } : undefined;
  const agencyVisible = agency !== undefined && scopeIncludes(view.actor.scope, agency.adminUnitId);
  const unit = assignment.adminUnitId ? view.index.get(assignment.adminUnitId) : undefined;
  const unitVisible = unit !== undefined && scopeIncludes(view.actor.scope, unit.id);
  const holderName = agencyVisible
    ? agency.name
    : assignment.derivation === 'communes' && unitVisible
      ? unit.name
      : assignment.mentionText;
  return {
    assignment,
    holder,
    holderName,
    unitName: unitVisible ? unit.name : null,
    agencyId: agencyVisible ? agency.id : null,
    adminUnitId: unitVisible ? unit.id : null,
    occurrences,
    current: findCurrentOccurrence(occurrences),
  };
}
