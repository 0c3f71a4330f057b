import { describe, expect, it } from 'vitest';
import { addDays, type DateWindow, findLastDay } from './iso-dates.ts';
import { formatPeriod, requirePeriod } from './period-ids.ts';
import {
  isPeriod,
  type PartitionKind,
  type Period,
  partitionKinds,
  periodKindRules,
  periodKinds,
} from './period-kinds.ts';
import { isPeriodWithin, isSamePeriod, nextPeriod, previousPeriod } from './period-sequence.ts';
import { isDateInPeriod, periodContaining, windowOf } from './period-windows.ts';
import { calendarYear, decree09Calendar, type ReportingCalendar } from './reporting-calendars.ts';

const calendars = [calendarYear, decree09Calendar];
/** The window with its last day, as the decree reads: first → last, both included. */
const readInclusive = (window: DateWindow) => [window.from, findLastDay(window)];

describe('windowOf under Decree 09/2019 (Article 12)', () => {
  it.each<[string, string, string]>([
    ['2026', '2025-12-15', '2026-12-14'],
    ['2026H1', '2025-12-15', '2026-06-14'],
    ['2026H2', '2026-06-15', '2026-12-14'],
    ['2026Q1', '2025-12-15', '2026-03-14'],
    ['2026Q2', '2026-03-15', '2026-06-14'],
    ['2026Q3', '2026-06-15', '2026-09-14'],
    ['2026Q4', '2026-09-15', '2026-12-14'],
    ['2026-01', '2025-12-15', '2026-01-14'],
    ['2026-02', '2026-01-15', '2026-02-14'],
    ['2026-03', '2026-02-15', '2026-03-14'],
    ['2026-06', '2026-05-15', '2026-06-14'],
    ['2026-12', '2026-11-15', '2026-12-14'],
    ['2026C6', '2025-12-15', '2026-06-14'],
    ['2026C9', '2025-12-15', '2026-09-14'],
    ['2026C12', '2025-12-15', '2026-12-14'],
    ['2024-03', '2024-02-15', '2024-03-14'],
  ])('%s runs %s → %s', (id, first, last) => {
    expect(readInclusive(windowOf(requirePeriod(id), decree09Calendar))).toEqual([first, last]);
  });

  it('is half-open: until is the first day of the next window', () => {
    expect(windowOf(requirePeriod('2026'), decree09Calendar)).toEqual({ from: '2025-12-15', until: '2026-12-15' });
    expect(windowOf(requirePeriod('2026Q1'), decree09Calendar)).toEqual({ from: '2025-12-15', until: '2026-03-15' });
  });
});

