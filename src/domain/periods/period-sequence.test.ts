import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPeriod, requirePeriod } from './period-ids.ts';
import { type Period, periodKindRules, periodKinds } from './period-kinds.ts';
import {
  comparePeriodEnds,
  comparePeriods,
  findMonthSpan,
  findSamePeriodLastYear,
  isPeriodWithin,
  isSamePeriod,
  nextPeriod,
  periodsBetween,
  previousPeriod,
  yearOf,
} from './period-sequence.ts';

const id = (period: Period) => formatPeriod(period);
const at = requirePeriod;

describe('previousPeriod and nextPeriod', () => {
  it.each<[string, string, string]>([
    // [previous, period, next]
    ['2025', '2026', '2027'],
    ['2025H2', '2026H1', '2026H2'],
    ['2026H1', '2026H2', '2027H1'],
    ['2025Q4', '2026Q1', '2026Q2'],
    ['2026Q1', '2026Q2', '2026Q3'],
    ['2026Q2', '2026Q3', '2026Q4'],
    ['2026Q3', '2026Q4', '2027Q1'],
    ['2025-12', '2026-01', '2026-02'],
    ['2026-01', '2026-02', '2026-03'],
    ['2026-11', '2026-12', '2027-01'],
    ['2024-02', '2024-03', '2024-04'],
    ['2025C6', '2026C6', '2027C6'],
    ['2025C9', '2026C9', '2027C9'],
    ['2025C12', '2026C12', '2027C12'],
    ['1999-12', '2000-01', '2000-02'],
    ['1999Q4', '2000Q1', '2000Q2'],
    ['1999H2', '2000H1', '2000H2'],
  ])('%s ← %s → %s', (before, period, after) => {
    expect(id(previousPeriod(at(period)))).toBe(before);
    expect(id(nextPeriod(at(period)))).toBe(after);
  });

  const anyPeriod = fc
    .tuple(fc.constantFrom(...periodKinds), fc.integer({ min: 1901, max: 2199 }))
    .chain(([kind, year]) =>
      fc.constantFrom(...periodKindRules[kind].indexes).map((index): Period => ({ kind, year, index })),
    );

  it('next undoes previous and previous undoes next, kind kept', () => {
    fc.assert(
      fc.property(anyPeriod, (period) => {
        expect(nextPeriod(previousPeriod(period))).toEqual(period);
        expect(previousPeriod(nextPeriod(period))).toEqual(period);
        expect(previousPeriod(period).kind).toBe(period.kind);
        expect(comparePeriods(previousPeriod(period), period)).toBeLessThan(0);
      }),
    );
  });

  it('a year has as many steps as its kind has periods', () => {
    for (const kind of periodKinds.filter((k) => k !== 'cumulative')) {
      const count = periodKindRules[kind].indexes.length;
      let period: Period = { kind, year: 2026, index: 1 };
      for (let step = 0; step < count; step += 1) period = nextPeriod(period);
      expect(period).toEqual({ kind, year: 2027, index: 1 });
    }
  });
});

describe('findSamePeriodLastYear (cùng kỳ năm trước)', () => {
  it.each([
    ['2026Q3', '2025Q3'],
    ['2026-01', '2025-01'],
    ['2026H2', '2025H2'],
    ['2026C9', '2025C9'],
    ['2026', '2025'],
  ])('%s → %s', (period, last) => {
    expect(id(findSamePeriodLastYear(at(period)))).toBe(last);
  });
});

describe('periodsBetween', () => {
  it.each<[string, string, string[]]>([
    ['2025Q3', '2026Q2', ['2025Q3', '2025Q4', '2026Q1', '2026Q2']],
    ['2025-11', '2026-02', ['2025-11', '2025-12', '2026-01', '2026-02']],
    ['2025H1', '2026H2', ['2025H1', '2025H2', '2026H1', '2026H2']],
    ['2021', '2025', ['2021', '2022', '2023', '2024', '2025']],
    ['2024C9', '2026C9', ['2024C9', '2025C9', '2026C9']],
    ['2026Q1', '2026Q1', ['2026Q1']],
    ['2026Q2', '2026Q1', []],
  ])('%s … %s', (first, last, periods) => {
    expect(periodsBetween(at(first), at(last)).map(id)).toEqual(periods);
  });

  it('counts the months of a five-year plan', () => {
    expect(periodsBetween(at('2021-01'), at('2025-12'))).toHaveLength(60);
  });

  it('refuses two kinds (Vietnamese message)', () => {
    expect(() => periodsBetween(at('2026Q1'), at('2026-03'))).toThrow(
      'Không so sánh được kỳ 2026Q1 với kỳ 2026-03: khác loại kỳ.',
    );
    expect(() => periodsBetween(at('2026C6'), at('2026H1'))).toThrow('khác loại kỳ');
  });
});

