// Demo series, first half: for each indicator a demo plan measures, the level its area should
// show each year 2021–2026 (a rate in %, a figure per 10,000, or a count), aimed at the goal of
// the first target linked to it. The scenario (reach the figure, fall short, keep pace, ...) is
// chosen from the target's place in the plans, in turns, so that across the seed plans every
// status of the evaluation shows up; the status itself always comes from evaluateTarget on the
// stored values, never from here. Pure and deterministic (no clock, no Math.random).
import type { Indicator } from '../indicators/types.ts';
import { findEffectiveThreshold, readGoal } from '../targets/target-goal.ts';
import type { EvaluatedTarget, Goal } from '../targets/types.ts';
import { createPrng } from './demo-prng.ts';

export const demoFirstYear = 2021;
/** The last demo year, reported only in part (the year under way). */
export const demoLastYear = 2026;
export const demoYears: readonly number[] = Array.from(
  { length: demoLastYear - demoFirstYear + 1 },
  (_, i) => demoFirstYear + i,
);

export type DemoScenario =
  /** The figure is reached in the target year (met). */
  | 'reach'
  /** The target year ends short of it (not met). */
  | 'miss'
  /** Nothing is ever reported (no data). */
  | 'unreported'
  /** Target year still ahead: the observed pace against the pace still needed. */
  | 'fast'
  | 'slowing'
  | 'stalled'
  /** "năm sau cao hơn năm trước": the latest year moves the right way, or the wrong way. */
  | 'improving'
  | 'worsening';

/** What the demo needs of a plan target: the evaluated parts and its linked indicator. */
export interface DemoTarget extends EvaluatedTarget {
  indicatorId: string | null;
}

export interface DemoSeriesDesign {
  indicatorId: string;
  scenario: DemoScenario;
  /** The area's level by year; empty when unreported. */
  levels: ReadonlyMap<number, number>;
}

// Turns per kind of target. Decided targets (year in the past or this year) mostly reach
// their figure, some fall short, one in seven is never reported; targets still ahead run
// ahead of, behind, or far behind the required pace (ratio thresholds 0.95 / 0.6).
const decidedTurns: readonly DemoScenario[] = ['reach', 'reach', 'miss', 'reach', 'unreported', 'reach', 'miss'];
const aheadTurns: readonly DemoScenario[] = ['fast', 'slowing', 'stalled'];
const changeTurns: readonly DemoScenario[] = ['improving', 'worsening'];
/** Observed pace / required pace aimed at by each "ahead" scenario: well inside each band. */
const paceRatios: Record<'fast' | 'slowing' | 'stalled', number> = { fast: 1.5, slowing: 0.78, stalled: 0.2 };

type LevelKind = 'percent' | 'per10k' | 'count';

function kindOf(indicator: Indicator): LevelKind {
  if (indicator.formula.kind === 'count') return 'count';
  return indicator.formula.factor === 100 ? 'percent' : 'per10k';
}

/** A plausible level for a target without a figure ("nâng cao tỷ lệ ..."), by the indicator's kind. */
function defaultLevel(kind: LevelKind, random: () => number): number {
  if (kind === 'percent') return 45 + 35 * random();
  if (kind === 'per10k') return 15 + 20 * random();
  return 120 + 200 * random();
}

function clampLevel(kind: LevelKind, level: number): number {
  if (kind === 'percent') return Math.min(100, Math.max(0.5, level));
  return Math.max(kind === 'count' ? 0 : 0.1, level);
}

/** A line through (year, level) anchored at `anchorYear`, with a small wobble, clamped. */
function line(
  kind: LevelKind,
  anchor: { year: number; level: number },
  slopeOf: (year: number) => number,
  wobble: number,
  random: () => number,
): Map<number, number> {
  const levels = new Map<number, number>();
  for (const year of demoYears) {
    const noise = year === anchor.year ? 0 : (random() * 2 - 1) * wobble;
    levels.set(year, clampLevel(kind, anchor.level + slopeOf(year) + noise));
  }
  return levels;
}

/** Reach or miss a threshold in the target year; a steady approach before, a slow drift after. */
function designDecided(
  kind: LevelKind,
  goal: Extract<Goal, { kind: 'threshold' }>,
  targetYear: number,
  reach: boolean,
  random: () => number,
): Map<number, number> {
  const sign = goal.direction === 'up' ? 1 : -1;
  const level = findEffectiveThreshold(goal);
  const scale = Math.max(Math.abs(level), kind === 'count' ? 1 : 0.5);
  const margin =
    kind === 'percent' ? Math.max(1.5, 0.05 * scale) : kind === 'count' ? Math.max(1, 0.08 * scale) : 0.1 * scale;
  let final = reach ? level + sign * margin * (goal.strict ? 1.2 : 1) : level - sign * 2 * margin;
  // A rate at (nearly) 100% is reached only by all of it; a count is whole.
  if (kind === 'percent' && sign > 0 && reach && level >= 98.5) final = 100;
  if (kind === 'count') final = reach === sign > 0 ? Math.ceil(final) : Math.floor(final);
  final = clampLevel(kind, final);
  const gain = kind === 'percent' ? Math.min(12, 0.15 * Math.max(final, 10)) : 0.2 * Math.max(final, 1);
  const perYear = gain / Math.max(1, targetYear - demoFirstYear);
  return line(
    kind,
    { year: targetYear, level: final },
    (year) => (year <= targetYear ? -sign * perYear * (targetYear - year) : (sign * perYear * (year - targetYear)) / 4),
    kind === 'count' ? 0 : perYear * 0.15,
    random,
  );
}

