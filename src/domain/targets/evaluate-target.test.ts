import { describe, expect, it } from 'vitest';
import type { TargetOp, TargetUnit } from '../plans/plan-model.ts';
import { evaluateTarget } from './evaluate-target.ts';
import type { Observation, Polarity, TargetEvaluationInput, TargetStatus } from './types.ts';

interface Case {
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

const PASSED = '2025-03-01'; // target year 2024 has passed
const BEFORE = '2025-06-30'; // target year 2027 is ahead

function run(c: Case) {
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

function table(title: string, cases: Case[]) {
  describe(title, () => {
    it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const result = run(c);
      expect(result.status, result.explanation).toBe(c.status);
      for (const fragment of c.says ?? []) expect(result.explanation).toContain(fragment);
      expect(result.explanationEn).toBeTruthy();
      expect(JSON.parse(JSON.stringify(result.method))).toEqual(result.method);
    });
  });
}

table('gte (đạt X, ít nhất X)', [
  {
    name: 'passed, reached exactly',
    op: 'gte',
    value: 70,
    series: [[2024, 70]],
    asOf: PASSED,
    status: 'met',
    says: ['Năm 2024 đạt 70%', 'mục tiêu ít nhất 70%: đạt'],
  },
  {
    name: 'passed, below',
    op: 'gte',
    value: 70,
    series: [[2024, 69.9]],
    asOf: PASSED,
    status: 'not_met',
    says: ['69,9%', 'không đạt'],
  },
  {
    name: 'passed, only an earlier year',
    op: 'gte',
    value: 70,
    series: [
      [2022, 71],
      [2023, 72],
    ],
    asOf: PASSED,
    status: 'met',
    says: ['Chưa có số liệu năm 2024', 'năm 2023 đạt 72%'],
  },
  {
    name: 'passed, only later years',
    op: 'gte',
    value: 70,
    series: [[2025, 75]],
    asOf: '2026-01-01',
    status: 'no_data',
    says: ['Chưa có số liệu đến năm 2024'],
  },
  { name: 'passed, no data', op: 'gte', value: 70, series: [], asOf: PASSED, status: 'no_data', says: ['ít nhất 70%'] },
  {
    name: 'target-year value in before the year ends',
    op: 'gte',
    value: 70,
    series: [[2024, 71]],
    asOf: '2024-11-30',
    status: 'met',
  },
  {
    name: 'ahead, no data',
    op: 'gte',
    value: 70,
    year: 2027,
    series: [],
    asOf: BEFORE,
    status: 'no_data',
    says: ['Chưa có số liệu để đánh giá mục tiêu ít nhất 70% vào năm 2027'],
  },
  {
    name: 'ahead, one point below',
    op: 'gte',
    value: 70,
    year: 2027,
    series: [[2024, 65]],
    asOf: BEFORE,
    status: 'off_track',
    says: ['chỉ có một kỳ số liệu'],
  },
  {
    name: 'ahead, one point reached',
    op: 'gte',
    value: 70,
    year: 2027,
    series: [[2024, 71]],
    asOf: BEFORE,
    status: 'on_track',
  },
  // required pace from 64 (2025) to 70 (2027): 3 points a year
  {
    name: 'ahead, two points, fast enough',
    op: 'gte',
    value: 70,
    year: 2027,
    series: [
      [2024, 61],
      [2025, 64],
    ],
    asOf: BEFORE,
    status: 'on_track',
    says: ['dự báo năm 2027 đạt 70%', 'bằng 100% tốc độ cần thiết'],
  },
  {
    name: 'ahead, two points, ratio 0.95',
    op: 'gte',
    value: 70,
    year: 2027,
    series: [
      [2024, 61.15],
      [2025, 64],
    ],
    asOf: BEFORE,
    status: 'on_track',
  },
  {
    name: 'ahead, two points, ratio 0.94',
    op: 'gte',
    value: 70,
    year: 2027,
    series: [
      [2024, 61.18],
      [2025, 64],
    ],
    asOf: BEFORE,
    status: 'at_risk',
  },
  {
    name: 'ahead, two points, ratio 0.6',
    op: 'gte',
    value: 70,
    year: 2027,
    series: [
      [2024, 62.2],
      [2025, 64],
    ],
    asOf: BEFORE,
    status: 'at_risk',
  },
  {
    name: 'ahead, two points, ratio 0.59',
    op: 'gte',
    value: 70,
    year: 2027,
    series: [
      [2024, 62.23],
      [2025, 64],
    ],
    asOf: BEFORE,
    status: 'off_track',
  },
  {
    name: 'ahead, two points, falling',
    op: 'gte',
    value: 70,
    year: 2027,
    series: [
      [2024, 66],
      [2025, 64],
    ],
    asOf: BEFORE,
    status: 'off_track',
    says: ['-2 điểm %/năm'],
  },
  {
    name: 'ahead, three points, least squares',
    op: 'gte',
    value: 70,
    year: 2027,
    series: [
      [2023, 58],
      [2024, 61.5],
      [2025, 64],
    ],
    asOf: BEFORE,
    status: 'on_track',
    says: ['trong khoảng'],
  },
  {
    name: 'ahead, reached and holding',
    op: 'gte',
    value: 70,
    year: 2027,
    series: [
      [2024, 71],
      [2025, 72],
    ],
    asOf: BEFORE,
    status: 'on_track',
    says: ['đã đạt mục tiêu'],
  },
  {
    name: 'ahead, reached but sliding',
    op: 'gte',
    value: 70,
    year: 2027,
    series: [
      [2024, 74],
      [2025, 71],
    ],
    asOf: BEFORE,
    status: 'at_risk',
    says: ['đã đạt mục tiêu'],
  },
  {
    name: 'no year, reached',
    op: 'gte',
    value: 70,
    year: null,
    series: [[2024, 71]],
    asOf: BEFORE,
    status: 'met',
    says: ['mục tiêu không nêu năm'],
  },
  {
    name: 'no year, below and rising',
    op: 'gte',
    value: 70,
    year: null,
    series: [
      [2023, 60],
      [2024, 65],
    ],
    asOf: BEFORE,
    status: 'at_risk',
  },
  {
    name: 'no year, below and flat',
    op: 'gte',
    value: 70,
    year: null,
    series: [[2024, 65]],
    asOf: BEFORE,
    status: 'off_track',
  },
  {
    name: 'no figure',
    op: 'gte',
    value: null,
    series: [[2024, 65]],
    asOf: PASSED,
    status: 'no_data',
    says: ['chưa có con số'],
  },
  {
    name: 'count with noun',
    op: 'gte',
    value: 5500,
    unit: 'count',
    unitNoun: 'lao động',
    series: [[2024, 5600]],
    asOf: PASSED,
    status: 'met',
    says: ['Năm 2024 đạt 5.600 lao động', 'ít nhất 5.500 lao động'],
  },
  {
    name: 'per 10,000',
    op: 'gte',
    value: 11,
    unit: 'per10k',
    series: [[2024, 10.5]],
    asOf: PASSED,
    status: 'not_met',
    says: ['10,5/vạn dân', '11/vạn dân'],
  },
  {
    name: 'observations after the target year are ignored',
    op: 'gte',
    value: 70,
    series: [
      [2024, 69],
      [2025, 80],
    ],
    asOf: '2026-01-01',
    status: 'not_met',
  },
  {
    name: 'duplicate year: the last given wins',
    op: 'gte',
    value: 70,
    series: [
      [2024, 60],
      [2024, 70],
    ],
    asOf: PASSED,
    status: 'met',
  },
  {
    name: 'non-finite values are skipped',
    op: 'gte',
    value: 70,
    series: [[2024, Number.NaN]],
    asOf: PASSED,
    status: 'no_data',
  },
]);

