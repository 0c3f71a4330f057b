import { describe, expect, it } from 'vitest';
import { seedCatalogue } from '../indicators/catalogue/index.ts';
import { parseDisaggregation, singleDimensionOf } from './disaggregation-keys.ts';

const employed = seedCatalogue.dataElements.find((element) => element.id === 'labour-employed')!;

describe('parseDisaggregation', () => {
  it('reads the total and canonical keys, sorting dimensions', () => {
    expect(parseDisaggregation('', employed)).toMatchObject({ ok: true, key: '' });
    expect(parseDisaggregation('  ', employed)).toMatchObject({ ok: true, key: '' });
    expect(parseDisaggregation('sex=female', employed)).toMatchObject({ ok: true, key: 'sex=female' });
    expect(parseDisaggregation(' sex = female ; ageGroup = 15-24 ', employed)).toMatchObject({
      ok: true,
      key: 'ageGroup=15-24;sex=female',
    });
  });

  it.each([
    ['sex', 'chiều=giá trị'],
    ['=female', 'chiều=giá trị'],
    ['sex=female=x', 'chiều=giá trị'],
    ['colour=red', 'không phân tổ theo "colour"'],
    ['sex=Nữ', 'chữ thường không dấu'],
    ['sex=female;sex=male', 'hai lần'],
  ])('refuses %s in Vietnamese', (text, part) => {
    const parsed = parseDisaggregation(text, employed);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(part);
  });

  it('names the element and its allowed dimensions', () => {
    const parsed = parseDisaggregation('colour=red', employed);
    expect(parsed.ok ? '' : parsed.message).toContain('«Tổng số lao động đang làm việc»');
    expect(parsed.ok ? '' : parsed.message).toContain('sex, ageGroup');
  });
});

describe('singleDimensionOf', () => {
  it('gives the one dimension, or null for the total and for several', () => {
    expect(singleDimensionOf('sex=female')).toBe('sex');
    expect(singleDimensionOf('')).toBeNull();
    expect(singleDimensionOf('ageGroup=15-24;sex=female')).toBeNull();
  });
});
