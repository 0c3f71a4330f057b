import { describe, expect, it } from 'vitest';
import { seedCatalogue } from '../indicators/catalogue/index.ts';
import type { Indicator } from '../indicators/types.ts';
import { evaluateTarget } from '../targets/evaluate-target.ts';
import { createPrng, hashUnit } from './demo-prng.ts';
import { type DemoTarget, demoYears, designPlanSeries, designSeries } from './demo-scenarios.ts';
import { type DemoArea, generateDemoValues, isOldMapYear } from './demo-series.ts';
import { validateValues } from './validate-values.ts';

const indicators = new Map<string, Indicator>(seedCatalogue.indicators.map((indicator) => [indicator.id, indicator]));
const dataElements = new Map(seedCatalogue.dataElements.map((element) => [element.id, element]));
const target = (partial: Partial<DemoTarget>): DemoTarget => ({
  op: 'gte',
  value: 70,
  value2: null,
  unit: 'percent',
  unitNoun: null,
  year: 2024,
  indicatorId: 'labour-trained-rate',
  ...partial,
});
const area: DemoArea = {
  key: 'plan-a',
  oldDistrictId: 'od-a',
  oldCommuneIds: ['oc-1', 'oc-2', 'oc-3', 'oc-4', 'oc-5'],
  newCommunes: [
    {
      id: 'c-1',
      sources: [
        { unitId: 'oc-1', share: 1 },
        { unitId: 'oc-2', share: 1 },
      ],
    },
    {
      id: 'c-2',
      sources: [
        { unitId: 'oc-3', share: 1 },
        { unitId: 'oc-4', share: 0.5 },
      ],
    },
    {
      id: 'c-3',
      sources: [
        { unitId: 'oc-4', share: 0.5 },
        { unitId: 'oc-5', share: 1 },
      ],
    },
  ],
};
const plans = [
  {
    key: 'plan-a',
    targets: [
      target({}),
      target({ indicatorId: 'employment-job-referrals', op: 'gte', value: 5000, unit: 'count' }),
      target({ indicatorId: 'health-under5-stunting-rate', op: 'lt', value: 16 }),
      target({ indicatorId: 'labour-retrained-rate', op: 'gt', value: 55, year: 2030 }),
      target({ indicatorId: 'edu-enrolment-all', op: 'increase', value: null, year: 2030 }),
      target({ indicatorId: 'health-doctors-per10k', op: 'range', value: 10, value2: 12, unit: 'per10k' }),
    ],
  },
];

function generate() {
  const designs = designPlanSeries(plans, indicators);
  return generateDemoValues({ areas: [{ area, designs: designs[0]! }], indicators, dataElements });
}

describe('the demo prng', () => {
  it('gives the same numbers for the same seed, within [0, 1)', () => {
    const a = createPrng('x');
    const b = createPrng('x');
    const numbers = Array.from({ length: 100 }, () => a());
    expect(numbers).toEqual(Array.from({ length: 100 }, () => b()));
    expect(numbers.every((n) => n >= 0 && n < 1)).toBe(true);
    expect(hashUnit('x')).not.toBe(hashUnit('y'));
  });
});

describe('designSeries', () => {
  const rate = indicators.get('labour-trained-rate')!;
  const series = (scenario: Parameters<typeof designSeries>[2], partial: Partial<DemoTarget> = {}) => {
    const levels = designSeries(target(partial), rate, scenario, 'seed');
    return [...levels].map(([year, value]) => ({ year, value }));
  };
  const statusOf = (scenario: Parameters<typeof designSeries>[2], partial: Partial<DemoTarget> = {}) =>
    evaluateTarget({
      target: target(partial),
      polarity: 'higher',
      observations: series(scenario, partial),
      asOf: '2026-12-03',
    }).status;

  it('lands each scenario in its status when the levels are measured exactly', () => {
    expect(statusOf('reach')).toBe('met');
    expect(statusOf('miss')).toBe('not_met');
    expect(statusOf('unreported')).toBe('no_data');
    expect(statusOf('fast', { year: 2030 })).toBe('on_track');
    expect(statusOf('slowing', { year: 2030 })).toBe('at_risk');
    expect(statusOf('stalled', { year: 2030 })).toBe('off_track');
    expect(statusOf('improving', { op: 'increase', value: null, year: 2030 })).toBe('on_track');
    expect(statusOf('worsening', { op: 'increase', value: null, year: 2030 })).toBe('off_track');
    expect(statusOf('miss', { op: 'increase', value: null, year: 2024 })).toBe('not_met');
  });

  it('keeps rates within 0–100 and a full rate at 100', () => {
    const full = series('reach', { op: 'eq', value: 100, year: 2025 });
    expect(full.find((point) => point.year === 2025)?.value).toBe(100);
    expect(full.every((point) => point.value > 0 && point.value <= 100)).toBe(true);
  });
});

describe('generateDemoValues', () => {
  const values = generate();
  const at = (element: string, unit: string, period: string, disaggregation = '') =>
    values.find(
      (v) =>
        v.dataElementId === element && v.unitId === unit && v.period === period && v.disaggregation === disaggregation,
    )?.value;

  it('is deterministic', () => {
    expect(generate()).toEqual(values);
    expect(values.length).toBeGreaterThan(100);
  });

  it('has the district report the first year, old communes before the reform, new ones after', () => {
    const units = (period: string) => new Set(values.filter((v) => v.period === period).map((v) => v.unitId));
    expect([...units('2021')]).toEqual(['od-a']);
    expect(isOldMapYear(2024)).toBe(true);
    expect(isOldMapYear(2025)).toBe(false);
    for (const period of ['2022', '2023', '2024']) for (const id of units(period)) expect(id).toMatch(/^oc-/);
    for (const period of ['2025', '2026']) for (const id of units(period)) expect(id).toMatch(/^c-/);
    // Some communes miss a year; the year under way is reported in part.
    const reported = ['2022', '2023', '2024'].reduce((sum, period) => sum + units(period).size, 0);
    expect(reported).toBeLessThanOrEqual(15);
    expect(units('2026').size).toBeGreaterThan(0);
  });

  it('passes the checks a reporter would meet: parts within wholes, rates within 0–100', () => {
    const cells = values.map((v, index) => ({ ...v, index, confirm: true }));
    const problems = validateValues({
      cells,
      stored: [],
      history: new Map(),
      catalogue: seedCatalogue,
      names: { unitName: (id) => id, periodLabel: (period) => period },
    });
    expect(problems).toEqual([]);
    expect(values.every((v) => Number.isInteger(v.value) && v.value >= 0)).toBe(true);
  });

  it('makes the reported numerators sum to the designed rate of the area', () => {
    const design = designPlanSeries(plans, indicators)[0]!.find((d) => d.indicatorId === 'labour-trained-rate')!;
    for (const year of demoYears) {
      const period = String(year);
      const totals = values.filter(
        (v) => v.dataElementId === 'labour-employed' && v.period === period && !v.disaggregation,
      );
      const denominator = totals.reduce((sum, v) => sum + v.value, 0);
      const numerator = totals.reduce((sum, v) => sum + (at('labour-employed-trained', v.unitId, period) ?? 0), 0);
      expect((100 * numerator) / denominator).toBeCloseTo(design.levels.get(year)!, 1);
    }
  });
});
