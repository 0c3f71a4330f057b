// Figures in explanations, without Intl (the same text on every runtime): Vietnamese groups
// thousands with "." and writes decimals with "," (5.500; 73,4); English the other way round.
import type { TargetUnit } from '../plans/plan-model.ts';

export type FigureLanguage = 'vi' | 'en';

const SEPARATORS: Record<FigureLanguage, { thousands: string; decimal: string }> = {
  vi: { thousands: '.', decimal: ',' },
  en: { thousands: ',', decimal: '.' },
};

/** At most `maxDecimals` decimals, trailing zeros dropped: 73.40 -> "73,4", 5500 -> "5.500", -0.25 -> "-0,25". */
export function formatNumber(value: number, language: FigureLanguage = 'vi', maxDecimals = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const { thousands, decimal } = SEPARATORS[language];
  const fixed = Math.abs(value).toFixed(maxDecimals);
  const [whole = '0', fraction = ''] = fixed.split('.');
  const trimmed = fraction.replace(/0+$/, '');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  const isZero = Number(fixed) === 0;
  const sign = value < 0 && !isZero ? '-' : '';
  return `${sign}${grouped}${trimmed ? decimal + trimmed : ''}`;
}

/** A figure with its unit: "73,4%", "11/vạn dân", "5.500 lao động"; English "73.4%", "11 per 10,000". */
export function formatFigure(
  value: number,
  unit: TargetUnit | null,
  unitNoun: string | null,
  language: FigureLanguage = 'vi',
  maxDecimals = 2,
): string {
  return attachUnit(formatNumber(value, language, maxDecimals), unit, unitNoun, language);
}

function attachUnit(
  number: string,
  unit: TargetUnit | null,
  unitNoun: string | null,
  language: FigureLanguage,
): string {
  if (unit === 'percent') return `${number}%`;
  if (unit === 'per10k') {
    const per = language === 'vi' ? '/vạn dân' : ' per 10,000 people';
    return unitNoun ? `${number} ${unitNoun}${per}` : `${number}${per}`;
  }
  return unitNoun ? `${number} ${unitNoun}` : number;
}

/** A change per year: "+0,6 điểm %/năm", "-120 lao động/năm"; English "+0.6 points/year". */
export function formatRate(
  value: number,
  unit: TargetUnit | null,
  unitNoun: string | null,
  language: FigureLanguage = 'vi',
): string {
  const sign = value > 0 ? '+' : '';
  const number = `${sign}${formatNumber(value, language)}`;
  const perYear = language === 'vi' ? '/năm' : '/year';
  if (unit === 'percent') return language === 'vi' ? `${number} điểm %${perYear}` : `${number} points${perYear}`;
  return `${attachUnit(number, unit, unitNoun, language)}${perYear}`;
}
