import { describe, expect, it } from 'vitest';
import {
  amountText,
  defaultYear,
  elementsOfIndicators,
  entryPeriodKinds,
  findPeriodKind,
  formatIndicatorValue,
  labelPeriodId,
  labelPeriodKind,
  listPeriodsOfKind,
  parseAmount,
  periodEndDate,
  pickPeriodOfKind,
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

  it('offers halves, quarters and months of the same years, with the periods’ own labels', () => {
    const now = new Date('2026-12-03');
    expect(entryPeriodKinds.map((kind) => labelPeriodKind(kind, 'vi'))).toEqual(['Năm', '6 tháng', 'Quý', 'Tháng']);
    expect(labelPeriodKind('half-year', 'en')).toBe('Half-year');
    const halves = listPeriodsOfKind('half-year', now);
    expect(halves.slice(0, 2)).toEqual(['2021H1', '2021H2']);
    expect(halves.map((id) => labelPeriodId(id, 'vi')).slice(-2)).toEqual([
      '6 tháng đầu năm 2026',
      '6 tháng cuối năm 2026',
    ]);
    const quarters = listPeriodsOfKind('quarter', now);
    expect(quarters).toHaveLength(6 * 4);
    expect(quarters.slice(-4).map((id) => labelPeriodId(id, 'vi'))).toEqual([
      'Quý I/2026',
      'Quý II/2026',
      'Quý III/2026',
      'Quý IV/2026',
    ]);
    const months = listPeriodsOfKind('month', now);
    expect(months).toHaveLength(6 * 12);
    expect([months[0], months.at(-1)]).toEqual(['2021-01', '2026-12']);
    expect(labelPeriodId('2026-03', 'vi')).toBe('Tháng 3/2026');
    expect(listPeriodsOfKind('year', now)).toEqual(yearPeriods(now));
  });

  it('reads the kind from the period id, a year when it does not parse', () => {
    expect(['2026', '2026H1', '2026Q3', '2026-11'].map(findPeriodKind)).toEqual([
      'year',
      'half-year',
      'quarter',
      'month',
    ]);
    expect(findPeriodKind('2026C9')).toBe('year');
    expect(findPeriodKind('sai')).toBe('year');
  });

  it('switches kind within the same year: today’s period this year, else the first', () => {
    const now = new Date('2026-08-15T12:00:00');
    expect(pickPeriodOfKind('quarter', '2026', now)).toBe('2026Q3');
    expect(pickPeriodOfKind('half-year', '2026', now)).toBe('2026H2');
    expect(pickPeriodOfKind('month', '2026Q1', now)).toBe('2026-08');
    expect(pickPeriodOfKind('quarter', '2024', now)).toBe('2024Q1');
    expect(pickPeriodOfKind('year', '2024-05', now)).toBe('2024');
    expect(pickPeriodOfKind('quarter', 'sai', now)).toBe('2026Q3');
  });

  it('ends each period on its last day: the map values are entered on', () => {
    expect(periodEndDate('2024')).toBe('2024-12-31');
    expect(periodEndDate('2024H1')).toBe('2024-06-30');
    expect(periodEndDate('2024Q1')).toBe('2024-03-31');
    expect(periodEndDate('2024-02')).toBe('2024-02-29');
    expect(periodEndDate('sai')).toBeNull();
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
