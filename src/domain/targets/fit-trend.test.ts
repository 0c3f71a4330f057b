import { describe, expect, it } from 'vitest';
import { findBandQuantile } from './evaluation-rules.ts';
import { fitTrend, projectTrend } from './fit-trend.ts';
import type { Observation } from './types.ts';

const points = (entries: [number, number][]): Observation[] => entries.map(([year, value]) => ({ year, value }));

describe('fitTrend', () => {
  it('needs two points', () => {
    expect(fitTrend([])).toBeNull();
    expect(fitTrend(points([[2024, 50]]))).toBeNull();
  });

  it('takes the slope between two points', () => {
    expect(
      fitTrend(
        points([
          [2022, 50],
          [2024, 54],
        ]),
      ),
    ).toMatchObject({ fit: 'two-point', slope: 2, residualSd: null });
  });

  it('fits least squares over three or more', () => {
    const trend = fitTrend(
      points([
        [2021, 10],
        [2022, 12],
        [2023, 13],
        [2024, 15],
      ]),
    );
    expect(trend?.fit).toBe('least-squares');
    expect(trend?.slope).toBeCloseTo(1.6, 10);
    expect(trend?.residualSd).toBeGreaterThan(0);
    expect(trend?.sxx).toBe(5);
  });

  it('has no residual spread on a straight line', () => {
    expect(
      fitTrend(
        points([
          [2021, 1],
          [2022, 2],
          [2023, 3],
        ]),
      )?.residualSd,
    ).toBe(0);
  });
});

describe('projectTrend', () => {
  it('carries the latest value at the pace', () => {
    const trend = fitTrend(
      points([
        [2023, 60],
        [2024, 62],
      ]),
    );
    if (!trend) throw new Error('no trend');
    expect(projectTrend(trend, { year: 2024, value: 62 }, 2027, 'percent')).toEqual({
      raw: 68,
      value: 68,
      low: 68,
      high: 68,
      t: null,
    });
  });

  it('widens the band with distance and spread', () => {
    const series = points([
      [2021, 10],
      [2022, 12],
      [2023, 13],
      [2024, 15],
    ]);
    const trend = fitTrend(series);
    if (!trend) throw new Error('no trend');
    const near = projectTrend(trend, { year: 2024, value: 15 }, 2025, 'count');
    const far = projectTrend(trend, { year: 2024, value: 15 }, 2030, 'count');
    expect(near.t).toBe(findBandQuantile(2));
    expect(far.high - far.low).toBeGreaterThan(near.high - near.low);
    expect(near.low).toBeLessThan(near.value);
  });

  it('keeps percentages within 0-100 and counts at or above 0', () => {
    const up = fitTrend(
      points([
        [2023, 90],
        [2024, 98],
      ]),
    );
    const down = fitTrend(
      points([
        [2023, 10],
        [2024, 2],
      ]),
    );
    if (!up || !down) throw new Error('no trend');
    expect(projectTrend(up, { year: 2024, value: 98 }, 2026, 'percent')).toMatchObject({ raw: 114, value: 100 });
    expect(projectTrend(down, { year: 2024, value: 2 }, 2026, 'count').value).toBe(0);
  });
});

describe('findBandQuantile', () => {
  it.each([
    [1, 3.078],
    [2, 1.886],
    [12, 1.372],
    [30, 1.31],
    [100, 1.282],
  ])('%d degrees of freedom → %d', (df, t) => {
    expect(findBandQuantile(df)).toBe(t);
  });
});
