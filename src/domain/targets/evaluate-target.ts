// Target evaluation: a plan target + its indicator's polarity + the measured series + today
// -> status, explanation (vi, en), latest value, forecast to the target year and how.
// Once the target year has passed (or its value is in), the status is met / not_met from
// that year's value (or the latest before it). Before, the observed pace (two points, or
// least squares over three or more) is set against the pace still needed from the latest
// value: ratio ≥ ON_TRACK_RATIO on track, ≥ AT_RISK_RATIO at risk, below off track.
import { AT_RISK_RATIO, BAND_CONFIDENCE, COMPARISON_EPSILON, ON_TRACK_RATIO } from './evaluation-rules.ts';
import { explainEvaluation } from './explain-evaluation.ts';
import { fitTrend, projectTrend } from './fit-trend.ts';
import { findEffectiveThreshold, judgeChange, meetsThreshold, readGoal } from './target-goal.ts';
import type {
  EvaluationMethod,
  Forecast,
  Goal,
  Observation,
  TargetEvaluation,
  TargetEvaluationInput,
  TargetStatus,
} from './types.ts';

type ThresholdGoal = Extract<Goal, { kind: 'threshold' }>;
type ChangeGoal = Extract<Goal, { kind: 'change' }>;

interface Outcome {
  status: TargetStatus;
  latest: Observation | null;
  forecast: Forecast | null;
  method: EvaluationMethod;
}

/** The year of an ISO date ('2025-03-01' -> 2025). */
function readAsOfYear(asOf: string): number {
  const match = /^(\d{4})-\d{2}-\d{2}/.exec(asOf);
  if (!match) throw new RangeError(`asOf must be an ISO date, got "${asOf}"`);
  return Number(match[1]);
}

