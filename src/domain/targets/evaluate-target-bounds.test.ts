// Operator tables: gt ("trên X"), lte ("không quá X"), lt ("dưới X"), lower is better.
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