describe('isPeriodWithin, findMonthSpan, yearOf', () => {
  it.each<[string, string, boolean]>([
    ['2026Q1', '2026', true],
    ['2026Q4', '2026', true],
    ['2026Q1', '2025', false],
    ['2026Q1', '2026H1', true],
    ['2026Q2', '2026H1', true],
    ['2026Q3', '2026H1', false],
    ['2026Q3', '2026H2', true],
    ['2026-03', '2026Q1', true],
    ['2026-04', '2026Q1', false],
    ['2026-12', '2026Q4', true],
    ['2026-12', '2026', true],
    ['2026-12', '2027', false],
    ['2026H1', '2026C6', true],
    ['2026H1', '2026C9', true],
    ['2026H2', '2026C9', false],
    ['2026Q3', '2026C9', true],
    ['2026Q4', '2026C9', false],
    ['2026-09', '2026C9', true],
    ['2026-10', '2026C9', false],
    ['2026C6', '2026C9', true],
    ['2026C9', '2026C6', false],
    ['2026C12', '2026', true],
    ['2026', '2026C12', true],
    ['2026', '2026Q1', false],
    ['2026H1', '2026Q1', false],
    ['2026Q1', '2026Q1', true],
    ['2026Q1', '2026Q2', false],
  ])('%s within %s: %s', (inner, outer, within) => {
    expect(isPeriodWithin(at(inner), at(outer))).toBe(within);
  });

  it('every month lies in exactly one quarter and one half of its year, and in its year', () => {
    for (let month = 1; month <= 12; month += 1) {
      const period: Period = { kind: 'month', year: 2026, index: month };
      const quarters = [1, 2, 3, 4].filter((q) => isPeriodWithin(period, { kind: 'quarter', year: 2026, index: q }));
      const halves = [1, 2].filter((h) => isPeriodWithin(period, { kind: 'half-year', year: 2026, index: h }));
      expect(quarters).toEqual([Math.ceil(month / 3)]);
      expect(halves).toEqual([Math.ceil(month / 6)]);
      expect(isPeriodWithin(period, { kind: 'year', year: 2026, index: 1 })).toBe(true);
    }
  });

  it.each<[string, [number, number]]>([
    ['2026', [1, 12]],
    ['2026H1', [1, 6]],
    ['2026H2', [7, 12]],
    ['2026Q3', [7, 9]],
    ['2026-05', [5, 5]],
    ['2026C9', [1, 9]],
  ])('%s is made of months %j', (period, months) => {
    expect(findMonthSpan(at(period))).toEqual(months);
  });

  it('yearOf and isSamePeriod', () => {
    expect(yearOf(at('2026Q1'))).toBe(2026);
    expect(yearOf(at('2025-12'))).toBe(2025);
    expect(isSamePeriod(at('2026Q1'), at('2026-q1'))).toBe(true);
    expect(isSamePeriod(at('2026C6'), at('2026H1'))).toBe(false);
  });
});

describe('comparePeriodEnds', () => {
  it('orders periods of any kinds by where they end, the shorter first when they end together', () => {
    const sorted = ['2024', '2024-03', '2023', '2024H1', '2024Q1', '2024-06', '2024C9', '2023C12']
      .map(requirePeriod)
      .sort(comparePeriodEnds)
      .map(formatPeriod);
    expect(sorted).toEqual(['2023', '2023C12', '2024-03', '2024Q1', '2024-06', '2024H1', '2024C9', '2024']);
  });
});