/** A target year still ahead: `gap` left at the last year, covered at `ratio` × the pace needed. */
function designAhead(
  kind: LevelKind,
  goal: Extract<Goal, { kind: 'threshold' }>,
  targetYear: number,
  ratio: number,
  random: () => number,
): Map<number, number> {
  const sign = goal.direction === 'up' ? 1 : -1;
  const level = findEffectiveThreshold(goal);
  let gap = Math.max(kind === 'percent' ? 3 : 1, 0.25 * Math.abs(level));
  if (sign > 0 && level - gap < 0.5 * level) gap = 0.5 * level;
  if (kind === 'percent' && sign < 0) gap = Math.min(gap, (100 - level) / 2);
  const latest = level - sign * gap;
  const slope = (ratio * gap) / (targetYear - demoLastYear);
  return line(
    kind,
    { year: demoLastYear, level: latest },
    (year) => sign * slope * (year - demoLastYear),
    slope * 0.1,
    random,
  );
}

/** A change target ("năm sau cao hơn năm trước"): steady progress, or the last years going back. */
function designChange(
  kind: LevelKind,
  goal: Extract<Goal, { kind: 'change' }>,
  decideYear: number,
  improving: boolean,
  random: () => number,
): Map<number, number> {
  const sign = goal.direction === 'up' ? 1 : -1;
  const base = defaultLevel(kind, random);
  const step = Math.max(base * Math.max(0.04, (goal.minChangePercent ?? 0) / 100 + 0.02), kind === 'count' ? 3 : 0);
  // Worsening: progress until the year before the one judged, then back by more than a step.
  const turnYear = decideYear >= demoLastYear ? demoLastYear - 2 : decideYear - 1;
  const levels = new Map<number, number>();
  for (const year of demoYears) {
    const ahead = improving ? year - demoFirstYear : Math.min(year, turnYear) - demoFirstYear;
    const back = improving ? 0 : Math.max(0, year - turnYear) * 1.5;
    const noise = (random() * 2 - 1) * step * 0.15;
    const raw = base + sign * step * (ahead - back) + noise;
    levels.set(year, clampLevel(kind, kind === 'count' ? Math.round(raw) : raw));
  }
  return levels;
}

/** The scenario a target gets and the levels that follow from it, given its turn. */
export function designSeries(
  target: DemoTarget,
  indicator: Indicator,
  scenario: DemoScenario,
  seed: string,
): Map<number, number> {
  if (scenario === 'unreported') return new Map();
  const random = createPrng(seed);
  const kind = kindOf(indicator);
  const goal = readGoal(target, indicator.polarity);
  const judgedYear = target.year ?? demoLastYear;
  if (goal?.kind === 'change')
    return designChange(
      kind,
      goal,
      Math.min(judgedYear, demoLastYear),
      scenario === 'improving' || scenario === 'reach',
      random,
    );
  if (goal && (scenario === 'fast' || scenario === 'slowing' || scenario === 'stalled'))
    return designAhead(kind, goal, judgedYear, paceRatios[scenario], random);
  if (goal) return designDecided(kind, goal, Math.min(judgedYear, demoLastYear), scenario !== 'miss', random);
  // No figure to aim at ("duy trì kết quả ..."): a level near the default, kept or slipping.
  const sign = indicator.polarity === 'higher' ? 1 : -1;
  const base = defaultLevel(kind, random);
  const drift = (scenario === 'miss' ? -1 : 1) * sign * base * 0.01;
  return line(kind, { year: demoFirstYear, level: base }, (year) => drift * (year - demoFirstYear), 0, random);
}

type TurnGroup = 'decided' | 'ahead' | 'change';

/** Which turns a target takes: decided, still ahead (a level), or a change against the year before. */
function turnsOf(target: DemoTarget, indicator: Indicator): { group: TurnGroup; turns: readonly DemoScenario[] } {
  const goal = readGoal(target, indicator.polarity);
  const ahead = target.year !== null && target.year > demoLastYear;
  // A change already judged is met or not met; still ahead, the latest step is on or off track.
  if (goal?.kind === 'change') return { group: 'change', turns: ahead ? changeTurns : ['reach', 'miss'] };
  if (goal && ahead) return { group: 'ahead', turns: aheadTurns };
  return { group: 'decided', turns: decidedTurns };
}

/**
 * One design per indicator of each plan, from the first target linked to it (later targets
 * on the same indicator read the same series). Turns run across the plans in the order given.
 */
export function designPlanSeries(
  plans: readonly { key: string; targets: readonly DemoTarget[] }[],
  indicators: ReadonlyMap<string, Indicator>,
): DemoSeriesDesign[][] {
  const turnCounters = new Map<TurnGroup, number>();
  return plans.map((plan) => {
    const designs: DemoSeriesDesign[] = [];
    const seen = new Set<string>();
    for (const target of plan.targets) {
      const indicator = target.indicatorId === null ? undefined : indicators.get(target.indicatorId);
      if (!indicator || seen.has(indicator.id)) continue;
      seen.add(indicator.id);
      const { group, turns } = turnsOf(target, indicator);
      const turn = turnCounters.get(group) ?? 0;
      turnCounters.set(group, turn + 1);
      const scenario = turns[turn % turns.length]!;
      designs.push({
        indicatorId: indicator.id,
        scenario,
        levels: designSeries(target, indicator, scenario, `${plan.key}|${indicator.id}`),
      });
    }
    return designs;
  });
}