table('gt (trên X)', [
  {
    name: 'passed, above',
    op: 'gt',
    value: 72,
    series: [[2024, 73.4]],
    asOf: PASSED,
    status: 'met',
    says: ['Năm 2024 đạt 73,4% — mục tiêu trên 72%: đạt'],
  },
  { name: 'passed, exactly: not above', op: 'gt', value: 72, series: [[2024, 72]], asOf: PASSED, status: 'not_met' },
  {
    name: 'ahead, one point exactly',
    op: 'gt',
    value: 72,
    year: 2027,
    series: [[2025, 72]],
    asOf: BEFORE,
    status: 'off_track',
  },
  {
    name: 'ahead, rising',
    op: 'gt',
    value: 72,
    year: 2027,
    series: [
      [2023, 66],
      [2024, 68],
      [2025, 70],
    ],
    asOf: BEFORE,
    status: 'on_track',
  },
  {
    name: 'ahead, slow',
    op: 'gt',
    value: 72,
    year: 2027,
    series: [
      [2023, 68.6],
      [2024, 69.3],
      [2025, 70],
    ],
    asOf: BEFORE,
    status: 'at_risk',
  },
  {
    name: 'ahead, stalled',
    op: 'gt',
    value: 72,
    year: 2027,
    series: [
      [2023, 70],
      [2024, 70],
      [2025, 70],
    ],
    asOf: BEFORE,
    status: 'off_track',
  },
]);

