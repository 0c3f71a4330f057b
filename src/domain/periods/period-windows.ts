// Which days a period covers under a calendar, and which period a day falls in.
import { type DateWindow, formatIsoDate, type IsoDate, isInWindow, readYear, requireIsoDate } from './iso-dates.ts';
import { type PartitionKind, type Period, periodKindRules } from './period-kinds.ts';
import { formatPeriod } from './period-ids.ts';
import type { CalendarDay, ReportingCalendar } from './reporting-calendars.ts';

/** The date a calendar day falls on for a period year. */
export function resolveCalendarDay(day: CalendarDay, year: number): IsoDate {
  return formatIsoDate(year + day.yearOffset, day.month, day.day);
}

/** The window [from, until) of a period under a calendar: 2026 under Decree 09 → 2025-12-15 … 2026-12-15. */
export function windowOf(period: Period, calendar: ReportingCalendar): DateWindow {
  const rule = calendar.windows[period.kind]?.[period.index];
  if (!rule) {
    throw new RangeError(`Lịch báo cáo "${calendar.id}" không có khoảng thời gian cho kỳ ${formatPeriod(period)}.`);
  }
  return { from: resolveCalendarDay(rule.from, period.year), until: resolveCalendarDay(rule.until, period.year) };
}

/** The period of a kind that contains the date: 2025-12-20, year, Decree 09 → 2026. */
export function periodContaining(date: IsoDate, kind: PartitionKind, calendar: ReportingCalendar): Period {
  requireIsoDate(date);
  const year = readYear(date);
  // Windows are at most a year long and start no earlier than the year before, so the
  // date's own year and its neighbours are the only candidates.
  for (const candidate of [year, year + 1, year - 1]) {
    for (const index of periodKindRules[kind].indexes) {
      const period: Period = { kind, year: candidate, index };
      if (calendar.windows[kind]?.[index] && isInWindow(date, windowOf(period, calendar))) return period;
    }
  }
  throw new RangeError(
    `Lịch báo cáo "${calendar.id}" không có kỳ ${periodKindRules[kind].name.vi} nào chứa ngày ${date}.`,
  );
}

/** Whether the date lies in the period's window under the calendar. */
export function isDateInPeriod(date: IsoDate, period: Period, calendar: ReportingCalendar): boolean {
  return isInWindow(requireIsoDate(date), windowOf(period, calendar));
}
