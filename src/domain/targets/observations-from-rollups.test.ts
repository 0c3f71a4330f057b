import { describe, expect, it } from 'vitest';
import {
  describeIncompleteYears,
  isCoverageSufficient,
  MIN_RATE_COVERAGE_SHARE,
  selectObservations,
} from './observations-from-rollups.ts';

const year = (y: number, value: number | null, reported: number, expected: number) => ({
  year: y,
  value,
  coverage: { reported, expected },
});

describe('isCoverageSufficient', () => {
  it.each([
    ['count', 15, 15, true],
    ['count', 14, 15, false],
    ['count', 0, 0, false],
    ['ratio', 15, 15, true],
    ['ratio', 8, 15, true],
    ['ratio', 7, 15, false],
    ['ratio', 1, 2, true],
    ['ratio', 0, 2, false],
    ['ratio', 0, 0, false],
  ] as const)('%s with %i of %i units reported: %s', (formula, reported, expected, sufficient) => {
    expect(isCoverageSufficient(year(2024, 1, reported, expected), formula)).toBe(sufficient);
  });

  it('the rate threshold is one half', () => {
    expect(MIN_RATE_COVERAGE_SHARE).toBe(0.5);
  });
});

describe('selectObservations', () => {
  it('keeps sufficient years oldest first and reports the incomplete ones', () => {
    const result = selectObservations(
      [year(2023, 70, 15, 15), year(2021, 60, 15, 15), year(2024, 10, 3, 15), year(2022, null, 0, 15)],
      'ratio',
    );
    expect(result.observations).toEqual([
      { year: 2021, value: 60 },
      { year: 2023, value: 70 },
    ]);
    expect(result.incomplete.map((point) => point.year)).toEqual([2024]);
  });

  it('drops a count year with a missing commune but keeps a rate year with most communes', () => {
    const points = [year(2024, 500, 14, 15)];
    expect(selectObservations(points, 'count').observations).toEqual([]);
    expect(selectObservations(points, 'ratio').observations).toEqual([{ year: 2024, value: 500 }]);
  });

  it('ignores years without a value and non-finite values', () => {
    expect(selectObservations([year(2024, null, 0, 3), year(2025, Number.NaN, 3, 3)], 'count')).toEqual({
      observations: [],
      incomplete: [],
    });
  });
});

describe('describeIncompleteYears', () => {
  it('names the last incomplete year after the latest year used', () => {
    expect(describeIncompleteYears([year(2025, 1, 2, 15), year(2026, 1, 3, 15)], 2024)).toEqual({
      vi: 'Năm 2026 mới có 3/15 đơn vị cấp xã báo cáo, chưa dùng để đánh giá',
      en: 'In 2026 only 3 of 15 communes have reported, not yet used for the assessment',
    });
  });

  it('says nothing of incomplete years before the latest year used', () => {
    expect(describeIncompleteYears([year(2022, 1, 2, 15)], 2024)).toBeNull();
    expect(describeIncompleteYears([], null)).toBeNull();
  });

  it('names an incomplete year when no year could be used', () => {
    expect(describeIncompleteYears([year(2024, 1, 1, 4)], null)?.vi).toBe(
      'Năm 2024 mới có 1/4 đơn vị cấp xã báo cáo, chưa dùng để đánh giá',
    );
  });
});
