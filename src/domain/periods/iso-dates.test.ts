import { describe, expect, it } from 'vitest';
import { addDays, countDaysInMonth, findLastDay, isInWindow, isIsoDate, readYear } from './iso-dates.ts';

describe('ISO dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2000-02-29', true],
    ['2100-02-29', false],
    ['2026-04-31', false],
    ['2026-12-31', true],
    ['2026-00-10', false],
    ['2026-1-10', false],
    ['2026-01-10T00:00', false],
  ])('%s is a date: %s', (text, valid) => {
    expect(isIsoDate(text)).toBe(valid);
  });

  it.each<[string, number, string]>([
    ['2025-12-31', 1, '2026-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2026-12-15', -1, '2026-12-14'],
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-10-25', 1, '2026-10-26'],
    ['2024-01-01', 366, '2025-01-01'],
  ])('%s + %i days = %s (UTC: no daylight-saving or zone shift)', (date, days, result) => {
    expect(addDays(date, days)).toBe(result);
  });

  it('counts the days of months and reads windows half-open', () => {
    expect([2023, 2024, 1900, 2000].map((year) => countDaysInMonth(year, 2))).toEqual([28, 29, 28, 29]);
    const window = { from: '2025-12-15', until: '2026-12-15' };
    expect(isInWindow('2025-12-15', window)).toBe(true);
    expect(isInWindow('2026-12-14', window)).toBe(true);
    expect(isInWindow('2026-12-15', window)).toBe(false);
    expect(isInWindow('2025-12-14', window)).toBe(false);
    expect(findLastDay(window)).toBe('2026-12-14');
    expect(readYear('2026-12-14')).toBe(2026);
  });
});
