import { describe, expect, it } from 'vitest';
import type { TargetUnit } from '../plans/plan-model.ts';
import { type FigureLanguage, formatFigure, formatNumber, formatRate } from './format-figure.ts';

describe('formatNumber', () => {
  it.each<[number, FigureLanguage, string]>([
    [73.4, 'vi', '73,4'],
    [73.4, 'en', '73.4'],
    [5500, 'vi', '5.500'],
    [5500, 'en', '5,500'],
    [1234567.891, 'vi', '1.234.567,89'],
    [31.23, 'vi', '31,23'],
    [72, 'vi', '72'],
    [0.005, 'vi', '0,01'],
    [0.004, 'vi', '0'],
    [-0.001, 'vi', '0'],
    [-2.5, 'vi', '-2,5'],
    [999, 'vi', '999'],
    [100.1, 'vi', '100,1'],
  ])('%d (%s) → %s', (value, language, text) => {
    expect(formatNumber(value, language)).toBe(text);
  });

  it('keeps as many decimals as asked', () => {
    expect(formatNumber(72.2456, 'vi', 1)).toBe('72,2');
    expect(formatNumber(72.25, 'vi', 0)).toBe('72');
  });
});

describe('formatFigure', () => {
  it.each<[number, TargetUnit | null, string | null, FigureLanguage, string]>([
    [73.4, 'percent', null, 'vi', '73,4%'],
    [5500, 'count', 'người', 'vi', '5.500 người'],
    [5500, 'count', 'lao động', 'en', '5,500 lao động'],
    [11, 'per10k', null, 'vi', '11/vạn dân'],
    [10.5, 'per10k', 'bác sĩ', 'vi', '10,5 bác sĩ/vạn dân'],
    [11, 'per10k', null, 'en', '11 per 10,000 people'],
    [2.1, null, 'con/phụ nữ', 'vi', '2,1 con/phụ nữ'],
    [1, null, null, 'vi', '1'],
  ])('%d %s %s (%s) → %s', (value, unit, noun, language, text) => {
    expect(formatFigure(value, unit, noun, language)).toBe(text);
  });
});

describe('formatRate', () => {
  it.each<[number, TargetUnit | null, string | null, FigureLanguage, string]>([
    [0.6, 'percent', null, 'vi', '+0,6 điểm %/năm'],
    [-0.5, 'percent', null, 'en', '-0.5 points/year'],
    [300, 'count', 'lao động', 'vi', '+300 lao động/năm'],
    [0, null, null, 'vi', '0/năm'],
  ])('%d %s → %s', (value, unit, noun, language, text) => {
    expect(formatRate(value, unit, noun, language)).toBe(text);
  });
});
