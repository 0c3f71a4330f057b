// Reporting calendars as data: for each period kind, the window of days each of its periods
// covers, written relative to the period's year. Two are built in, the calendar year and the
// cut-off windows of Decree 09/2019/NĐ-CP; a province defines its own in the same shape and
// passes it through validateReportingCalendar (validate-reporting-calendar.ts) first.
// Windows are half-open: `from` is the first day, `until` the first day after the window.
import { type PeriodKind, periodKindRules } from './period-kinds.ts';

/** A day of the year relative to the period's year: yearOffset -1 is the year before. */
export type CalendarDay = { readonly yearOffset: -1 | 0 | 1; readonly month: number; readonly day: number };

/** The days a period covers: [from, until). */
export type WindowRule = { readonly from: CalendarDay; readonly until: CalendarDay };

export type ReportingCalendar = {
  /** Stable id, kebab-case: 'calendar-year', 'decree-09-2019', 'province-82-...'. */
  readonly id: string;
  readonly name: { readonly vi: string; readonly en: string };
  /** The legal basis, as people cite it ("Điều 12 Nghị định 09/2019/NĐ-CP"). */
  readonly basis: string;
  /** For each kind, the window of each index (periodKindRules[kind].indexes). */
  readonly windows: { readonly [K in PeriodKind]: Readonly<Record<number, WindowRule>> };
};

/** A CalendarDay; yearOffset 0 unless said. */
function on(month: number, day: number, yearOffset: -1 | 0 | 1 = 0): CalendarDay {
  return { yearOffset, month, day };
}

function span(from: CalendarDay, until: CalendarDay): WindowRule {
  return { from, until };
}

/** 1 January → 31 December; halves, quarters and cumulative periods by whole months. */
export const calendarYear: ReportingCalendar = {
  id: 'calendar-year',
  name: { vi: 'Năm dương lịch', en: 'Calendar year' },
  basis: 'Năm dương lịch (01/01–31/12)',
  windows: {
    year: { 1: span(on(1, 1), on(1, 1, 1)) },
    'half-year': { 1: span(on(1, 1), on(7, 1)), 2: span(on(7, 1), on(1, 1, 1)) },
    quarter: {
      1: span(on(1, 1), on(4, 1)),
      2: span(on(4, 1), on(7, 1)),
      3: span(on(7, 1), on(10, 1)),
      4: span(on(10, 1), on(1, 1, 1)),
    },
    month: {
      1: span(on(1, 1), on(2, 1)),
      2: span(on(2, 1), on(3, 1)),
      3: span(on(3, 1), on(4, 1)),
      4: span(on(4, 1), on(5, 1)),
      5: span(on(5, 1), on(6, 1)),
      6: span(on(6, 1), on(7, 1)),
      7: span(on(7, 1), on(8, 1)),
      8: span(on(8, 1), on(9, 1)),
      9: span(on(9, 1), on(10, 1)),
      10: span(on(10, 1), on(11, 1)),
      11: span(on(11, 1), on(12, 1)),
      12: span(on(12, 1), on(1, 1, 1)),
    },
    cumulative: {
      6: span(on(1, 1), on(7, 1)),
      9: span(on(1, 1), on(10, 1)),
      12: span(on(1, 1), on(1, 1, 1)),
    },
  },
};

