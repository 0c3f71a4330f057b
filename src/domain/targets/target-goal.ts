// Each operator of the extraction contract as one comparison (a Goal). A plan figure is read
// as a level to reach in the better direction: going beyond it that way still meets it
// ("100%" of a rate cannot be beaten; "31,23%" of children in nursery can).
import type { Direction, EvaluatedTarget, Goal, Observation, Polarity, ReferencePoint } from './types.ts';
import { APPROX_RELATIVE_TOLERANCE, COMPARISON_EPSILON, EQ_ROUNDING_SHARE } from './evaluation-rules.ts';

const directionOf = (polarity: Polarity): Direction => (polarity === 'higher' ? 'up' : 'down');

/** Decimals of a figure as written: 31.23 -> 2, 100 -> 0. */
function countDecimals(value: number): number {
  const text = String(value);
  if (text.includes('e-')) return Number(text.split('e-')[1]);
  return text.split('.')[1]?.length ?? 0;
}

function threshold(
  direction: Direction,
  value: number,
  options: { strict?: boolean; tolerance?: number; reference?: ReferencePoint | null } = {},
): Goal {
  return {
    kind: 'threshold',
    direction,
    threshold: value,
    strict: options.strict ?? false,
    tolerance: options.tolerance ?? 0,
    reference: options.reference ?? null,
  };
}

/** The reference level `maintain` keeps: the baseline, else the target's figure, else the first observation. */
function findMaintainReference(
  target: EvaluatedTarget,
  baseline: Observation | null,
  observations: readonly Observation[],
): ReferencePoint | null {
  if (baseline) return { value: baseline.value, year: baseline.year, source: 'baseline' };
  if (target.value !== null) return { value: target.value, year: null, source: 'target-value' };
  const first = observations[0];
  return first ? { value: first.value, year: first.year, source: 'first-observation' } : null;
}

/**
 * The goal of a target; null when a level operator has no figure. `observations` are sorted
 * oldest first (maintain without a baseline keeps the first one).
 */
export function readGoal(
  target: EvaluatedTarget,
  polarity: Polarity,
  options: { baseline?: Observation | null; tolerance?: number | null; observations?: readonly Observation[] } = {},
): Goal | null {
  const { op, value, value2 } = target;
  const baseline = options.baseline ?? null;
  const better = directionOf(polarity);
  if (op === 'maintain') {
    const reference = findMaintainReference(target, baseline, options.observations ?? []);
    return reference ? threshold(better, reference.value, { reference }) : null;
  }
  if (op === 'increase' || op === 'decrease') {
    const direction: Direction = op === 'increase' ? 'up' : 'down';
    if (value !== null && baseline) {
      const factor = op === 'increase' ? 1 + value / 100 : 1 - value / 100;
      const reference: ReferencePoint = { value: baseline.value, year: baseline.year, source: 'baseline' };
      return threshold(direction, baseline.value * factor, { reference });
    }
    return { kind: 'change', direction, minChangePercent: value };
  }
  if (value === null) return null;
  switch (op) {
    case 'gte':
      return threshold('up', value);
    case 'gt':
      return threshold('up', value, { strict: true });
    case 'lte':
      return threshold('down', value);
    case 'lt':
      return threshold('down', value, { strict: true });
    case 'eq': {
      const tolerance = options.tolerance ?? EQ_ROUNDING_SHARE * 10 ** -countDecimals(value);
      return threshold(better, value, { tolerance });
    }
    case 'approx': {
      const tolerance = options.tolerance ?? APPROX_RELATIVE_TOLERANCE * Math.abs(value);
      return threshold(better, value, { tolerance });
    }
    case 'range': {
      const upper = value2 ?? value;
      return threshold(better, better === 'up' ? Math.min(value, upper) : Math.max(value, upper));
    }
    default:
      return null;
  }
}

/** The level a value must reach (tolerance applied). */
export function findEffectiveThreshold(goal: Extract<Goal, { kind: 'threshold' }>): number {
  return goal.direction === 'up' ? goal.threshold - goal.tolerance : goal.threshold + goal.tolerance;
}

/** Whether a value meets a threshold goal. */
export function meetsThreshold(goal: Extract<Goal, { kind: 'threshold' }>, value: number): boolean {
  const level = findEffectiveThreshold(goal);
  const gap = goal.direction === 'up' ? value - level : level - value;
  return goal.strict && goal.tolerance === 0 ? gap > COMPARISON_EPSILON : gap >= -COMPARISON_EPSILON;
}

export type ChangeVerdict = 'reached' | 'short' | 'none';

/**
 * A change goal against the previous period: reached; short (moved the right way but not far
 * enough, or unchanged where any change would do); or none (moved the wrong way, or not at all).
 */
export function judgeChange(goal: Extract<Goal, { kind: 'change' }>, latest: number, previous: number): ChangeVerdict {
  const change = goal.direction === 'up' ? latest - previous : previous - latest;
  if (goal.minChangePercent === null) {
    if (change > COMPARISON_EPSILON) return 'reached';
    return change >= -COMPARISON_EPSILON ? 'short' : 'none';
  }
  const needed = (Math.abs(previous) * goal.minChangePercent) / 100;
  if (change >= needed - COMPARISON_EPSILON) return 'reached';
  return change > COMPARISON_EPSILON ? 'short' : 'none';
}
