// A task's occurrences with their statuses as of a given today, from what the lead reported
// per occurrence; and the one to show first (the earliest still open, else the last).
import type { IsoDate } from '../periods/iso-dates.ts';
import type { TaskDue } from '../plans/plan-model.ts';
import type { PlanPeriod } from '../plans/schedule-task-due.ts';
import { findOccurrenceStatus, type OccurrenceStatus } from './task-status.ts';
import { listTaskOccurrences, type TaskOccurrence } from './task-occurrences.ts';

const dueKey = (due: TaskDue | null, period: PlanPeriod) =>
  due === null
    ? `-|${period.from}|${period.to}`
    : due.kind === 'once'
      ? `o|${due.by}|${due.date ?? ''}|${period.from}|${period.to}`
      : due.kind === 'recurring'
        ? `r|${due.freq}|${due.month}|${period.from}|${period.to}`
        : `g|${period.from}|${period.to}`;

// Thousands of tasks share a handful of dues ("hằng năm", "Quý I/2022") and plan periods:
// their occurrences are worked out once and shared, read-only.
const schedules = new Map<string, readonly TaskOccurrence[]>();

/** listTaskOccurrences, remembered per due and period (the result must not be changed). */
export function listSharedOccurrences(due: TaskDue | null, period: PlanPeriod): readonly TaskOccurrence[] {
  const key = dueKey(due, period);
  let occurrences = schedules.get(key);
  if (occurrences === undefined) {
    occurrences = Object.freeze(listTaskOccurrences(due, period).map((occurrence) => Object.freeze(occurrence)));
    if (schedules.size >= 10_000) schedules.clear();
    schedules.set(key, occurrences);
  }
  return occurrences;
}

export interface ReportedProgress {
  percent: number;
  completedOn: IsoDate | null;
}

export interface OccurrenceWithStatus extends TaskOccurrence, OccurrenceStatus {
  percent: number;
  completedOn: IsoDate | null;
}

export function listOccurrenceStatuses(
  occurrences: readonly TaskOccurrence[],
  reported: ReadonlyMap<IsoDate, ReportedProgress>,
  today: IsoDate,
): OccurrenceWithStatus[] {
  return occurrences.map((occurrence) => {
    const progress = reported.get(occurrence.dueDate);
    const completedOn = progress?.completedOn ?? null;
    const status = findOccurrenceStatus({ dueDate: occurrence.dueDate, completedOn }, today);
    // Fields written out rather than spread: this runs for every occurrence of every task.
    return {
      dueDate: occurrence.dueDate,
      label: occurrence.label,
      kind: occurrence.kind,
      status: status.status,
      dueSoon: status.dueSoon,
      daysLeft: status.daysLeft,
      daysLate: status.daysLate,
      percent: completedOn !== null ? 100 : (progress?.percent ?? 0),
      completedOn,
    };
  });
}

/** The occurrence that needs attention: the earliest not done, else the last one; null for none. */
export function findCurrentOccurrence<T extends { completedOn: IsoDate | null }>(occurrences: readonly T[]): T | null {
  return occurrences.find((occurrence) => occurrence.completedOn === null) ?? occurrences.at(-1) ?? null;
}
