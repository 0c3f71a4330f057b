// Operator tables: increase / decrease (with or without a figure) and maintain ("duy trì").
import { describe, expect, it } from 'vitest';
import { BEFORE, type Case, PASSED, runCase } from './test-cases.ts';

function table(title: string, cases: Case[]) {
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
