import { describe, expect, it } from 'vitest';
import {
  amountText,
  defaultYear,
  elementsOfIndicators,
  formatIndicatorValue,
  labelPeriodId,
  parseAmount,
  yearPeriods,
} from './live-format.ts';

describe('live-plan formatting', () => {
  it('reads numbers typed the Vietnamese and the English way', () => {
    expect(parseAmount('1.234,5', 'vi')).toBe(1234.5);
    expect(parseAmount('1234', 'vi')).toBe(1234);
    expect(parseAmount(' 73,4 ', 'vi')).toBe(73.4);
    expect(parseAmount('', 'vi')).toBeNull();
    expect(parseAmount('12.34', 'vi')).toBeUndefined();
    expect(parseAmount('abc', 'vi')).toBeUndefined();
    expect(parseAmount('1,234.5', 'en')).toBe(1234.5);
    expect(amountText(1234.5, 'vi')).toBe('1.234,5');
    expect(parseAmount(amountText(5500, 'vi'), 'vi')).toBe(5500);
  });

  it('offers the years 2021–2026 and labels them', () => {
    expect(yearPeriods(new Date('2026-12-03'))).toEqual(['2021', '2022', '2023', '2024', '2025', '2026']);
    expect(defaultYear(new Date('2026-12-03'))).toBe('2026');
    expect(labelPeriodId('2025', 'vi')).toBe('Năm 2025');
    expect(labelPeriodId('2026Q1', 'vi')).toBe('Quý I/2026');
  });

  it('lists a ratio indicator as numerator then denominator, a shared element once', () => {
    const roles = elementsOfIndicators(['labour-trained-rate', 'labour-certified-rate']);
    expect(roles.map((role) => role.part)).toEqual(['numerator', 'denominator', 'numerator']);
    expect(new Set(roles.map((role) => role.element.id)).size).toBe(roles.length);
  });

  it('writes figures with the indicator unit', () => {
    expect(formatIndicatorValue(74.06, '%', 'vi')).toBe('74,1%');
    expect(formatIndicatorValue(11, 'per10k', 'vi')).toBe('11/vạn dân');
    expect(formatIndicatorValue(5500, 'người', 'vi')).toBe('5.500 người');
    expect(formatIndicatorValue(null, '%', 'vi')).toBe('—');
  });
});
