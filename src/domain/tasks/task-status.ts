// The status of one task occurrence on the Government's task-tracking grid, against a given
// "today" (a date in Vietnam): done on time, done late, in progress within its deadline,
// overdue and not done; and, for work in progress, how close the deadline is (7, 3 or 1 day).
// Pure: the caller says what today is, so every status can be tested against a fixed day.
import { addDays, type IsoDate } from '../periods/iso-dates.ts';

export type TaskStatus = 'done_on_time' | 'done_late' | 'in_progress' | 'overdue';

/** The grid's order: what needs attention first. */
export const taskStatuses: readonly TaskStatus[] = ['overdue', 'in_progress', 'done_late', 'done_on_time'];

export const taskStatusLabels: Record<TaskStatus, { vi: string; en: string }> = {
  done_on_time: { vi: 'Hoàn thành đúng hạn', en: 'Done on time' },
  done_late: { vi: 'Hoàn thành quá hạn', en: 'Done late' },
  in_progress: { vi: 'Đang thực hiện (trong hạn)', en: 'In progress (on time)' },
  overdue: { vi: 'Quá hạn chưa hoàn thành', en: 'Overdue, not done' },
};

/** Days before the deadline at which work in progress is flagged "sắp đến hạn", widest first. */
export const dueSoonThresholds = [7, 3, 1] as const;
export type DueSoon = (typeof dueSoonThresholds)[number];
/** Narrowest first, built once: the status of every occurrence of every task reads it. */
const narrowestFirst: readonly DueSoon[] = [...dueSoonThresholds].reverse();

export interface OccurrenceState {
  /** The last day the occurrence may be done on. */
  dueDate: IsoDate;
  /** The day it was reported done, or null. */
  completedOn: IsoDate | null;
}

export interface OccurrenceStatus {
  status: TaskStatus;
  /** For work in progress: the narrowest threshold the deadline falls within (1, 3 or 7 days); else null. */
  dueSoon: DueSoon | null;
  /** Days from today to the deadline (0 on the day, negative once past). */
  daysLeft: number;
  /** Days after the deadline it was done or has been overdue; 0 when on time. */
  daysLate: number;
}

// Deadlines repeat (31 December, quarter ends) across thousands of tasks: remember the day
// numbers already read, up to a bound, so a board of 25,000 tasks does not parse them again.
const dayNumbers = new Map<IsoDate, number>();
function dayNumber(date: IsoDate): number {
  let day = dayNumbers.get(date);
  if (day === undefined) {
    day = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
    if (dayNumbers.size >= 50_000) dayNumbers.clear();
    dayNumbers.set(date, day);
  }
  return day;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function countDaysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function findOccurrenceStatus(occurrence: OccurrenceState, today: IsoDate): OccurrenceStatus {
  const daysLeft = countDaysBetween(today, occurrence.dueDate);
  if (occurrence.completedOn !== null) {
    const late = countDaysBetween(occurrence.dueDate, occurrence.completedOn);
    return late > 0
      ? { status: 'done_late', dueSoon: null, daysLeft, daysLate: late }
      : { status: 'done_on_time', dueSoon: null, daysLeft, daysLate: 0 };
  }
  if (daysLeft < 0) return { status: 'overdue', dueSoon: null, daysLeft, daysLate: -daysLeft };
  const dueSoon = narrowestFirst.find((threshold) => daysLeft <= threshold) ?? null;
  return { status: 'in_progress', dueSoon, daysLeft, daysLate: 0 };
}

/** "Sắp đến hạn (còn 3 ngày)", "Đến hạn hôm nay"; null when not due soon. */
export function describeDueSoon(status: OccurrenceStatus, locale: 'vi' | 'en' = 'vi'): string | null {
  if (status.dueSoon === null) return null;
  if (status.daysLeft === 0) return locale === 'vi' ? 'Đến hạn hôm nay' : 'Due today';
  return locale === 'vi'
    ? `Sắp đến hạn (còn ${status.daysLeft} ngày)`
    : `Due soon (${status.daysLeft} day${status.daysLeft === 1 ? '' : 's'} left)`;
}

/** The first day an occurrence counts as overdue. */
export const firstOverdueDay = (dueDate: IsoDate) => addDays(dueDate, 1);
