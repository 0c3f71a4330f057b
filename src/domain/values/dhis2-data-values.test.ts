import { describe, expect, it } from 'vitest';
import {
  formatDhis2Value,
  fromCategoryOptionCombo,
  readDhis2DataValue,
  toCategoryOptionCombo,
  toDhis2DataValue,
} from './dhis2-data-values.ts';

describe('categoryOptionCombo <-> disaggregation key', () => {
  it('maps the total to "default" and a part to its own key, both ways', () => {
    for (const key of ['', 'sex=female', 'ageGroup=15-24;sex=female'])
      expect(fromCategoryOptionCombo(toCategoryOptionCombo(key))).toBe(key);
    expect(toCategoryOptionCombo('')).toBe('default');
    expect(fromCategoryOptionCombo(undefined)).toBe('');
    expect(fromCategoryOptionCombo('HllvX50cXC0')).toBe('');
  });
});

describe('toDhis2DataValue', () => {
  const row = {
    dataElementId: 'labour-employed',
    unitId: 't-c1',
    disaggregation: '',
    value: 1200,
    storedBy: 'nguoi-nhap',
    enteredAt: '2026-01-05T00:00:00.000Z',
  };
  it('writes periods in DHIS2 notation and the value as a string', () => {
    expect(toDhis2DataValue({ ...row, period: '2026-03' })).toEqual({
      dataElement: 'labour-employed',
      period: '202603',
      orgUnit: 't-c1',
      categoryOptionCombo: 'default',
      value: '1200',
      storedBy: 'nguoi-nhap',
      created: '2026-01-05T00:00:00.000Z',
      lastUpdated: '2026-01-05T00:00:00.000Z',
    });
    expect(toDhis2DataValue({ ...row, period: '2026H1' })?.period).toBe('2026S1');
    expect(formatDhis2Value(12.5)).toBe('12.5');
  });
  it('leaves out cumulative periods (DHIS2 has no such type)', () => {
    expect(toDhis2DataValue({ ...row, period: '2026C9' })).toBeNull();
  });
});

describe('readDhis2DataValue', () => {
  const base = { dataElement: 'labour-employed', orgUnit: 't-c1', period: '2026S1', value: '12' };
  it('reads DHIS2 periods into ours, and our own notation too', () => {
    expect(readDhis2DataValue(base)).toEqual({
      ok: true,
      row: { dataElementId: 'labour-employed', unitRef: 't-c1', period: '2026H1', disaggregation: '', value: 12 },
    });
    expect(readDhis2DataValue({ ...base, period: '2026C9' })).toMatchObject({ ok: true, row: { period: '2026C9' } });
    expect(readDhis2DataValue({ ...base, period: '202603' })).toMatchObject({ ok: true, row: { period: '2026-03' } });
  });
  it('reads deleted=true and an empty value as a deletion', () => {
    expect(readDhis2DataValue({ ...base, deleted: true })).toMatchObject({ ok: true, row: { value: null } });
    expect(readDhis2DataValue({ ...base, value: '' })).toMatchObject({ ok: true, row: { value: null } });
  });
  it('refuses text in the value, a missing field and a non-default attribute combo, in Vietnamese', () => {
    expect(readDhis2DataValue({ ...base, value: 'mười hai' })).toMatchObject({ ok: false, field: 'value' });
    expect(readDhis2DataValue({ ...base, value: '5.500,5' })).toMatchObject({ ok: false, field: 'value' });
    expect(readDhis2DataValue({ ...base, dataElement: undefined })).toMatchObject({
      ok: false,
      message: 'thiếu chỉ số dữ liệu (dataElement).',
    });
    expect(readDhis2DataValue({ ...base, period: '2026W3' })).toMatchObject({ ok: false, field: 'period' });
    expect(readDhis2DataValue({ ...base, attributeOptionCombo: 'abc' })).toMatchObject({ ok: false });
  });
});