table('lte (không quá X), lower is better', [
  {
    name: 'passed, at the ceiling',
    op: 'lte',
    value: 10,
    polarity: 'lower',
    series: [[2024, 10]],
    asOf: PASSED,
    status: 'met',
    says: ['không quá 10%'],
  },
  {
    name: 'passed, above the ceiling',
    op: 'lte',
    value: 10,
    polarity: 'lower',
    series: [[2024, 10.2]],
    asOf: PASSED,
    status: 'not_met',
  },
  {
    name: 'ahead, falling fast enough',
    op: 'lte',
    value: 10,
    polarity: 'lower',
    year: 2027,
    series: [
      [2024, 14],
      [2025, 12],
    ],
    asOf: BEFORE,
    status: 'on_track',
  },
  {
    name: 'ahead, falling slowly',
    op: 'lte',
    value: 10,
    polarity: 'lower',
    year: 2027,
    series: [
      [2024, 12.8],
      [2025, 12],
    ],
    asOf: BEFORE,
    status: 'at_risk',
  },
  {
    name: 'ahead, rising',
    op: 'lte',
    value: 10,
    polarity: 'lower',
    year: 2027,
    series: [
      [2024, 11],
      [2025, 12],
    ],
    asOf: BEFORE,
    status: 'off_track',
  },
]);

table('lt (dưới X): malnutrition "giảm xuống dưới 10%"', [
  {
    name: 'passed, below',
    op: 'lt',
    value: 10,
    polarity: 'lower',
    series: [[2024, 9.8]],
    asOf: PASSED,
    status: 'met',
    says: ['9,8%', 'dưới 10%'],
  },
  {
    name: 'passed, exactly: not below',
    op: 'lt',
    value: 10,
    polarity: 'lower',
    series: [[2024, 10]],
    asOf: PASSED,
    status: 'not_met',
  },
  {
    name: 'ahead, falling on pace',
    op: 'lt',
    value: 10,
    polarity: 'lower',
    year: 2027,
    series: [
      [2023, 14],
      [2024, 13],
      [2025, 12],
    ],
    asOf: BEFORE,
    status: 'on_track',
    says: ['-1 điểm %/năm'],
  },
  {
    name: 'ahead, falling too slowly',
    op: 'lt',
    value: 10,
    polarity: 'lower',
    year: 2027,
    series: [
      [2023, 13],
      [2024, 12.5],
      [2025, 12],
    ],
    asOf: BEFORE,
    status: 'off_track',
  },
  {
    name: 'ahead, below and rising back',
    op: 'lt',
    value: 10,
    polarity: 'lower',
    year: 2027,
    series: [
      [2024, 8],
      [2025, 9.5],
    ],
    asOf: BEFORE,
    status: 'at_risk',
  },
]);

table('eq (a bare figure) with tolerance', [
  {
    name: 'passed, exactly',
    op: 'eq',
    value: 31.23,
    series: [[2024, 31.23]],
    asOf: PASSED,
    status: 'met',
    says: ['mục tiêu 31,23%'],
  },
  {
    name: 'passed, rounds to the figure',
    op: 'eq',
    value: 31.23,
    series: [[2024, 31.226]],
    asOf: PASSED,
    status: 'met',
  },
  { name: 'passed, just short', op: 'eq', value: 31.23, series: [[2024, 31.2]], asOf: PASSED, status: 'not_met' },
  {
    name: 'passed, beyond in the better direction',
    op: 'eq',
    value: 31.23,
    series: [[2024, 40]],
    asOf: PASSED,
    status: 'met',
  },
  { name: '100%: 99,6 rounds to 100', op: 'eq', value: 100, series: [[2024, 99.6]], asOf: PASSED, status: 'met' },
  { name: '100%: 99,4 is short', op: 'eq', value: 100, series: [[2024, 99.4]], asOf: PASSED, status: 'not_met' },
  {
    name: 'a set tolerance replaces rounding',
    op: 'eq',
    value: 100,
    tolerance: 0,
    series: [[2024, 99.6]],
    asOf: PASSED,
    status: 'not_met',
  },
  {
    name: 'lower is better: at or below',
    op: 'eq',
    value: 16.25,
    polarity: 'lower',
    series: [[2024, 15]],
    asOf: PASSED,
    status: 'met',
  },
  {
    name: 'lower is better: above',
    op: 'eq',
    value: 16.25,
    polarity: 'lower',
    series: [[2024, 17]],
    asOf: PASSED,
    status: 'not_met',
  },
  {
    name: 'count',
    op: 'eq',
    value: 1,
    unit: 'count',
    unitNoun: 'trường',
    series: [[2024, 1]],
    asOf: PASSED,
    status: 'met',
    says: ['1 trường'],
  },
  {
    name: 'ahead, on pace',
    op: 'eq',
    value: 100,
    year: 2027,
    series: [
      [2024, 90],
      [2025, 95],
    ],
    asOf: BEFORE,
    status: 'on_track',
  },
]);

