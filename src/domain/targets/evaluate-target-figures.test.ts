// Operator tables: eq (a bare figure), approx ("khoảng X"), range ("từ X đến Y").
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
