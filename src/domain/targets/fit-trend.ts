// The observed rate of progress: the slope between two points, least squares over three or
// more; and the forecast from the latest value at that pace, with a prediction band.
import type { TargetUnit } from '../plans/plan-model.ts';
import { findBandQuantile } from './evaluation-rules.ts';
import type { Observation } from './types.ts';

export interface Trend {
  fit: 'two-point' | 'least-squares';
  slope: number;
  /** Residual standard deviation (least squares only). */
  residualSd: number | null;
  /** Sum of squared year deviations from the mean year. */
  sxx: number;
  n: number;
}

/** The trend of at least two points with distinct years (oldest first); null otherwise. */
export function fitTrend(points: readonly Observation[]): Trend | null {
  const n = points.length;
  if (n < 2) return null;
  const first = points[0] as Observation;
  const last = points[n - 1] as Observation;
  if (n === 2) {
    if (last.year === first.year) return null;
    const slope = (last.value - first.value) / (last.year - first.year);
    const meanYear = (first.year + last.year) / 2;
    const sxx = (first.year - meanYear) ** 2 + (last.year - meanYear) ** 2;
    return { fit: 'two-point', slope, residualSd: null, sxx, n };
  }
  const meanYear = points.reduce((sum, point) => sum + point.year, 0) / n;
  const meanValue = points.reduce((sum, point) => sum + point.value, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const point of points) {
    sxx += (point.year - meanYear) ** 2;
    sxy += (point.year - meanYear) * (point.value - meanValue);
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  let squaredResiduals = 0;
  for (const point of points) {
    const fitted = meanValue + slope * (point.year - meanYear);
    squaredResiduals += (point.value - fitted) ** 2;
  }
  return { fit: 'least-squares', slope, residualSd: Math.sqrt(squaredResiduals / (n - 2)), sxx, n };
}

/** The range a value of this unit can take: a percentage stays within 0-100, counts and rates ≥ 0. */
function clampToUnit(value: number, unit: TargetUnit | null): number {
  if (unit === 'percent') return Math.min(100, Math.max(0, value));
  if (unit === 'count' || unit === 'per10k') return Math.max(0, value);
  return value;
}

export interface ProjectedValue {
  /** Before clamping to the unit's range; what statuses compare. */
  raw: number;
  value: number;
  low: number;
  high: number;
  t: number | null;
}

/**
 * The latest value carried to `year` at the trend's pace. The band is a prediction interval
 * (t quantile × residual sd × √(1 + Δ²/Sxx)); two points give no band (low = high = value).
 */
export function projectTrend(trend: Trend, latest: Observation, year: number, unit: TargetUnit | null): ProjectedValue {
  const years = year - latest.year;
  const raw = latest.value + trend.slope * years;
  if (trend.residualSd === null) {
    const value = clampToUnit(raw, unit);
    return { raw, value, low: value, high: value, t: null };
  }
  const t = findBandQuantile(trend.n - 2);
  const half = t * trend.residualSd * Math.sqrt(1 + years ** 2 / trend.sxx);
  return {
    raw,
    value: clampToUnit(raw, unit),
    low: clampToUnit(raw - half, unit),
    high: clampToUnit(raw + half, unit),
    t,
  };
}
