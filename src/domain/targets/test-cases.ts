// Shared pieces of the operator tables (evaluate-target-*.test.ts): a case and how it runs.
import { describe, expect, it } from 'vitest';
import type { TargetOp, TargetUnit } from '../plans/plan-model.ts';
import { evaluateTarget } from './evaluate-target.ts';
import type { Observation, Polarity, TargetEvaluation, TargetEvaluationInput, TargetStatus } from './types.ts';

export interface Case {
  name: string;
  op: TargetOp;
  value: number | null;
  value2?: number | null;
  unit?: TargetUnit | null;
  unitNoun?: string | null;
  year?: number | null;
  polarity?: Polarity;
  series: [number, number][];
  asOf: string;
  baseline?: Observation;
  tolerance?: number;
  status: TargetStatus;
  /** Fragments the Vietnamese explanation must contain. */
  says?: string[];
}

/** asOf with the default target year 2024 passed. */
export const PASSED = '2025-03-01';
/** asOf with a target year 2027 ahead. */
export const BEFORE = '2025-06-30';

/** Evaluates a case (target year 2024, percent, higher is better unless said). */
export function runCase(c: Case): TargetEvaluation {
  const input: TargetEvaluationInput = {
    target: {
      op: c.op,
      value: c.value,
      value2: c.value2 ?? null,
      unit: c.unit === undefined ? 'percent' : c.unit,
      unitNoun: c.unitNoun ?? null,
      year: c.year === undefined ? 2024 : c.year,
    },
    polarity: c.polarity ?? 'higher',
    observations: c.series.map(([year, value]) => ({ year, value })),
    asOf: c.asOf,
    baseline: c.baseline ?? null,
    tolerance: c.tolerance ?? null,
  };
  return evaluateTarget(input);
}

/** One operator table: each case's status, the fragments its explanation must say, an English text, a serialisable method. */
export function describeCaseTable(title: string, cases: Case[]): void {
  describe(title, () => {
    it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const result = runCase(c);
      expect(result.status, result.explanation).toBe(c.status);
      for (const fragment of c.says ?? []) expect(result.explanation).toContain(fragment);
      expect(result.explanationEn).toBeTruthy();
      expect(JSON.parse(JSON.stringify(result.method))).toEqual(result.method);
    });
  });
}
