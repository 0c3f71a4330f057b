// A task's due as the plan states it → the dated deadlines it means over the plan's period.
import type { TaskDue } from './plan-model.ts';

export interface TaskDeadline {
  /** 'YYYY-MM-DD', the last day by which the task is due. */
  dueDate: string;
  /** How the deadline reads for people: "Quý I/2022", "Tháng 12/2021", "Năm 2023". */
  label: string;
}

export interface PlanPeriod {
  from: number | null;
  to: number | null;
}

const romanQuarters = ['I', 'II', 'III', 'IV'] as const;
/** Recurring tasks in a very long plan (or a typo like 2002–2030) stop after this many years. */
const maxYears = 30;

const pad = (value: number) => String(value).padStart(2, '0');

function lastDayOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(day)}`;
}

const quarterDeadline = (year: number, quarter: number): TaskDeadline => ({
  dueDate: lastDayOfMonth(year, quarter * 3),
  label: `Quý ${romanQuarters[quarter - 1]}/${year}`,
});
const monthDeadline = (year: number, month: number): TaskDeadline => ({
  dueDate: lastDayOfMonth(year, month),
  label: `Tháng ${month}/${year}`,
});
const yearDeadline = (year: number): TaskDeadline => ({ dueDate: `${year}-12-31`, label: `Năm ${year}` });

const isYear = (value: number | null): value is number =>
  value !== null && Number.isInteger(value) && value >= 1900 && value <= 2200;
const isMonth = (value: number | null | undefined): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 12;

/** Parses the `by` of a one-off due: '2022-Q1', '2022-H1', '2021-12', '2023', '2023-12-15'. */
export function scheduleOnce(by: string): TaskDeadline | null {
  const text = by.trim();
  let match = /^(\d{4})-Q([1-4])$/i.exec(text);
  if (match) return quarterDeadline(Number(match[1]), Number(match[2]));
  match = /^(\d{4})-H([12])$/i.exec(text);
  if (match) {
    const year = Number(match[1]);
    return match[2] === '1'
      ? { dueDate: `${year}-06-30`, label: `6 tháng đầu năm ${year}` }
      : { dueDate: `${year}-12-31`, label: `6 tháng cuối năm ${year}` };
  }
  match = /^(\d{4})-(\d{1,2})$/.exec(text);
  if (match && isMonth(Number(match[2]))) return monthDeadline(Number(match[1]), Number(match[2]));
  match = /^(\d{4})$/.exec(text);
  if (match) return yearDeadline(Number(match[1]));
  match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() === month - 1 && date.getUTCDate() === day)
      return { dueDate: text, label: `Ngày ${day}/${month}/${year}` };
  }
  return null;
}

/** The plan's years, from..to (one year when only one end is known); [] when neither is. */
export function planYears(period: PlanPeriod): number[] {
  const from = isYear(period.from) ? period.from : isYear(period.to) ? period.to : null;
  const to = isYear(period.to) ? period.to : from;
  if (from === null || to === null) return [];
  const [start, end] = from <= to ? [from, to] : [to, from];
  const years: number[] = [];
  for (let year = start; year <= end && years.length < maxYears; year++) years.push(year);
  return years;
}

/**
 * Deadlines of a task: one for a one-off due, one per period (year, half, quarter, month)
 * of each plan year for a recurring one, none for ongoing work or no due at all.
 */
export function scheduleTaskDue(due: TaskDue | null, period: PlanPeriod): TaskDeadline[] {
  if (!due) return [];
  if (due.kind === 'ongoing') return [];
  if (due.kind === 'once') {
    // A written day ("trước ngày 30/9/2024") is kept in `date`; `by` is its month.
    const deadline =
      typeof due.date === 'string'
        ? (scheduleOnce(due.date) ?? scheduleOnce(due.by))
        : typeof due.by === 'string'
          ? scheduleOnce(due.by)
          : null;
    return deadline ? [deadline] : [];
  }
  const deadlines: TaskDeadline[] = [];
  for (const year of planYears(period)) {
    switch (due.freq) {
      case 'yearly':
        deadlines.push(isMonth(due.month) ? monthDeadline(year, due.month) : yearDeadline(year));
        break;
      case 'half-yearly':
        deadlines.push(
          { dueDate: `${year}-06-30`, label: `6 tháng đầu năm ${year}` },
          { dueDate: `${year}-12-31`, label: `6 tháng cuối năm ${year}` },
        );
        break;
      case 'quarterly':
        for (let quarter = 1; quarter <= 4; quarter++) deadlines.push(quarterDeadline(year, quarter));
        break;
      case 'monthly':
        for (let month = 1; month <= 12; month++) deadlines.push(monthDeadline(year, month));
        break;
    }
  }
  return deadlines;
}
