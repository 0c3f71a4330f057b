// Target evaluation rules as data: the progress-ratio thresholds (the Open SDG / Statistics
// Canada method), default tolerances, the status labels and their order.
import type { TargetStatus } from './types.ts';

/** observed rate / required rate at or above this: on track. */
export const ON_TRACK_RATIO = 0.95;
/** ... at or above this (and below ON_TRACK_RATIO): at risk; below: off track. */
export const AT_RISK_RATIO = 0.6;
/** `approx` ("khoảng X") accepts X ± 5% of X unless a tolerance is set. */
export const APPROX_RELATIVE_TOLERANCE = 0.05;
/**
 * `eq` (a bare figure) accepts what rounds to the figure as written: ± half its last digit
 * ("31,23" ± 0,005; "100" ± 0,5), unless a tolerance is set.
 */
export const EQ_ROUNDING_SHARE = 0.5;
/** The forecast band: a prediction interval of this confidence (least squares, 3 points or more). */
export const BAND_CONFIDENCE = 0.8;
/** Floating-point slack for comparisons. */
export const COMPARISON_EPSILON = 1e-9;

/** Two-sided 80% Student t quantiles (0.9 one-sided) by degrees of freedom; beyond: the normal 1.282. */
const T_QUANTILES_80: Record<number, number> = {
  1: 3.078,
  2: 1.886,
  3: 1.638,
  4: 1.533,
  5: 1.476,
  6: 1.44,
  7: 1.415,
  8: 1.397,
  9: 1.383,
  10: 1.372,
  15: 1.341,
  20: 1.325,
  30: 1.31,
};
const NORMAL_QUANTILE_80 = 1.282;

/** The t quantile for the band, rounding the degrees of freedom down to the table. */
export function findBandQuantile(degreesOfFreedom: number): number {
  const keys = Object.keys(T_QUANTILES_80)
    .map(Number)
    .filter((key) => key <= degreesOfFreedom);
  if (degreesOfFreedom > 30) return NORMAL_QUANTILE_80;
  const key = Math.max(...keys, 1);
  return T_QUANTILES_80[key] ?? NORMAL_QUANTILE_80;
}

export const STATUS_LABELS: Record<TargetStatus, { vi: string; en: string }> = {
  met: { vi: 'đạt', en: 'met' },
  not_met: { vi: 'không đạt', en: 'not met' },
  on_track: { vi: 'đúng tiến độ', en: 'on track' },
  at_risk: { vi: 'có nguy cơ', en: 'at risk' },
  off_track: { vi: 'chậm tiến độ', en: 'off track' },
  no_data: { vi: 'chưa có số liệu', en: 'no data' },
};

/** Worst to best, for comparing statuses (no_data is outside the order). */
export const STATUS_RANK: Record<Exclude<TargetStatus, 'no_data'>, number> = {
  not_met: 0,
  off_track: 1,
  at_risk: 2,
  on_track: 3,
  met: 4,
};
