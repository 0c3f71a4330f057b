// When a duty's report for a period is due. A duty says a cycle and, often, a day ("định kỳ hằng
// năm, trước ngày 15 tháng 12"); the period's window comes from the reporting calendar (0020).
// One rule for every cycle: the due date is the first occurrence of the duty's day (and month,
// for a yearly duty) on or after an anchor — the middle of a year's window, two weeks before
// the end of a shorter one — so "15/12" is in the year it reports on, "trước ngày 15/01" falls
// in the next year, "6 tháng, ngày 20" on 20/6 and 20/12, a monthly "ngày 5" in the month
// after and "ngày 25" in the month itself. Without a day the report is due on the window's
// last day.
import {
  addDays,
  countDaysInMonth,
  type DateWindow,
  findLastDay,
  formatIsoDate,
  type IsoDate,
} from '../periods/iso-dates.ts';
import type { PartitionKind, Period } from '../periods/period-kinds.ts';
import type { ReportingFrequency } from '../plans/plan-model.ts';

/** The period kind a duty's cycle reports on; an ad hoc duty (đột xuất) has no periods. */
export const frequencyPeriodKinds: { readonly [F in ReportingFrequency]: PartitionKind | null } = {
  yearly: 'year',
  'half-yearly': 'half-year',
  quarterly: 'quarter',
  monthly: 'month',
  adhoc: null,
};

export interface DutyDue {
  freq: ReportingFrequency;
  /** 1–12, or null when the duty names no month. */
  dueMonth: number | null;
  /** 1–31, or null when the duty names no day. */
  dueDay: number | null;
}

const DAY_MS = 86_400_000;
const dayNumber = (date: IsoDate) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/** Days before the window's last day from which a shorter period's due day is looked for. */
export const SHORT_PERIOD_ANCHOR_DAYS = 14;

function findAnchor(freq: ReportingFrequency, window: DateWindow): IsoDate {
  if (freq === 'yearly')
    return addDays(window.from, Math.floor((dayNumber(window.until) - dayNumber(window.from)) / 2));
  return addDays(findLastDay(window), -SHORT_PERIOD_ANCHOR_DAYS);
}

/** The first date on or after `start` with the day (and month, when given), days clamped to the month. */
function findOccurrence(start: IsoDate, month: number | null, day: number): IsoDate {
  let year = Number(start.slice(0, 4));
  let current = Number(start.slice(5, 7));
  for (let step = 0; step < 25; step++) {
    if (month === null || current === month) {
      const date = formatIsoDate(year, current, Math.min(day, countDaysInMonth(year, current)));
      if (date >= start) return date;
    }
    current += 1;
    if (current > 12) {
      current = 1;
      year += 1;
    }
  }
  throw new RangeError(`Không tìm được hạn báo cáo ngày ${day} sau ngày ${start}.`);
}

/** The last day a duty's report for the period counts as on time (inclusive). */
export function findReportDueDate(duty: DutyDue, window: DateWindow): IsoDate {
  const anchor = findAnchor(duty.freq, window);
  // A month without a day ("trong tháng 12") means by the end of that month.
  if (duty.dueDay === null && duty.dueMonth !== null && duty.freq === 'yearly')
    return findOccurrence(anchor, duty.dueMonth, 31);
  if (duty.dueDay === null) return findLastDay(window);
  return findOccurrence(anchor, duty.freq === 'yearly' ? duty.dueMonth : null, duty.dueDay);
}

/** Whether a duty reports on periods of this kind (a yearly duty on years, ...). */
export function isDutyPeriod(duty: Pick<DutyDue, 'freq'>, period: Period): boolean {
  return frequencyPeriodKinds[duty.freq] === period.kind;
}
