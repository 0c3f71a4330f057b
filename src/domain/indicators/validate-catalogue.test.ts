import { describe, expect, it } from 'vitest';
import { seedCatalogue } from './catalogue/index.ts';
import { defineCount, defineElement, definePercent, FLOW, STOCK } from './catalogue/define.ts';
import type { Catalogue, Indicator } from './types.ts';
import { validateCatalogue } from './validate-catalogue.ts';

const elements = [
  defineElement('workers', 'Tổng số lao động', 'Workers', 'người', STOCK),
  defineElement('trained', 'Số lao động qua đào tạo', 'Trained workers', 'người', STOCK),
  defineElement('referrals', 'Số lượt giới thiệu việc làm', 'Referrals', 'người', FLOW),
];
const rate = definePercent({
  id: 'trained-rate',
  theme: 'labour-training',
  vi: 'Tỷ lệ lao động qua đào tạo',
  en: 'Trained share',
  definition: 'Số lao động qua đào tạo chia cho tổng số lao động, nhân 100.',
  numerator: 'trained',
  denominator: 'workers',
});

function validateWith(...indicators: Indicator[]) {
  const catalogue: Catalogue = { dataElements: elements, indicators };
  return validateCatalogue(catalogue).map((issue) => issue.path);
}

describe('validateCatalogue', () => {
  it('accepts the seed catalogue', () => {
    expect(validateCatalogue(seedCatalogue)).toEqual([]);
  });

  it('seeds both official trained-labour indicators and every theme', () => {
    const ids = seedCatalogue.indicators.map((indicator) => indicator.id);
    expect(ids).toContain('labour-trained-rate');
    expect(ids).toContain('labour-certified-rate');
    expect(new Set(seedCatalogue.indicators.map((indicator) => indicator.theme))).toEqual(
      new Set(['labour-training', 'education', 'health', 'employment', 'officials-digital']),
    );
  });

  it('accepts a well-formed rate', () => {
    expect(validateWith(rate)).toEqual([]);
  });

  it('reports duplicate and malformed ids', () => {
    expect(validateWith(rate, rate, { ...rate, id: 'Bad Id' })).toEqual(['indicators[1].id', 'indicators[2].id']);
  });

  it('reports references to unknown data elements', () => {
    const broken: Indicator = {
      ...rate,
      formula: { kind: 'ratio', numerator: 'nope', denominator: 'workers', factor: 100 },
    };
    expect(validateWith(broken)).toEqual(['indicators[0].formula.numerator']);
  });

  it('reports a factor that does not match the unit', () => {
    expect(validateWith({ ...rate, unit: 'per10k' })).toEqual(['indicators[0].formula.factor']);
    expect(validateWith({ ...rate, unit: 'người' })).toEqual(['indicators[0].formula.factor']);
  });

  it('reports a ratio with a summing aggregation and a count with a rate unit', () => {
    const count = defineCount({
      id: 'referrals',
      theme: 'employment',
      vi: 'Số lao động được giới thiệu việc làm',
      en: 'Referrals',
      definition: 'Số lượt giới thiệu việc làm trong kỳ.',
      dataElement: 'referrals',
      unit: 'người',
      aggregation: FLOW,
    });
    expect(validateWith(count)).toEqual([]);
    expect(validateWith({ ...rate, aggregation: FLOW })).toEqual(['indicators[0].aggregation']);
    expect(validateWith({ ...count, unit: '%' })).toEqual(['indicators[0].unit']);
    expect(validateWith({ ...count, aggregation: STOCK })).toEqual(['indicators[0].aggregation']);
  });

  it('accepts only four-digit official codes', () => {
    expect(validateWith({ ...rate, code: '0205' })).toEqual([]);
    expect(validateWith({ ...rate, code: 'LĐ-01' })).toEqual(['indicators[0].code']);
  });
});