/** Finite observations up to `lastYear`, oldest first, one per year (the last given wins). */
function prepareSeries(observations: readonly Observation[], lastYear: number): Observation[] {
  const byYear = new Map<number, Observation>();
  for (const observation of observations) {
    if (!Number.isFinite(observation.value) || !Number.isInteger(observation.year)) continue;
    if (observation.year > lastYear) continue;
    byYear.set(observation.year, { year: observation.year, value: observation.value });
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** -0 does not survive JSON; the method record must. */
const withoutNegativeZero = (value: number): number => value + 0;

function statusFromRatio(ratio: number): TargetStatus {
  if (ratio >= ON_TRACK_RATIO - COMPARISON_EPSILON) return 'on_track';
  if (ratio >= AT_RISK_RATIO - COMPARISON_EPSILON) return 'at_risk';
  return 'off_track';
}

function evaluateThreshold(
  goal: ThresholdGoal,
  series: Observation[],
  method: EvaluationMethod,
  unit: TargetEvaluationInput['target']['unit'],
): Outcome {
  const targetYear = method.targetYear;
  const latest = series.at(-1) ?? null;
  const decided = targetYear !== null && (method.asOfYear > targetYear || latest?.year === targetYear);
  if (!latest) {
    if (decided) method.notes.push('no-observation-by-target-year');
    return { status: 'no_data', latest: null, forecast: null, method };
  }
  if (decided) {
    if (latest.year !== targetYear) method.notes.push('latest-before-target-year');
    method.mode = 'final';
    method.pointsUsed = [latest];
    return { status: meetsThreshold(goal, latest.value) ? 'met' : 'not_met', latest, forecast: null, method };
  }
  const trend = fitTrend(series);
  const meetsNow = meetsThreshold(goal, latest.value);
  if (targetYear === null) {
    method.mode = 'no-deadline';
    method.pointsUsed = trend ? series : [latest];
    if (trend) Object.assign(method, { fit: trend.fit, slope: trend.slope });
    if (meetsNow) return { status: 'met', latest, forecast: null, method };
    const improving = trend !== null && (goal.direction === 'up' ? trend.slope > 0 : trend.slope < 0);
    return { status: improving ? 'at_risk' : 'off_track', latest, forecast: null, method };
  }
  if (!trend) {
    method.mode = 'latest-only';
    method.pointsUsed = [latest];
    method.notes.push('single-point');
    return { status: meetsNow ? 'on_track' : 'off_track', latest, forecast: null, method };
  }
  method.mode = 'forecast';
  method.pointsUsed = series;
  method.fit = trend.fit;
  method.slope = withoutNegativeZero(trend.slope);
  const projected = projectTrend(trend, latest, targetYear, unit);
  method.band = {
    method: projected.t === null ? 'none' : 'prediction-interval',
    confidence: projected.t === null ? null : BAND_CONFIDENCE,
    t: projected.t,
    residualSd: trend.residualSd,
  };
  let status: TargetStatus;
  let ratio: number | null = null;
  if (meetsNow) {
    method.notes.push('already-met');
    status = meetsThreshold(goal, projected.raw) ? 'on_track' : 'at_risk';
  } else {
    const gap = findEffectiveThreshold(goal) - latest.value;
    method.requiredRate = withoutNegativeZero(gap / (targetYear - latest.year));
    ratio = withoutNegativeZero(trend.slope / method.requiredRate);
    const signedGap = goal.direction === 'up' ? gap : -gap;
    if (signedGap > COMPARISON_EPSILON && Number.isFinite(ratio)) status = statusFromRatio(ratio);
    else {
      // A gap too small to divide by (a strict bound just missed): any progress closes it.
      ratio = null;
      const progress = goal.direction === 'up' ? trend.slope : -trend.slope;
      status = progress > 0 ? 'on_track' : 'off_track';
    }
  }
  method.ratio = ratio;
  const forecast: Forecast = {
    value: projected.value,
    year: targetYear,
    ratio,
    low: projected.low,
    high: projected.high,
  };
  return { status, latest, forecast, method };
}

function evaluateChange(
  goal: ChangeGoal,
  series: Observation[],
  method: EvaluationMethod,
  baseline: Observation | null,
): Outcome {
  method.mode = 'change';
  const targetYear = method.targetYear;
  const latest = series.at(-1) ?? null;
  if (!latest) return { status: 'no_data', latest: null, forecast: null, method };
  const decided = targetYear !== null && (method.asOfYear > targetYear || latest.year === targetYear);
  if (decided && latest.year !== targetYear) method.notes.push('latest-before-target-year');
  let previous = series.at(-2) ?? null;
  if (!previous && baseline && baseline.year < latest.year) {
    previous = baseline;
    method.notes.push('baseline-as-previous');
  }
  method.previous = previous;
  method.pointsUsed = previous ? [previous, latest] : [latest];
  if (!previous) {
    method.notes.push('no-previous-period');
    return { status: 'no_data', latest, forecast: null, method };
  }
  const verdict = judgeChange(goal, latest.value, previous.value);
  let status: TargetStatus;
  if (decided) status = verdict === 'reached' ? 'met' : 'not_met';
  else status = verdict === 'reached' ? 'on_track' : verdict === 'short' ? 'at_risk' : 'off_track';
  return { status, latest, forecast: null, method };
}

function noteDirectionConflict(goal: Goal, input: TargetEvaluationInput, notes: string[]): void {
  const op = input.target.op;
  const better = input.polarity === 'higher' ? 'up' : 'down';
  if (['gte', 'gt', 'lte', 'lt', 'increase', 'decrease'].includes(op) && goal.direction !== better) {
    notes.push('op-direction-differs-from-polarity');
  }
}

/** Evaluates one target as of `asOf`; never reads the clock, never throws on data (only on a malformed asOf). */
export function evaluateTarget(input: TargetEvaluationInput): TargetEvaluation {
  const asOfYear = readAsOfYear(input.asOf);
  const targetYear = input.target.year;
  const series = prepareSeries(input.observations, targetYear === null ? asOfYear : Math.min(asOfYear, targetYear));
  const baseline = input.baseline ?? null;
  const goal = readGoal(input.target, input.polarity, { baseline, tolerance: input.tolerance, observations: series });
  const method: EvaluationMethod = {
    mode: 'none',
    goal,
    asOfYear,
    targetYear,
    polarity: input.polarity,
    pointsUsed: [],
    previous: null,
    fit: null,
    slope: null,
    requiredRate: null,
    ratio: null,
    thresholds: { onTrack: ON_TRACK_RATIO, atRisk: AT_RISK_RATIO },
    band: { method: 'none', confidence: null, t: null, residualSd: null },
    notes: [],
  };
  if (targetYear !== null && input.observations.some((observation) => observation.year > targetYear)) {
    method.notes.push('observations-after-target-year-ignored');
  }
  let outcome: Outcome;
  if (!goal) {
    method.notes.push('no-figure');
    outcome = { status: 'no_data', latest: series.at(-1) ?? null, forecast: null, method };
  } else {
    noteDirectionConflict(goal, input, method.notes);
    outcome =
      goal.kind === 'threshold'
        ? evaluateThreshold(goal, series, method, input.target.unit)
        : evaluateChange(goal, series, method, baseline);
  }
  const texts = explainEvaluation(input.target, outcome);
  return { ...outcome, explanation: texts.vi, explanationEn: texts.en };
}