table('approx (khoảng X), ±5% unless set', [
  {
    name: 'within 5% below',
    op: 'approx',
    value: 90,
    unit: 'count',
    series: [[2024, 85.5]],
    asOf: PASSED,
    status: 'met',
    says: ['khoảng 90'],
  },
  {
    name: 'more than 5% below',
    op: 'approx',
    value: 90,
    unit: 'count',
    series: [[2024, 85]],
    asOf: PASSED,
    status: 'not_met',
  },
  { name: 'above', op: 'approx', value: 90, unit: 'count', series: [[2024, 120]], asOf: PASSED, status: 'met' },
  {
    name: 'set tolerance',
    op: 'approx',
    value: 50,
    tolerance: 1,
    series: [[2024, 48]],
    asOf: PASSED,
    status: 'not_met',
  },
  {
    name: 'lower is better',
    op: 'approx',
    value: 50,
    polarity: 'lower',
    series: [[2024, 52.4]],
    asOf: PASSED,
    status: 'met',
  },
  {
    name: 'ahead, slow',
    op: 'approx',
    value: 50,
    year: 2027,
    series: [
      [2024, 40],
      [2025, 41],
    ],
    asOf: BEFORE,
    status: 'off_track',
  },
]);

table('range (từ X đến Y)', [
  {
    name: 'inside',
    op: 'range',
    value: 25,
    value2: 35,
    series: [[2024, 30]],
    asOf: PASSED,
    status: 'met',
    says: ['từ 25% đến 35%'],
  },
  { name: 'at the lower bound', op: 'range', value: 25, value2: 35, series: [[2024, 25]], asOf: PASSED, status: 'met' },
  { name: 'below', op: 'range', value: 25, value2: 35, series: [[2024, 24]], asOf: PASSED, status: 'not_met' },
  {
    name: 'beyond, higher is better',
    op: 'range',
    value: 25,
    value2: 35,
    series: [[2024, 40]],
    asOf: PASSED,
    status: 'met',
  },
  {
    name: 'lower is better: at the upper bound',
    op: 'range',
    value: 10,
    value2: 12,
    polarity: 'lower',
    series: [[2024, 12]],
    asOf: PASSED,
    status: 'met',
  },
  {
    name: 'lower is better: above',
    op: 'range',
    value: 10,
    value2: 12,
    polarity: 'lower',
    series: [[2024, 13]],
    asOf: PASSED,
    status: 'not_met',
  },
  {
    name: 'ahead, rising to the range',
    op: 'range',
    value: 70,
    value2: 75,
    year: 2027,
    series: [
      [2024, 60],
      [2025, 65],
    ],
    asOf: BEFORE,
    status: 'on_track',
  },
]);

