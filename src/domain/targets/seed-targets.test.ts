// Every target of the five seed plans (test/fixtures/seed-gold, a copy of shared/gold/seeds)
// evaluated against synthetic series built for each status its operator allows.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlanContent, Target } from '../plans/plan-model.ts';
import { evaluateTarget } from './evaluate-target.ts';
import { evaluateTargetTree } from './evaluate-target-tree.ts';
import { describeTarget } from './explain-evaluation.ts';
import { formatFigure } from './format-figure.ts';
import { findEffectiveThreshold, readGoal } from './target-goal.ts';
import type { Observation, Polarity, TargetStatus } from './types.ts';

const FOLDER = join(import.meta.dirname, '../../../test/fixtures/seed-gold');
const plans = readdirSync(FOLDER)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => ({ name, plan: JSON.parse(readFileSync(join(FOLDER, name), 'utf8')) as PlanContent }));

/** Lower is better for ceilings and for malnutrition rates. */
const polarityOf = (target: Target): Polarity =>
  target.op === 'lt' || target.op === 'lte' || /suy dinh dưỡng/i.test(target.subject) ? 'lower' : 'higher';

interface Scenario {
  status: TargetStatus;
  asOf: string;
  series: Observation[];
}

const points = (entries: [number, number][]): Observation[] => entries.map(([year, value]) => ({ year, value }));

/** Series for a level goal: the effective threshold L approached (or missed) at a chosen pace. */
function buildLevelScenarios(level: number, sign: number, year: number): Scenario[] {
  const step = Math.max(Math.abs(level) * 0.02, 0.01);
  const latest = level - sign * 2 * step; // needs 2 steps in the one year left
  const paced = (share: number): Observation[] => {
    const pace = share * 2 * step;
    return points([
      [year - 3, latest - sign * 2 * pace],
      [year - 2, latest - sign * pace],
      [year - 1, latest],
    ]);
  };
  const ahead = `${year - 1}-12-31`;
  const passed = `${year + 1}-03-01`;
  return [
    {
      status: 'met',
      asOf: passed,
      series: points([
        [year - 1, level - sign * 2 * step],
        [year, level + sign * step],
      ]),
    },
    {
      status: 'not_met',
      asOf: passed,
      series: points([
        [year - 1, level - sign * 3 * step],
        [year, level - sign * step],
      ]),
    },
    { status: 'on_track', asOf: ahead, series: paced(1.5) },
    { status: 'at_risk', asOf: ahead, series: paced(0.8) },
    { status: 'off_track', asOf: ahead, series: paced(0.3) },
    { status: 'no_data', asOf: ahead, series: [] },
  ];
}

/** Series for a change goal against the previous period. */
function buildChangeScenarios(start: number, sign: number, year: number): Scenario[] {
  const step = start * 0.05;
  const ahead = `${year - 1}-12-31`;
  const passed = `${year + 1}-03-01`;
  return [
    {
      status: 'met',
      asOf: passed,
      series: points([
        [year - 1, start],
        [year, start + sign * step],
      ]),
    },
    {
      status: 'not_met',
      asOf: passed,
      series: points([
        [year - 1, start],
        [year, start - sign * step],
      ]),
    },
    {
      status: 'on_track',
      asOf: ahead,
      series: points([
        [year - 2, start],
        [year - 1, start + sign * step],
      ]),
    },
    {
      status: 'at_risk',
      asOf: ahead,
      series: points([
        [year - 2, start],
        [year - 1, start],
      ]),
    },
    {
      status: 'off_track',
      asOf: ahead,
      series: points([
        [year - 2, start],
        [year - 1, start - sign * step],
      ]),
    },
    { status: 'no_data', asOf: ahead, series: [] },
  ];
}

const cases = plans.flatMap(({ name, plan }) =>
  plan.targets.flatMap((target) => {
    const polarity = polarityOf(target);
    const year = target.year ?? 2025;
    const baseline = target.op === 'maintain' && target.value === null ? { year: year - 4, value: 80 } : null;
    const goal = readGoal(target, polarity, { baseline });
    if (!goal) throw new Error(`${name} ${target.id}: no goal`);
    const sign = goal.direction === 'up' ? 1 : -1;
    const scenarios =
      goal.kind === 'threshold'
        ? buildLevelScenarios(findEffectiveThreshold(goal), sign, year)
        : buildChangeScenarios(target.unit === 'percent' ? 50 : 1000, sign, year);
    return scenarios.map((scenario) => ({
      label: `${name} ${target.id} ${target.op} ${target.value ?? ''} → ${scenario.status}`,
      target,
      polarity,
      baseline,
      scenario,
    }));
  }),
);

describe('seed targets', () => {
  it('reads every seed plan', () => {
    expect(plans.map(({ name }) => name)).toHaveLength(5);
    expect(cases.length).toBe(plans.reduce((sum, { plan }) => sum + plan.targets.length, 0) * 6);
  });

  it.each(cases.map((c) => [c.label, c] as const))('%s', (_label, { target, polarity, baseline, scenario }) => {
    const result = evaluateTarget({ target, polarity, baseline, observations: scenario.series, asOf: scenario.asOf });
    expect(result.status, result.explanation).toBe(scenario.status);
    expect(result.explanation).toContain(describeTarget(target, result.method.goal));
    const latest = scenario.series.at(-1);
    if (latest) expect(result.explanation).toContain(formatFigure(latest.value, target.unit, target.unitNoun));
    else expect(result.latest).toBeNull();
  });

  it.each(plans.map(({ name, plan }) => [name, plan] as const))(
    '%s: "trong đó" children evaluated under their parent',
    (_name, plan) => {
      const tree = evaluateTargetTree(
        plan.targets,
        (target) => ({ polarity: polarityOf(target), observations: [] }),
        '2026-01-01',
      );
      const children = tree.flatMap((node) => node.children);
      expect(tree.length + children.length).toBe(plan.targets.length);
      expect(children.map((node) => node.target.id).sort()).toEqual(
        plan.targets
          .filter((target) => target.parent !== null)
          .map((target) => target.id)
          .sort(),
      );
      for (const node of children) expect(node.evaluation.status).toBe('no_data');
    },
  );
});
