import { describe, expect, it } from 'vitest';
import { toStorableText } from '../../domain/text/storable-text.ts';
import { checkIsoDate, isoDateSchema, yearSchema } from './date.ts';
import { checkName, cleanFileName, nameSchema } from './text.ts';

describe('dates', () => {
  it('accepts real days from 1900 to 2200 only', () => {
    expect(checkIsoDate('2025-07-01')).toBeNull();
    expect(checkIsoDate('1900-01-01')).toBeNull();
    expect(checkIsoDate('2200-12-31')).toBeNull();
    expect(checkIsoDate('2024-02-29')).toBeNull();
    expect(checkIsoDate('0000-01-01')).toBe('range');
    expect(checkIsoDate('2201-01-01')).toBe('range');
    expect(checkIsoDate('2023-02-29')).toBe('unreal');
    expect(checkIsoDate('10000-01-01')).toBe('format');
    expect(checkIsoDate('2025-7-1')).toBe('format');
  });

  it('names the field in Vietnamese', () => {
    const result = isoDateSchema('Ngày (date)').safeParse('0000-01-01');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Ngày (date) phải là ngày từ năm 1900 đến năm 2200.');
    expect(yearSchema('Năm (year)').safeParse(99_999).error?.issues[0]?.message).toContain(
      'Năm (year) phải từ năm 1900',
    );
  });
});

describe('names', () => {
  it('need a visible letter or digit and no bidi or control characters', () => {
    expect(checkName('Sở Nội vụ')).toBeNull();
    expect(checkName('UBND xã 3')).toBeNull();
    expect(checkName('\u200b\u200d')).toBe('invisible');
    expect(checkName('\u00a0\u3000')).toBe('invisible');
    expect(checkName('Sở\u202eụv')).toBe('bidi');
    expect(checkName('\u2066Sở\u2069')).toBe('bidi');
    expect(checkName('Sở\u0007')).toBe('control');
    expect(nameSchema('Tên (name)', 10).safeParse('\u200b').error?.issues[0]?.message).toBe(
      'Tên (name) phải có ít nhất một chữ cái hoặc chữ số nhìn thấy được.',
    );
    expect(nameSchema('Tên (name)', 10).safeParse('  Sở  ').data).toBe('Sở');
  });

  it('file names lose paths, control, bidi and zero-width characters', () => {
    expect(cleanFileName('C:\\tai lieu\\Kế hoạch 416.docx', 'x')).toBe('Kế hoạch 416.docx');
    expect(cleanFileName('a\u0000b.txt', 'x')).toBe('ab.txt');
    expect(cleanFileName('\u202etxt.exe', 'x')).toBe('txt.exe');
    expect(cleanFileName('\u200b\u202e', 'tai-lieu.txt')).toBe('tai-lieu.txt');
    expect(cleanFileName('\ud800.pdf', 'x')).toBe('.pdf');
  });

  it('document text keeps real pairs and loses NUL and lone surrogates', () => {
    expect(toStorableText('a\u0000b\ud800c\ud83d\ude00')).toBe('ab\ufffdc\ud83d\ude00');
  });
});