table('increase / decrease without a figure: against the previous period', [
  {
    name: 'passed, higher than the year before',
    op: 'increase',
    value: null,
    series: [
      [2023, 50],
      [2024, 52],
    ],
    asOf: PASSED,
    status: 'met',
    says: ['Năm 2024 đạt 52% (năm 2023: 50%)', 'tăng so với kỳ trước'],
  },
  {
    name: 'passed, unchanged',
    op: 'increase',
    value: null,
    series: [
      [2023, 50],
      [2024, 50],
    ],
    asOf: PASSED,
    status: 'not_met',
  },
  {
    name: 'passed, lower',
    op: 'increase',
    value: null,
    series: [
      [2023, 50],
      [2024, 49],
    ],
    asOf: PASSED,
    status: 'not_met',
  },
  {
    name: 'ahead, rising',
    op: 'increase',
    value: null,
    year: 2027,
    series: [
      [2024, 50],
      [2025, 51],
    ],
    asOf: BEFORE,
    status: 'on_track',
  },
  {
    name: 'ahead, unchanged',
    op: 'increase',
    value: null,
    year: 2027,
    series: [
      [2024, 50],
      [2025, 50],
    ],
    asOf: BEFORE,
    status: 'at_risk',
  },
  {
    name: 'ahead, falling',
    op: 'increase',
    value: null,
    year: 2027,
    series: [
      [2024, 50],
      [2025, 48],
    ],
    asOf: BEFORE,
    status: 'off_track',
  },
  {
    name: 'one period only',
    op: 'increase',
    value: null,
    year: 2027,
    series: [[2025, 50]],
    asOf: BEFORE,
    status: 'no_data',
    says: ['chưa có số liệu kỳ trước'],
  },
  {
    name: 'one period and a baseline',
    op: 'increase',
    value: null,
    year: 2027,
    series: [[2025, 50]],
    baseline: { year: 2020, value: 45 },
    asOf: BEFORE,
    status: 'on_track',
    says: ['(năm 2020: 45%)'],
  },
  { name: 'no data', op: 'increase', value: null, series: [], asOf: PASSED, status: 'no_data' },
  {
    name: 'decrease, passed, lower',
    op: 'decrease',
    value: null,
    polarity: 'lower',
    series: [
      [2023, 12],
      [2024, 11],
    ],
    asOf: PASSED,
    status: 'met',
    says: ['giảm so với kỳ trước'],
  },
  {
    name: 'decrease, ahead, rising',
    op: 'decrease',
    value: null,
    polarity: 'lower',
    year: 2027,
    series: [
      [2024, 11],
      [2025, 12],
    ],
    asOf: BEFORE,
    status: 'off_track',
  },
]);

table('increase / decrease with a figure', [
  {
    name: '"tăng trên 3%" yearly: reached',
    op: 'increase',
    value: 3,
    unit: 'count',
    series: [
      [2023, 1000],
      [2024, 1030],
    ],
    asOf: PASSED,
    status: 'met',
    says: ['tăng 3% so với kỳ trước'],
  },
  {
    name: 'yearly: short',
    op: 'increase',
    value: 3,
    unit: 'count',
    series: [
      [2023, 1000],
      [2024, 1020],
    ],
    asOf: PASSED,
    status: 'not_met',
  },
  {
    name: 'yearly, ahead: short but rising',
    op: 'increase',
    value: 3,
    unit: 'count',
    year: 2027,
    series: [
      [2024, 1000],
      [2025, 1020],
    ],
    asOf: BEFORE,
    status: 'at_risk',
  },
  {
    name: 'yearly, ahead: falling',
    op: 'increase',
    value: 3,
    unit: 'count',
    year: 2027,
    series: [
      [2024, 1000],
      [2025, 990],
    ],
    asOf: BEFORE,
    status: 'off_track',
  },
  {
    name: '"giảm 20% số hộ nghèo" against 2020: reached',
    op: 'decrease',
    value: 20,
    unit: 'count',
    unitNoun: 'hộ nghèo',
    polarity: 'lower',
    baseline: { year: 2020, value: 500 },
    series: [[2024, 400]],
    asOf: PASSED,
    status: 'met',
    says: ['giảm 20% so với năm 2020 (500 hộ nghèo), tức không quá 400 hộ nghèo'],
  },
  {
    name: 'against 2020: short',
    op: 'decrease',
    value: 20,
    unit: 'count',
    polarity: 'lower',
    baseline: { year: 2020, value: 500 },
    series: [[2024, 410]],
    asOf: PASSED,
    status: 'not_met',
  },
  {
    name: '"tăng 5% so với năm 2020", ahead, on pace',
    op: 'increase',
    value: 5,
    baseline: { year: 2020, value: 60 },
    year: 2027,
    series: [
      [2024, 61],
      [2025, 62],
    ],
    asOf: BEFORE,
    status: 'on_track',
    says: ['tức ít nhất 63%'],
  },
]);

