// Evaluates every target of 200 plans (5,000 targets, each with a 2016–2026 series) as the
// plan pages and the dashboard will: status, explanation and forecast for each, children
// nested under their parents. The bar: under 300 ms for all of them. The plans are
// the seed plans' targets repeated with deterministic synthetic series (no clock, no I/O
// inside the measured part).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlanContent, Target } from '../../src/domain/plans/plan-model.ts';
import { evaluateTargetTree } from '../../src/domain/targets/evaluate-target-tree.ts';
import type { Observation, Polarity } from '../../src/domain/targets/types.ts';
import { measure } from '../measure.ts';
import type { Bench } from '../run.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const goldFolder = path.join(repo, 'test', 'fixtures', 'seed-gold');
const planCount = 200;
const targetsPerPlan = 25;
const years = Array.from({ length: 11 }, (_, i) => 2016 + i);

function loadSeedTargets(): Target[] {
  return readdirSync(goldFolder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => (JSON.parse(readFileSync(path.join(goldFolder, name), 'utf8')) as PlanContent).targets);
}

/** A small deterministic generator (mulberry32), so every run measures the same series. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface BenchTarget extends Target {
  series: Observation[];
  polarity: Polarity;
}

function buildPlans(seedTargets: Target[]): BenchTarget[][] {
  const random = createRandom(20261203);
  const plans: BenchTarget[][] = [];
  for (let p = 0; p < planCount; p++) {
    const plan: BenchTarget[] = [];
    for (let t = 0; t < targetsPerPlan; t++) {
      const seed = seedTargets[(p * targetsPerPlan + t) % seedTargets.length]!;
      const level = seed.value ?? 50;
      const start = level * (0.6 + random() * 0.3);
      const pace = (level - start) / (8 + random() * 6);
      // Some units report late: a few series stop early or have gaps.
      const lastYear = 2026 - Math.floor(random() * 3);
      const series = years
        .filter((year) => year <= lastYear && random() > 0.1)
        .map((year) => ({ year, value: start + pace * (year - 2016) + (random() - 0.5) * pace }));
      const parentIndex = seed.parent ? plan.findIndex((other) => other.id.endsWith(`:${seed.parent}`)) : -1;
      plan.push({
        ...seed,
        id: `p${p}:${seed.id}`,
        parent: parentIndex >= 0 ? plan[parentIndex]!.id : null,
        series,
        polarity: seed.op === 'lt' || seed.op === 'lte' ? 'lower' : 'higher',
      });
    }
    plans.push(plan);
  }
  return plans;
}

export default {
  name: 'targets.evaluate',
  async run() {
    const plans = buildPlans(loadSeedTargets());
    const asOf = '2026-12-03';
    let evaluated = 0;
    const evaluateAll = () => {
      evaluated = 0;
      for (const plan of plans) {
        const roots = evaluateTargetTree(
          plan,
          (target) => ({ polarity: target.polarity, observations: target.series }),
          asOf,
        );
        evaluated += roots.length;
      }
    };
    const timing = await measure(evaluateAll, 20, 3);
    return { plans: planCount, targets: planCount * targetsPerPlan, root_targets: evaluated, ...timing };
  },
} satisfies Bench;
