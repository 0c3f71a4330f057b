import { describe, expect, it } from 'vitest';
import type { Period } from '../periods/period-kinds.ts';
import { calendarYear, decree09Calendar, type ReportingCalendar } from '../periods/reporting-calendars.ts';
import { windowOf } from '../periods/period-windows.ts';
import { type DutyDue, findReportDueDate, isDutyPeriod } from './report-due-date.ts';

const yearly = (dueMonth: number | null, dueDay: number | null): DutyDue => ({ freq: 'yearly', dueMonth, dueDay });

describe('findReportDueDate', () => {
  const cases: Array<[string, DutyDue, Period, ReportingCalendar, string]> = [
    [
      'trước ngày 15 tháng 12 hằng năm',
      yearly(12, 15),
      { kind: 'year', year: 2026, index: 1 },
      calendarYear,
      '2026-12-15',
    ],
    [
      'the same under Decree 09',
      yearly(12, 15),
      { kind: 'year', year: 2026, index: 1 },
      decree09Calendar,
      '2026-12-15',
    ],
    [
      'trước ngày 15/01: the year after',
      yearly(1, 15),
      { kind: 'year', year: 2026, index: 1 },
      calendarYear,
      '2027-01-15',
    ],
    [
      'trong tháng 12: its last day',
      yearly(12, null),
      { kind: 'year', year: 2026, index: 1 },
      calendarYear,
      '2026-12-31',
    ],
    [
      'no day: the window’s last day',
      yearly(null, null),
      { kind: 'year', year: 2026, index: 1 },
      calendarYear,
      '2026-12-31',
    ],
    [
      'no day, Decree 09: the 14th',
      yearly(null, null),
      { kind: 'year', year: 2026, index: 1 },
      decree09Calendar,
      '2026-12-14',
    ],
    [
      '6 tháng, ngày 20: H1',
      { freq: 'half-yearly', dueMonth: 6, dueDay: 20 },
      { kind: 'half-year', year: 2026, index: 1 },
      calendarYear,
      '2026-06-20',
    ],
    [
      '6 tháng, ngày 20: H2',
      { freq: 'half-yearly', dueMonth: 6, dueDay: 20 },
      { kind: 'half-year', year: 2026, index: 2 },
      calendarYear,
      '2026-12-20',
    ],
    [
      'quý, ngày 25: Q3',
      { freq: 'quarterly', dueMonth: null, dueDay: 25 },
      { kind: 'quarter', year: 2026, index: 3 },
      calendarYear,
      '2026-09-25',
    ],
    [
      'tháng, ngày 5: the month after',
      { freq: 'monthly', dueMonth: null, dueDay: 5 },
      { kind: 'month', year: 2026, index: 2 },
      calendarYear,
      '2026-03-05',
    ],
    [
      'tháng, ngày 25: the month itself',
      { freq: 'monthly', dueMonth: null, dueDay: 25 },
      { kind: 'month', year: 2026, index: 2 },
      calendarYear,
      '2026-02-25',
    ],
    [
      'tháng, ngày 31 in February: its last day',
      { freq: 'monthly', dueMonth: null, dueDay: 31 },
      { kind: 'month', year: 2026, index: 2 },
      calendarYear,
      '2026-02-28',
    ],
  ];
  it.each(cases)('%s', (_name, duty, period, calendar, expected) => {
    expect(findReportDueDate(duty, windowOf(period, calendar))).toBe(expected);
  });
});

describe('isDutyPeriod', () => {
  it.each([
    ['yearly', 'year', true],
    ['yearly', 'quarter', false],
    ['half-yearly', 'half-year', true],
    ['quarterly', 'quarter', true],
    ['monthly', 'month', true],
    ['adhoc', 'year', false],
  ] as const)('%s · %s → %s', (freq, kind, expected) => {
    expect(isDutyPeriod({ freq }, { kind, year: 2026, index: 1 })).toBe(expected);
  });
});
