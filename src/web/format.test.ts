import { describe, expect, it } from 'vitest';
import { formatMessage } from './i18n/i18n-context.tsx';
import { en } from './i18n/en.ts';
import { vi } from './i18n/vi.ts';
import {
  describeValidity,
  formatDate,
  formatDateTime,
  formatNumber,
  labelSuccessionKind,
  labelUnitKind,
  setFormatLanguage,
  todayIso,
} from './format.ts';

const t = (key: keyof typeof vi, params?: Record<string, string | number>) => formatMessage(vi[key], params);

describe('formatting for Vietnamese readers', () => {
  it('shows plain dates as dd/mm/yyyy without shifting the day', () => {
    expect(formatDate('2025-07-01')).toBe('01/07/2025');
    expect(formatDate('2025-06-30')).toBe('30/06/2025');
    expect(formatDate(null)).toBe('');
  });

  it('groups numbers the Vietnamese way', () => {
    expect(formatNumber(5500)).toBe('5.500');
    expect(formatNumber(3321)).toBe('3.321');
    expect(formatNumber(31.23, 'vi')).toBe('31,23');
  });

  it('groups numbers the English way once English is chosen, dates stay dd/mm/yyyy', () => {
    expect(formatNumber(3321, 'en')).toBe('3,321');
    expect(formatNumber(31.23, 'en')).toBe('31.23');
    setFormatLanguage('en');
    try {
      expect(formatNumber(1234567)).toBe('1,234,567');
      expect(formatDate('2025-07-01')).toBe('01/07/2025');
    } finally {
      setFormatLanguage('vi');
    }
    expect(formatNumber(3321)).toBe('3.321');
  });

  it('shows timestamps as dd/mm/yyyy hh:mm:ss in local time', () => {
    const at = new Date(2026, 11, 3, 7, 5, 9);
    expect(formatDateTime(at.toISOString())).toBe('03/12/2026 07:05:09');
    expect(formatDate(at.toISOString())).toBe('03/12/2026');
  });

  it('gives today as YYYY-MM-DD in local time', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('describes half-open validity', () => {
    expect(describeValidity(t, null, '2025-07-01')).toBe('Đến trước 01/07/2025');
    expect(describeValidity(t, '2025-07-01', null)).toBe('Từ 01/07/2025');
    expect(describeValidity(t, '2020-01-01', '2025-07-01')).toBe('Từ 01/01/2020 đến trước 01/07/2025');
    expect(describeValidity(t, null, null)).toBe('Không giới hạn');
  });

  it('names succession kinds in Vietnamese, keeping unknown words', () => {
    expect(labelSuccessionKind(t, 'merged_into')).toBe('sáp nhập');
    expect(labelSuccessionKind(t, 'split')).toBe('chia tách');
    expect(labelSuccessionKind(t, 'other')).toBe('other');
  });
});

describe('message catalogues', () => {
  it('fills every key in English and keeps the same parameters', () => {
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      expect(en[key], key).toBeTruthy();
      const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
      expect(params(en[key]), key).toEqual(params(vi[key]));
    }
  });

  it('substitutes parameters and leaves unknown ones visible', () => {
    expect(formatMessage('Xin chào, {name}', { name: 'Lan' })).toBe('Xin chào, Lan');
    expect(formatMessage('{a} và {b}', { a: 1 })).toBe('1 và {b}');
  });
});

describe('unit kinds', () => {
  it("labels a unit by its own kind while it existed, not by today's level", () => {
    expect(labelUnitKind(t, { name: 'Thị trấn Mỹ An', level: 'commune', validTo: '2025-07-01' })).toBe('Thị trấn');
    expect(labelUnitKind(t, { name: 'Huyện Tháp Mười', level: 'district', validTo: '2025-07-01' })).toBe('Huyện');
    expect(labelUnitKind(t, { name: 'Thành phố Cao Lãnh', level: 'district', validTo: '2025-07-01' })).toBe(
      'Thành phố',
    );
    expect(labelUnitKind(t, { name: 'Xã Tháp Mười', level: 'commune', validTo: null })).toBe('Xã');
    expect(labelUnitKind(t, { name: 'Đặc khu Phú Quốc', level: 'commune', validTo: null })).toBe('Đặc khu');
    expect(labelUnitKind(t, { name: 'Tỉnh Đồng Tháp', level: 'province', validTo: null })).toBe('Tỉnh');
    expect(labelUnitKind(t, { name: 'Mỹ An', level: 'commune', validTo: '2025-07-01' })).toBe('Xã, phường, thị trấn');
    expect(labelUnitKind(t, { name: 'Mỹ An', level: 'commune', validTo: null })).toBe('Xã, phường, đặc khu');
  });
});
