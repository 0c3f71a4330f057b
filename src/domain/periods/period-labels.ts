// How periods and windows read, in Vietnamese (the app's language) and English. Every word
// is written here once.
import { type DateWindow, findLastDay } from './iso-dates.ts';
import type { Period, PeriodKind } from './period-kinds.ts';

export type Locale = 'vi' | 'en';

const romanQuarters = ['I', 'II', 'III', 'IV'] as const;
const englishMonths = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const periodLabels: { readonly [L in Locale]: { readonly [K in PeriodKind]: (period: Period) => string } } = {
  vi: {
    year: (p) => `Năm ${p.year}`,
    'half-year': (p) => `6 tháng ${p.index === 1 ? 'đầu' : 'cuối'} năm ${p.year}`,
    quarter: (p) => `Quý ${romanQuarters[p.index - 1]}/${p.year}`,
    month: (p) => `Tháng ${p.index}/${p.year}`,
    cumulative: (p) => `${p.index} tháng năm ${p.year}`,
  },
  en: {
    year: (p) => `${p.year}`,
    'half-year': (p) => `H${p.index} ${p.year}`,
    quarter: (p) => `Q${p.index} ${p.year}`,
    month: (p) => `${englishMonths[p.index - 1]} ${p.year}`,
    cumulative: (p) => `${p.index} months ${p.year}`,
  },
};

/** 2026H1 → '6 tháng đầu năm 2026' / 'H1 2026'; 2026Q1 → 'Quý I/2026' / 'Q1 2026'; 2026C9 → '9 tháng năm 2026'. */
export function labelPeriod(period: Period, locale: Locale = 'vi'): string {
  return periodLabels[locale][period.kind](period);
}

const formatDay = (date: string, locale: Locale) => {
  const [year, month, day] = date.split('-');
  return locale === 'vi' ? `${day}/${month}/${year}` : `${year}-${month}-${day}`;
};

/** A window as people read it, last day included: '15/12/2025 – 14/12/2026' (en: '2025-12-15 – 2026-12-14'). */
export function labelWindow(window: DateWindow, locale: Locale = 'vi'): string {
  return `${formatDay(window.from, locale)} – ${formatDay(findLastDay(window), locale)}`;
}

const vietnameseIndexNames: { readonly [K in PeriodKind]: (index: number) => string } = {
  year: () => 'năm',
  'half-year': (index) => `6 tháng ${index === 1 ? 'đầu' : 'cuối'} năm`,
  quarter: (index) => `quý ${romanQuarters[index - 1] ?? index}`,
  month: (index) => `tháng ${index}`,
  cumulative: (index) => `${index} tháng`,
};

/** A period inside any year, in Vietnamese, lower case: 'quý I', '6 tháng đầu năm', 'tháng 5', '9 tháng'. */
export function labelPeriodIndex(kind: PeriodKind, index: number): string {
  return vietnameseIndexNames[kind](index);
}
