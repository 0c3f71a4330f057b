import { describe, expect, it } from 'vitest';
import { formatPeriod, requirePeriod } from './period-ids.ts';
import { type Period, periodKindRules, periodKinds } from './period-kinds.ts';
import { labelPeriod, labelPeriodIndex, labelWindow } from './period-labels.ts';
import { windowOf } from './period-windows.ts';
import { calendarYear, decree09Calendar } from './reporting-calendars.ts';

describe('labelPeriod', () => {
  it.each<[string, string, string]>([
    ['2026', 'Năm 2026', '2026'],
    ['2026H1', '6 tháng đầu năm 2026', 'H1 2026'],
    ['2026H2', '6 tháng cuối năm 2026', 'H2 2026'],
    ['2026Q1', 'Quý I/2026', 'Q1 2026'],
    ['2026Q2', 'Quý II/2026', 'Q2 2026'],
    ['2026Q3', 'Quý III/2026', 'Q3 2026'],
    ['2026Q4', 'Quý IV/2026', 'Q4 2026'],
    ['2026-01', 'Tháng 1/2026', 'January 2026'],
    ['2026-03', 'Tháng 3/2026', 'March 2026'],
    ['2026-12', 'Tháng 12/2026', 'December 2026'],
    ['2026C6', '6 tháng năm 2026', '6 months 2026'],
    ['2026C9', '9 tháng năm 2026', '9 months 2026'],
    ['2026C12', '12 tháng năm 2026', '12 months 2026'],
  ])('%s reads "%s" (en "%s")', (id, vi, en) => {
    expect(labelPeriod(requirePeriod(id))).toBe(vi);
    expect(labelPeriod(requirePeriod(id), 'vi')).toBe(vi);
    expect(labelPeriod(requirePeriod(id), 'en')).toBe(en);
  });

  it('gives every period of a year its own label in each locale', () => {
    const periods: Period[] = periodKinds.flatMap((kind) =>
      periodKindRules[kind].indexes.map((index) => ({ kind, year: 2026, index })),
    );
    for (const locale of ['vi', 'en'] as const) {
      const labels = periods.map((period) => labelPeriod(period, locale));
      expect(new Set(labels).size).toBe(periods.length);
      expect(labels.every((label) => label.includes('2026'))).toBe(true);
    }
    expect(periods.map(formatPeriod)).toHaveLength(22);
  });
});

describe('labelWindow', () => {
  it.each<[string, string, string]>([
    ['2026', '15/12/2025 – 14/12/2026', '01/01/2026 – 31/12/2026'],
    ['2026H1', '15/12/2025 – 14/06/2026', '01/01/2026 – 30/06/2026'],
    ['2026Q1', '15/12/2025 – 14/03/2026', '01/01/2026 – 31/03/2026'],
    ['2024-02', '15/01/2024 – 14/02/2024', '01/02/2024 – 29/02/2024'],
    ['2026C9', '15/12/2025 – 14/09/2026', '01/01/2026 – 30/09/2026'],
  ])('%s: decree 09 "%s", calendar year "%s"', (id, decree, calendar) => {
    expect(labelWindow(windowOf(requirePeriod(id), decree09Calendar))).toBe(decree);
    expect(labelWindow(windowOf(requirePeriod(id), calendarYear))).toBe(calendar);
  });

  it('writes ISO days in English', () => {
    expect(labelWindow(windowOf(requirePeriod('2026'), decree09Calendar), 'en')).toBe('2025-12-15 – 2026-12-14');
  });
});

describe('labelPeriodIndex (a period inside any year, for messages)', () => {
  it.each<[Period['kind'], number, string]>([
    ['year', 1, 'năm'],
    ['half-year', 1, '6 tháng đầu năm'],
    ['half-year', 2, '6 tháng cuối năm'],
    ['quarter', 4, 'quý IV'],
    ['month', 5, 'tháng 5'],
    ['cumulative', 9, '9 tháng'],
  ])('%s %i → "%s"', (kind, index, label) => {
    expect(labelPeriodIndex(kind, index)).toBe(label);
  });
});
