import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TargetOp, TargetUnit } from '../plans/plan-model.ts';
import { evaluateTarget } from './evaluate-target.ts';
import { STATUS_LABELS, STATUS_RANK } from './evaluation-rules.ts';
import type { Observation, TargetEvaluationInput, TargetStatus } from './types.ts';

const OPS: TargetOp[] = ['gte', 'gt', 'lte', 'lt', 'eq', 'range', 'approx', 'increase', 'decrease', 'maintain'];
const UNITS: (TargetUnit | null)[] = ['percent', 'per10k', 'count', null];

const value = fc.double({ min: 0, max: 100, noNaN: true, noDefaultInfinity: true });

const inputs = fc
  .record({
    op: fc.constantFrom(...OPS),
    value: fc.option(value, { nil: null }),
    width: fc.double({ min: 0, max: 20, noNaN: true }),
    unit: fc.constantFrom(...UNITS),
    year: fc.option(fc.integer({ min: 2022, max: 2030 }), { nil: null, freq: 6 }),
    polarity: fc.constantFrom('higher' as const, 'lower' as const),
    values: fc.array(value, { minLength: 0, maxLength: 6 }),
    firstYear: fc.integer({ min: 2015, max: 2024 }),
    asOfYear: fc.integer({ min: 2020, max: 2032 }),
    baseline: fc.option(value, { nil: null }),
  })
  .map((r): TargetEvaluationInput => {
    const observations: Observation[] = r.values.map((v, index) => ({ year: r.firstYear + index, value: v }));
    return {
      target: {
        op: r.op,
        value: r.op === 'increase' || r.op === 'decrease' ? (r.value === null ? null : r.value / 5) : r.value,
        value2: r.op === 'range' && r.value !== null ? r.value + r.width : null,
        unit: r.unit,
        unitNoun: r.unit === 'count' ? 'người' : null,
        year: r.year,
      },
      polarity: r.polarity,
      observations,
      asOf: `${r.asOfYear}-07-01`,
      baseline: r.baseline === null ? null : { year: r.firstYear - 1, value: r.baseline },
    };
  });

const rank = (status: TargetStatus) => (status === 'no_data' ? -1 : STATUS_RANK[status]);

describe('evaluateTarget properties', () => {
  it('a better latest value never yields a worse status', () => {
    fc.assert(
      fc.property(inputs, fc.double({ min: 0.001, max: 30, noNaN: true }), (input, delta) => {
        const before = evaluateTarget(input);
        const goal = before.method.goal;
        const latest = before.latest;
        if (!goal || !latest) return;
        const sign = goal.direction === 'up' ? 1 : -1;
        const observations = input.observations.map((observation) =>
          observation.year === latest.year ? { ...observation, value: observation.value + sign * delta } : observation,
        );
        const after = evaluateTarget({ ...input, observations });
        expect(rank(after.status), `${before.explanation}\n→ ${after.explanation}`).toBeGreaterThanOrEqual(
          rank(before.status),
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('decides met/not_met once the target year is in, and forecasts only before', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const result = evaluateTarget(input);
        if (result.method.mode === 'final') expect(['met', 'not_met']).toContain(result.status);
        if (result.method.mode === 'forecast') {
          expect(['on_track', 'at_risk', 'off_track']).toContain(result.status);
          expect(result.forecast?.year).toBe(input.target.year);
          expect(result.method.pointsUsed.length).toBeGreaterThanOrEqual(2);
          expect(result.forecast?.low).toBeLessThanOrEqual(result.forecast?.value ?? Number.NaN);
          expect(result.forecast?.high).toBeGreaterThanOrEqual(result.forecast?.value ?? Number.NaN);
        } else expect(result.forecast).toBeNull();
        if (result.status !== 'no_data') expect(result.explanation).toContain(STATUS_LABELS[result.status].vi);
        if (result.latest === null) expect(result.status).toBe('no_data');
      }),
      { numRuns: 2000 },
    );
  });

  it('is deterministic and serialisable', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const result = evaluateTarget(input);
        expect(evaluateTarget(input)).toEqual(result);
        expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      }),
      { numRuns: 300 },
    );
  });
});