describe('windowOf under the calendar year', () => {
  it.each<[string, string, string]>([
    ['2026', '2026-01-01', '2026-12-31'],
    ['2026H1', '2026-01-01', '2026-06-30'],
    ['2026H2', '2026-07-01', '2026-12-31'],
    ['2026Q1', '2026-01-01', '2026-03-31'],
    ['2026Q2', '2026-04-01', '2026-06-30'],
    ['2026Q3', '2026-07-01', '2026-09-30'],
    ['2026Q4', '2026-10-01', '2026-12-31'],
    ['2026-02', '2026-02-01', '2026-02-28'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2000-02', '2000-02-01', '2000-02-29'],
    ['2100-02', '2100-02-01', '2100-02-28'],
    ['2026-04', '2026-04-01', '2026-04-30'],
    ['2026-12', '2026-12-01', '2026-12-31'],
    ['2026C9', '2026-01-01', '2026-09-30'],
  ])('%s runs %s → %s', (id, first, last) => {
    expect(readInclusive(windowOf(requirePeriod(id), calendarYear))).toEqual([first, last]);
  });
});

describe('periodContaining', () => {
  // [date, decree 09: year, half, quarter, month], [calendar year: the same]
  it.each<[string, string[], string[]]>([
    ['2025-12-14', ['2025', '2025H2', '2025Q4', '2025-12'], ['2025', '2025H2', '2025Q4', '2025-12']],
    ['2025-12-15', ['2026', '2026H1', '2026Q1', '2026-01'], ['2025', '2025H2', '2025Q4', '2025-12']],
    ['2025-12-31', ['2026', '2026H1', '2026Q1', '2026-01'], ['2025', '2025H2', '2025Q4', '2025-12']],
    ['2026-01-01', ['2026', '2026H1', '2026Q1', '2026-01'], ['2026', '2026H1', '2026Q1', '2026-01']],
    ['2026-01-14', ['2026', '2026H1', '2026Q1', '2026-01'], ['2026', '2026H1', '2026Q1', '2026-01']],
    ['2026-01-15', ['2026', '2026H1', '2026Q1', '2026-02'], ['2026', '2026H1', '2026Q1', '2026-01']],
    ['2026-03-14', ['2026', '2026H1', '2026Q1', '2026-03'], ['2026', '2026H1', '2026Q1', '2026-03']],
    ['2026-03-15', ['2026', '2026H1', '2026Q2', '2026-04'], ['2026', '2026H1', '2026Q1', '2026-03']],
    ['2026-03-31', ['2026', '2026H1', '2026Q2', '2026-04'], ['2026', '2026H1', '2026Q1', '2026-03']],
    ['2026-04-01', ['2026', '2026H1', '2026Q2', '2026-04'], ['2026', '2026H1', '2026Q2', '2026-04']],
    ['2026-06-14', ['2026', '2026H1', '2026Q2', '2026-06'], ['2026', '2026H1', '2026Q2', '2026-06']],
    ['2026-06-15', ['2026', '2026H2', '2026Q3', '2026-07'], ['2026', '2026H1', '2026Q2', '2026-06']],
    ['2026-06-30', ['2026', '2026H2', '2026Q3', '2026-07'], ['2026', '2026H1', '2026Q2', '2026-06']],
    ['2026-07-01', ['2026', '2026H2', '2026Q3', '2026-07'], ['2026', '2026H2', '2026Q3', '2026-07']],
    ['2026-09-14', ['2026', '2026H2', '2026Q3', '2026-09'], ['2026', '2026H2', '2026Q3', '2026-09']],
    ['2026-09-15', ['2026', '2026H2', '2026Q4', '2026-10'], ['2026', '2026H2', '2026Q3', '2026-09']],
    ['2026-12-14', ['2026', '2026H2', '2026Q4', '2026-12'], ['2026', '2026H2', '2026Q4', '2026-12']],
    ['2026-12-15', ['2027', '2027H1', '2027Q1', '2027-01'], ['2026', '2026H2', '2026Q4', '2026-12']],
    ['2024-02-29', ['2024', '2024H1', '2024Q1', '2024-03'], ['2024', '2024H1', '2024Q1', '2024-02']],
    ['2024-02-14', ['2024', '2024H1', '2024Q1', '2024-02'], ['2024', '2024H1', '2024Q1', '2024-02']],
    ['2024-02-15', ['2024', '2024H1', '2024Q1', '2024-03'], ['2024', '2024H1', '2024Q1', '2024-02']],
    ['2024-12-31', ['2025', '2025H1', '2025Q1', '2025-01'], ['2024', '2024H2', '2024Q4', '2024-12']],
    ['1900-01-01', ['1900', '1900H1', '1900Q1', '1900-01'], ['1900', '1900H1', '1900Q1', '1900-01']],
  ])('%s → decree 09 %j, calendar year %j', (date, decree, calendar) => {
    const kinds: PartitionKind[] = ['year', 'half-year', 'quarter', 'month'];
    expect(kinds.map((kind) => formatPeriod(periodContaining(date, kind, decree09Calendar)))).toEqual(decree);
    expect(kinds.map((kind) => formatPeriod(periodContaining(date, kind, calendarYear)))).toEqual(calendar);
  });

  it.each(['2026-02-29', '2026-13-01', '26-01-01', '2026-1-1', '', '2026-04-31'])('refuses the date %j', (date) => {
    expect(() => periodContaining(date, 'year', decree09Calendar)).toThrow(
      `Ngày "${date}" không hợp lệ; viết theo dạng YYYY-MM-DD, ví dụ 2026-12-15.`,
    );
  });

  it('says which calendar has no period for the date', () => {
    const broken = { ...decree09Calendar, windows: { ...decree09Calendar.windows, month: {} } } as ReportingCalendar;
    expect(() => periodContaining('2026-05-01', 'month', broken)).toThrow(
      'Lịch báo cáo "decree-09-2019" không có kỳ tháng nào chứa ngày 2026-05-01.',
    );
    expect(() => windowOf(requirePeriod('2026-05'), broken)).toThrow(
      'Lịch báo cáo "decree-09-2019" không có khoảng thời gian cho kỳ 2026-05.',
    );
  });
});

describe('every date, every kind, every calendar (1999-12-01 … 2033-01-31)', () => {
  const dates: string[] = [];
  for (let date = '1999-12-01'; date <= '2033-01-31'; date = addDays(date, 1)) dates.push(date);

  it('walks 12,116 days, leap days included', () => {
    expect(dates).toHaveLength(12_116);
    expect(dates.filter((date) => date.endsWith('-02-29'))).toEqual([
      '2000-02-29',
      '2004-02-29',
      '2008-02-29',
      '2012-02-29',
      '2016-02-29',
      '2020-02-29',
      '2024-02-29',
      '2028-02-29',
      '2032-02-29',
    ]);
  });

  it.each(calendars.map((calendar) => [calendar.id, calendar] as const))(
    '%s: each date lies in exactly one period of each kind, the one periodContaining names',
    (_id, calendar) => {
      // The windows of a kind tile the days (the next test): a date in its period's window
      // and in neither neighbour's lies in no other. Collected, not one expect per date.
      const wrong: string[] = [];
      for (const kind of partitionKinds) {
        for (const date of dates) {
          const found = periodContaining(date, kind, calendar);
          const holding = [previousPeriod(found), found, nextPeriod(found)].filter((period) =>
            isDateInPeriod(date, period, calendar),
          );
          if (holding.length !== 1 || !isSamePeriod(holding[0]!, found)) wrong.push(`${kind} ${date}`);
        }
      }
      expect(wrong).toEqual([]);
    },
  );

  it.each(calendars.map((calendar) => [calendar.id, calendar] as const))(
    '%s: the period of a date holds the periods of the smaller kinds that hold it',
    (_id, calendar) => {
      const wrong: string[] = [];
      for (const date of dates) {
        const found = partitionKinds.map((kind) => periodContaining(date, kind, calendar));
        for (const [position, outer] of found.entries()) {
          for (const inner of found.slice(position)) {
            if (!isPeriodWithin(inner, outer)) wrong.push(`${date}: ${formatPeriod(inner)} ⊄ ${formatPeriod(outer)}`);
          }
        }
      }
      expect(wrong).toEqual([]);
    },
  );

  it.each(calendars.map((calendar) => [calendar.id, calendar] as const))(
    '%s: windows of one kind follow each other day after day, 1990–2040',
    (_id, calendar) => {
      for (const kind of partitionKinds) {
        const rule = periodKindRules[kind];
        let period: Period = { kind, year: 1990, index: rule.indexes[0]! };
        while (period.year <= 2040) {
          const next = nextPeriod(period);
          expect(windowOf(next, calendar).from).toBe(windowOf(period, calendar).until);
          period = next;
        }
      }
    },
  );

  it.each(calendars.map((calendar) => [calendar.id, calendar] as const))(
    '%s: cumulative periods start with the year and end with their last month',
    (_id, calendar) => {
      for (let year = 1990; year <= 2040; year += 1) {
        for (const months of periodKindRules.cumulative.indexes) {
          const window = windowOf({ kind: 'cumulative', year, index: months }, calendar);
          expect(window.from).toBe(windowOf({ kind: 'year', year, index: 1 }, calendar).from);
          expect(window.until).toBe(windowOf({ kind: 'month', year, index: months }, calendar).until);
        }
      }
    },
  );

  it('every kind and index of both calendars has a window', () => {
    for (const calendar of calendars) {
      for (const kind of periodKinds) {
        for (const index of periodKindRules[kind].indexes) {
          expect(isPeriod({ kind, year: 2026, index })).toBe(true);
          expect(
            windowOf({ kind, year: 2026, index }, calendar).from <
              windowOf({ kind, year: 2026, index }, calendar).until,
          ).toBe(true);
        }
      }
    }
  });
});