table('maintain (duy trì) against the baseline', [
  {
    name: 'baseline kept',
    op: 'maintain',
    value: null,
    unit: null,
    baseline: { year: 2023, value: 100 },
    series: [[2024, 100]],
    asOf: PASSED,
    status: 'met',
    says: ['duy trì mức năm 2023 (100)'],
  },
  {
    name: 'baseline lost',
    op: 'maintain',
    value: null,
    unit: null,
    baseline: { year: 2023, value: 100 },
    series: [[2024, 98]],
    asOf: PASSED,
    status: 'not_met',
  },
  {
    name: 'the figure to keep',
    op: 'maintain',
    value: 100,
    series: [[2024, 100]],
    asOf: PASSED,
    status: 'met',
    says: ['duy trì 100%'],
  },
  {
    name: 'no baseline: the first observation',
    op: 'maintain',
    value: null,
    series: [
      [2022, 95],
      [2023, 96],
      [2024, 95],
    ],
    asOf: PASSED,
    status: 'met',
    says: ['duy trì mức năm 2022 (95%)'],
  },
  {
    name: 'no baseline: fell below the first',
    op: 'maintain',
    value: null,
    series: [
      [2022, 95],
      [2024, 94],
    ],
    asOf: PASSED,
    status: 'not_met',
  },
  {
    name: 'lower is better',
    op: 'maintain',
    value: null,
    polarity: 'lower',
    baseline: { year: 2023, value: 5 },
    series: [[2024, 4]],
    asOf: PASSED,
    status: 'met',
  },
  {
    name: 'ahead, kept',
    op: 'maintain',
    value: null,
    baseline: { year: 2023, value: 90 },
    year: 2027,
    series: [
      [2024, 91],
      [2025, 91],
    ],
    asOf: BEFORE,
    status: 'on_track',
  },
  {
    name: 'ahead, kept but sliding',
    op: 'maintain',
    value: null,
    baseline: { year: 2023, value: 90 },
    year: 2027,
    series: [
      [2024, 93],
      [2025, 91],
    ],
    asOf: BEFORE,
    status: 'at_risk',
  },
  {
    name: 'ahead, lost',
    op: 'maintain',
    value: null,
    baseline: { year: 2023, value: 90 },
    year: 2027,
    series: [
      [2024, 90],
      [2025, 88],
    ],
    asOf: BEFORE,
    status: 'off_track',
  },
  { name: 'no data', op: 'maintain', value: null, series: [], asOf: PASSED, status: 'no_data' },
]);

describe('evaluateTarget output', () => {
  it('records how a forecast status was computed', () => {
    const result = run({
      name: '',
      op: 'gte',
      value: 70,
      year: 2027,
      series: [
        [2023, 58],
        [2024, 61.5],
        [2025, 64],
      ],
      asOf: BEFORE,
      status: 'on_track',
    });
    expect(result.latest).toEqual({ year: 2025, value: 64 });
    expect(result.method).toMatchObject({
      mode: 'forecast',
      fit: 'least-squares',
      slope: 3,
      requiredRate: 3,
      ratio: 1,
      thresholds: { onTrack: 0.95, atRisk: 0.6 },
      band: { method: 'prediction-interval', confidence: 0.8 },
    });
    expect(result.method.pointsUsed).toHaveLength(3);
    expect(result.forecast).toMatchObject({ value: 70, year: 2027, ratio: 1 });
    expect(result.forecast?.low).toBeLessThan(70);
    expect(result.forecast?.high).toBeGreaterThan(70);
  });

  it('gives two points no band', () => {
    const result = run({
      name: '',
      op: 'gte',
      value: 70,
      year: 2027,
      series: [
        [2024, 61],
        [2025, 64],
      ],
      asOf: BEFORE,
      status: 'on_track',
    });
    expect(result.method.fit).toBe('two-point');
    expect(result.forecast).toMatchObject({ value: 70, low: 70, high: 70 });
    expect(result.method.band.method).toBe('none');
  });

  it('keeps a percentage forecast within 0-100', () => {
    const result = run({
      name: '',
      op: 'eq',
      value: 100,
      year: 2027,
      series: [
        [2024, 90],
        [2025, 98],
      ],
      asOf: BEFORE,
      status: 'on_track',
    });
    expect(result.forecast?.value).toBe(100);
  });

  it('says so in English too', () => {
    const result = run({ name: '', op: 'gt', value: 72, series: [[2024, 73.4]], asOf: PASSED, status: 'met' });
    expect(result.explanationEn).toBe('2024: 73.4% — target above 72%: met');
  });

  it('notes an op that goes against the polarity', () => {
    const result = run({
      name: '',
      op: 'gte',
      value: 70,
      polarity: 'lower',
      series: [[2024, 71]],
      asOf: PASSED,
      status: 'met',
    });
    expect(result.method.notes).toContain('op-direction-differs-from-polarity');
  });

  it('refuses an asOf that is not a date', () => {
    expect(() => run({ name: '', op: 'gte', value: 70, series: [], asOf: 'today', status: 'no_data' })).toThrow(
      RangeError,
    );
  });
});
