// The two overdue rates officials publish, per agency, for a period: overdue over every task
// due by the end of the period (what was owed so far, carried-over debts included), and
// overdue over the tasks due within the period. Statuses are taken as of the period's end
// (or today, if sooner), so a past period's figures do not change when old debts are paid.
import type { DateWindow, IsoDate } from '../periods/iso-dates.ts';
import { addDays } from '../periods/iso-dates.ts';

export interface RatedOccurrence {
  /** Who owes it (an agency id, or a commune for a commune fan-out without an agency). */
  holder: string;
  dueDate: IsoDate;
  completedOn: IsoDate | null;
}

export interface OverdueRow {
  holder: string;
  /** Occurrences due on or before the period's last day. */
  dueByEnd: number;
  /** Of those, not done by the cut-off day and past due. */
  overdue: number;
  dueInPeriod: number;
  overdueInPeriod: number;
  /** overdue / dueByEnd, or null when nothing was due. */
  rateOverAll: number | null;
  /** overdueInPeriod / dueInPeriod, or null when nothing was due in the period. */
  rateInPeriod: number | null;
}

/** The day statuses are read on: the period's last day, or today while the period runs. */
export function findCutOff(window: DateWindow, today: IsoDate): IsoDate {
  const lastDay = addDays(window.until, -1);
  return today < lastDay ? today : lastDay;
}

const isOverdueOn = (occurrence: RatedOccurrence, cutOff: IsoDate) =>
  occurrence.dueDate < cutOff && (occurrence.completedOn === null || occurrence.completedOn > cutOff);

/** One row per holder, ranked: most overdue first, then the higher in-period rate, then holder. */
export function rankOverdue(occurrences: Iterable<RatedOccurrence>, window: DateWindow, today: IsoDate): OverdueRow[] {
  const cutOff = findCutOff(window, today);
  const lastDay = addDays(window.until, -1);
  const rows = new Map<string, OverdueRow>();
  for (const occurrence of occurrences) {
    if (occurrence.dueDate > lastDay) continue;
    let row = rows.get(occurrence.holder);
    if (!row) {
      row = {
        holder: occurrence.holder,
        dueByEnd: 0,
        overdue: 0,
        dueInPeriod: 0,
        overdueInPeriod: 0,
        rateOverAll: null,
        rateInPeriod: null,
      };
      rows.set(occurrence.holder, row);
    }
    const overdue = isOverdueOn(occurrence, cutOff);
    row.dueByEnd += 1;
    if (overdue) row.overdue += 1;
    if (occurrence.dueDate >= window.from) {
      row.dueInPeriod += 1;
      if (overdue) row.overdueInPeriod += 1;
    }
  }
  const ranked = [...rows.values()].map((row) => ({
    ...row,
    rateOverAll: row.dueByEnd === 0 ? null : row.overdue / row.dueByEnd,
    rateInPeriod: row.dueInPeriod === 0 ? null : row.overdueInPeriod / row.dueInPeriod,
  }));
  return ranked.sort(
    (a, b) =>
      b.overdue - a.overdue ||
      (b.rateInPeriod ?? -1) - (a.rateInPeriod ?? -1) ||
      (a.holder < b.holder ? -1 : a.holder > b.holder ? 1 : 0),
  );
}

/** Sums rows into the figures for the whole list. */
export function totalOverdue(rows: readonly OverdueRow[]): Omit<OverdueRow, 'holder'> {
  const sum = (pick: (row: OverdueRow) => number) => rows.reduce((total, row) => total + pick(row), 0);
  const dueByEnd = sum((row) => row.dueByEnd);
  const overdue = sum((row) => row.overdue);
  const dueInPeriod = sum((row) => row.dueInPeriod);
  const overdueInPeriod = sum((row) => row.overdueInPeriod);
  return {
    dueByEnd,
    overdue,
    dueInPeriod,
    overdueInPeriod,
    rateOverAll: dueByEnd === 0 ? null : overdue / dueByEnd,
    rateInPeriod: dueInPeriod === 0 ? null : overdueInPeriod / dueInPeriod,
  };
}