// Decree 09/2019/NĐ-CP, Article 12 (thời gian chốt số liệu báo cáo định kỳ):
//   1. monthly: from the 15th of the month before to the 14th of the reporting month;
//   2. quarterly: from the 15th of the month before the quarter to the 14th of its last month;
//   3. six-monthly: first half 15 Dec of the year before → 14 Jun; second half 15 Jun → 14 Dec;
//   4. yearly: 15 Dec of the year before → 14 Dec of the reporting year.
// Assumption: Article 12 names no 9-month window (clause 5 leaves other periodic reports to
// the body that sets them up); the 9-month report is read like the others, from the start of
// the yearly window to the 14th of its last month: 15 Dec of the year before → 14 Sep.
// The 6- and 12-month cumulative reports are the first half and the year.
export const decree09Calendar: ReportingCalendar = {
  id: 'decree-09-2019',
  name: { vi: 'Thời gian chốt số liệu theo Nghị định 09/2019/NĐ-CP', en: 'Cut-off windows of Decree 09/2019/ND-CP' },
  basis: 'Điều 12 Nghị định 09/2019/NĐ-CP',
  windows: {
    year: { 1: span(on(12, 15, -1), on(12, 15)) },
    'half-year': { 1: span(on(12, 15, -1), on(6, 15)), 2: span(on(6, 15), on(12, 15)) },
    quarter: {
      1: span(on(12, 15, -1), on(3, 15)),
      2: span(on(3, 15), on(6, 15)),
      3: span(on(6, 15), on(9, 15)),
      4: span(on(9, 15), on(12, 15)),
    },
    month: {
      1: span(on(12, 15, -1), on(1, 15)),
      2: span(on(1, 15), on(2, 15)),
      3: span(on(2, 15), on(3, 15)),
      4: span(on(3, 15), on(4, 15)),
      5: span(on(4, 15), on(5, 15)),
      6: span(on(5, 15), on(6, 15)),
      7: span(on(6, 15), on(7, 15)),
      8: span(on(7, 15), on(8, 15)),
      9: span(on(8, 15), on(9, 15)),
      10: span(on(9, 15), on(10, 15)),
      11: span(on(10, 15), on(11, 15)),
      12: span(on(11, 15), on(12, 15)),
    },
    cumulative: {
      6: span(on(12, 15, -1), on(6, 15)),
      9: span(on(12, 15, -1), on(9, 15)),
      12: span(on(12, 15, -1), on(12, 15)),
    },
  },
};

/** The built-in calendars by id. */
export const builtInCalendars: readonly ReportingCalendar[] = [calendarYear, decree09Calendar];

export type CutOffDefinition = Pick<ReportingCalendar, 'id' | 'name' | 'basis'> & {
  /** The day each monthly window starts on: 1 for calendar months, 15 for Decree 09, 21 for "chốt ngày 20". */
  readonly firstDay: number;
};

/**
 * The calendar most provinces mean when they set their own cut-off day: every month's window
 * starts on `firstDay` of the month before (of the month itself when firstDay is 1), and
 * halves, quarters, the year and the cumulative periods are made of whole months' windows.
 * buildCutOffCalendar with firstDay 15 gives decree09Calendar, with 1 calendarYear. The
 * result still goes through validateReportingCalendar (a firstDay of 31 does not exist).
 */
export function buildCutOffCalendar(definition: CutOffDefinition): ReportingCalendar {
  const { firstDay } = definition;
  /** The first day of the window of month `month` (1–13; 13 is January of the next year). */
  const startOf = (month: number): CalendarDay => {
    const shifted = firstDay === 1 ? month : month - 1;
    if (shifted < 1) return on(shifted + 12, firstDay, -1);
    if (shifted > 12) return on(shifted - 12, firstDay, 1);
    return on(shifted, firstDay);
  };
  const windowOfIndex = (kind: PeriodKind, index: number): WindowRule => {
    const [first, last] = periodKindRules[kind].monthSpan(index);
    return span(startOf(first), startOf(last + 1));
  };
  const windowsOf = (kind: PeriodKind) =>
    Object.fromEntries(periodKindRules[kind].indexes.map((index) => [index, windowOfIndex(kind, index)]));
  return {
    id: definition.id,
    name: definition.name,
    basis: definition.basis,
    windows: {
      year: windowsOf('year'),
      'half-year': windowsOf('half-year'),
      quarter: windowsOf('quarter'),
      month: windowsOf('month'),
      cumulative: windowsOf('cumulative'),
    },
  };
}
