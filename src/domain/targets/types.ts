// Inputs and outputs of target evaluation: a plan target, its indicator's polarity and the
// measured series -> a status, a Vietnamese (and English) explanation, a forecast and a
// serialisable record of how the status was computed.
import type { Target } from '../plans/plan-model.ts';

/** Which way the indicator improves: 'higher' (trained workers) or 'lower' (malnutrition). */
export type Polarity = 'higher' | 'lower';

export type TargetStatus = 'met' | 'not_met' | 'on_track' | 'at_risk' | 'off_track' | 'no_data';

/** One measured value; `year` is the year of the period (or the period's end year). */
export interface Observation {
  year: number;
  value: number;
}

/** The parts of a plan target that evaluation reads. */
export type EvaluatedTarget = Pick<Target, 'op' | 'value' | 'value2' | 'unit' | 'unitNoun' | 'year'>;

export interface TargetEvaluationInput {
  target: EvaluatedTarget;
  polarity: Polarity;
  observations: readonly Observation[];
  /** Today as an ISO date ('2025-03-01'); evaluation never reads the clock. */
  asOf: string;
  /** The reference level for `maintain` and for relative `increase`/`decrease` ("so với năm 2020"). */
  baseline?: Observation | null;
  /** Absolute tolerance for `eq` and `approx`, replacing the defaults of evaluation-rules.ts. */
  tolerance?: number | null;
}

export type Direction = 'up' | 'down';

export type ReferenceSource = 'baseline' | 'target-value' | 'first-observation' | 'previous-period';

export interface ReferencePoint {
  value: number;
  year: number | null;
  source: ReferenceSource;
}

/** What "reaching the target" means, as one comparison. */
export type Goal =
  /** A level to reach by the target year: value ≥ (or >) threshold going up, ≤ (or <) going down. */
  | {
      kind: 'threshold';
      direction: Direction;
      threshold: number;
      strict: boolean;
      tolerance: number;
      reference: ReferencePoint | null;
    }
  /** A change against the previous period; `minChangePercent` null means any change in the direction. */
  | { kind: 'change'; direction: Direction; minChangePercent: number | null };

export type EvaluationMode = 'final' | 'forecast' | 'latest-only' | 'no-deadline' | 'change' | 'none';

export interface EvaluationMethod {
  mode: EvaluationMode;
  /** null when the target cannot be evaluated (a level op without a figure). */
  goal: Goal | null;
  asOfYear: number;
  targetYear: number | null;
  polarity: Polarity;
  /** The observations the status rests on, oldest first. */
  pointsUsed: Observation[];
  /** The period compared with, for change goals. */
  previous: Observation | null;
  fit: 'two-point' | 'least-squares' | null;
  /** Observed change per year. */
  slope: number | null;
  /** Change per year needed from the latest value to reach the threshold in the target year. */
  requiredRate: number | null;
  /** slope / requiredRate; null when not computed. */
  ratio: number | null;
  thresholds: { onTrack: number; atRisk: number };
  band: {
    method: 'prediction-interval' | 'none';
    confidence: number | null;
    t: number | null;
    residualSd: number | null;
  };
  /** Short English codes of the special cases met on the way ('latest-before-target-year', ...). */
  notes: string[];
}

export interface Forecast {
  value: number;
  year: number;
  ratio: number | null;
  low: number;
  high: number;
}

export interface StatusOverride {
  status: TargetStatus;
  reason: string;
  by?: string | null;
  at?: string | null;
}

export interface TargetEvaluation {
  status: TargetStatus;
  explanation: string;
  explanationEn?: string;
  latest: Observation | null;
  forecast: Forecast | null;
  method: EvaluationMethod;
  /** Set by applyOverride: the planner's status and reason, and the status and explanations as computed. */
  override?: StatusOverride & {
    computedStatus: TargetStatus;
    computedExplanation: string;
    computedExplanationEn?: string;
  };
}

/** A target with its "trong đó" children, each evaluated in its own right. */
export interface TargetEvaluationNode<T extends EvaluatedTarget & { id: string } = Target> {
  target: T;
  evaluation: TargetEvaluation;
  children: TargetEvaluationNode<T>[];
}
