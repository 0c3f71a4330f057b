import { describe, expect, it } from 'vitest';
import { findDate, parseRoman, parseVietnameseNumber, toIsoDate } from './vietnamese-numbers.ts';

describe('parseVietnameseNumber', () => {
  it.each([
    ['5.500', 5500],
    ['12.000', 12000],
    ['1.234.567', 1234567],
    ['31,23', 31.23],
    ['99,9', 99.9],
    ['1.234,5', 1234.5],
    ['72', 72],
    ['99.5', 99.5],
    ['01', 1],
  ])('reads %s as %d', (raw, value) => {
    expect(parseVietnameseNumber(raw)).toBe(value);
  });

  it.each(['', 'abc', '1..2', '12,3,4'])('rejects %j', (raw) => {
    expect(parseVietnameseNumber(raw)).toBeNull();
  });
});

describe('parseRoman', () => {
  it.each([
    ['I', 1],
    ['IV', 4],
    ['VI', 6],
    ['IX', 9],
    ['XII', 12],
  ])('%s = %d', (raw, value) => {
    expect(parseRoman(raw)).toBe(value);
  });
  it('rejects non-numerals', () => expect(parseRoman('ABC')).toBeNull());
});

describe('dates', () => {
  it('builds ISO dates and refuses impossible ones', () => {
    expect(toIsoDate(31, 1, 2024)).toBe('2024-01-31');
    expect(toIsoDate(29, 2, 2023)).toBeNull();
    expect(toIsoDate(0, 5, 2023)).toBeNull();
  });
  it.each([
    ['ngày 13/12/2023 của', '2023-12-13'],
    ['ngày 17-11-2023', '2023-11-17'],
    ['ngày 24 tháng 8 năm 2018', '2018-08-24'],
    ['ngày 04.5.2023', '2023-05-04'],
  ])('finds the date in %j', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso);
  });
});
