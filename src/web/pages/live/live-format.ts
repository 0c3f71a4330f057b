// Shared by the live-plan screens (value entry, indicator page, targets): the data elements
// an indicator is made of (the catalogue is code data in src/domain, the same the server
// uses), reporting periods (years, halves, quarters, months) and their labels, figures with the indicator's unit, and numbers
// typed the Vietnamese way ("1.234,5").
import { seedCatalogue } from '../../../domain/indicators/catalogue/index.ts';
import type { DataElement } from '../../../domain/indicators/types.ts';
import { findLastDay, formatIsoDate } from '../../../domain/periods/iso-dates.ts';
import { formatPeriod, parsePeriod } from '../../../domain/periods/period-ids.ts';
import { type PartitionKind, partitionKinds, periodKindRules } from '../../../domain/periods/period-kinds.ts';
import { labelPeriod } from '../../../domain/periods/period-labels.ts';
import { periodContaining, windowOf } from '../../../domain/periods/period-windows.ts';
import { calendarYear } from '../../../domain/periods/reporting-calendars.ts';
import { formatNumber } from '../../../domain/targets/format-figure.ts';
import type { Language } from '../../i18n/i18n-context.tsx';

/** The first reporting year the screens offer (the 2021–2025 plans start here). */
export const firstYear = 2021;
/** The last year offered: the plans' horizon, or this year when later. */
export const lastYear = (now = new Date()) => Math.max(2026, now.getFullYear());

/** Years as period ids, oldest first: '2021' … '2026'. */
export function yearPeriods(now = new Date()): string[] {
  return listPeriodsOfKind('year', now);
}

/** The year to open on: this year within the offered range. */
export function defaultYear(now = new Date()): string {
  return String(Math.min(Math.max(now.getFullYear(), firstYear), lastYear(now)));
}

/**
 * The kinds values are entered for: those that split the year. Cumulative reports (6, 9, 12
 * tháng) overlap them and are left out of the pickers.
 */
export const entryPeriodKinds: readonly PartitionKind[] = partitionKinds;

/** Every period of one kind in the offered years, oldest first: '2021Q1' … '2026Q4'. */
export function listPeriodsOfKind(kind: PartitionKind, now = new Date()): string[] {
  const periods: string[] = [];
  for (let year = firstYear; year <= lastYear(now); year += 1)
    for (const index of periodKindRules[kind].indexes) periods.push(formatPeriod({ kind, year, index }));
  return periods;
}

/** The kind of a period id; an id that does not parse, or a cumulative one, counts as a year. */
export function findPeriodKind(id: string): PartitionKind {
  const parsed = parsePeriod(id);
  return parsed.ok && parsed.period.kind !== 'cumulative' ? parsed.period.kind : 'year';
}

/**
 * The period of `kind` to switch to from `current`: in the same year, the one today falls in
 * when that year is this year, else the year's first ('2024' → quarter → '2024Q1'). The
 * current year is the default year's when `current` does not parse.
 */
export function pickPeriodOfKind(kind: PartitionKind, current: string, now = new Date()): string {
  const parsed = parsePeriod(current);
  const year = parsed.ok ? parsed.period.year : Number(defaultYear(now));
  const today = formatIsoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
  const containing = periodContaining(today, kind, calendarYear);
  const index = containing.year === year ? containing.index : periodKindRules[kind].indexes[0]!;
  return formatPeriod({ kind, year, index });
}

/** A kind as the pickers name it: 'Năm', '6 tháng', 'Quý', 'Tháng' (English: 'Year', 'Half-year', ...). */
export function labelPeriodKind(kind: PartitionKind, language: Language): string {
  const name = periodKindRules[kind].name[language];
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** '2026' → 'Năm 2026', '2026Q1' → 'Quý I/2026' (English: '2026', 'Q1 2026'); unknown ids as written. */
export function labelPeriodId(id: string, language: Language): string {
  const parsed = parsePeriod(id);
  return parsed.ok ? labelPeriod(parsed.period, language) : id;
}

/**
 * The last day of a period in the calendar year the form saves in ('2024' → '2024-12-31',
 * '2024Q1' → '2024-03-31'): the map the period ends on. Null when the id does not parse.
 */
export function periodEndDate(id: string): string | null {
  const parsed = parsePeriod(id);
  return parsed.ok ? findLastDay(windowOf(parsed.period, calendarYear)) : null;
}

const elementsById = new Map(seedCatalogue.dataElements.map((element) => [element.id, element]));
const indicatorsById = new Map(seedCatalogue.indicators.map((indicator) => [indicator.id, indicator]));

/** A column of the entry form: a data element and the indicator(s) that use it. */
export interface ElementRole {
  element: DataElement;
  indicatorId: string;
  /** Which part of the indicator the element is: numerator, denominator, or the count itself. */
  part: 'numerator' | 'denominator' | 'count';
}

/** The data elements of the indicators, in order, each once (shared denominators once). */
export function elementsOfIndicators(indicatorIds: readonly string[]): ElementRole[] {
  const seen = new Set<string>();
  const roles: ElementRole[] = [];
  const add = (elementId: string, indicatorId: string, part: ElementRole['part']) => {
    const element = elementsById.get(elementId);
    if (!element || seen.has(elementId)) return;
    seen.add(elementId);
    roles.push({ element, indicatorId, part });
  };
  for (const indicatorId of indicatorIds) {
    const indicator = indicatorsById.get(indicatorId);
    if (!indicator) continue;
    const formula = indicator.formula;
    if (formula.kind === 'ratio') {
      add(formula.numerator, indicatorId, 'numerator');
      add(formula.denominator, indicatorId, 'denominator');
    } else add(formula.dataElement, indicatorId, 'count');
  }
  return roles;
}

/** The element ids of one indicator with their part (what a roll-up's numerator/denominator hold). */
export function indicatorParts(indicatorId: string): { elementId: string; part: ElementRole['part'] }[] {
  const formula = indicatorsById.get(indicatorId)?.formula;
  if (!formula) return [];
  return formula.kind === 'ratio'
    ? [
        { elementId: formula.numerator, part: 'numerator' },
        { elementId: formula.denominator, part: 'denominator' },
      ]
    : [{ elementId: formula.dataElement, part: 'count' }];
}

export function elementName(elementId: string, language: Language): string {
  return elementsById.get(elementId)?.name[language] ?? elementId;
}

export function elementUnit(elementId: string): string {
  return elementsById.get(elementId)?.unit ?? '';
}

/** A number with Vietnamese separators (5.500; 73,4), at most `decimals` decimals. */
export function formatAmount(value: number, language: Language, decimals = 2): string {
  return formatNumber(value, language, decimals);
}

/** An indicator's figure with its unit: '73,4%', '11/vạn dân', '5.500 người'. */
export function formatIndicatorValue(value: number | null, unit: string, language: Language): string {
  if (value === null) return '—';
  const number = formatNumber(value, language, unit === '%' || unit === 'per10k' ? 1 : 2);
  if (unit === '%') return `${number}%`;
  if (unit === 'per10k') return language === 'vi' ? `${number}/vạn dân` : `${number} per 10,000`;
  return unit ? `${number} ${unit}` : number;
}

/**
 * What a person typed into a number cell: '' → null (no value, or delete it), '1.234,5' →
 * 1234.5 in Vietnamese ('1,234.5' in English); undefined when it is not a number.
 */
export function parseAmount(text: string, language: Language): number | null | undefined {
  const trimmed = text.replace(/\s/g, '');
  if (trimmed === '') return null;
  const [thousands, decimal] = language === 'vi' ? ['.', ','] : [',', '.'];
  const grouped = new RegExp(`^-?\\d{1,3}(\\${thousands}\\d{3})+(\\${decimal}\\d+)?$`);
  const plain = new RegExp(`^-?\\d+(\\${decimal}\\d+)?$`);
  if (!grouped.test(trimmed) && !plain.test(trimmed)) return undefined;
  const normal = trimmed.split(thousands).join('').replace(decimal, '.');
  const value = Number(normal);
  return Number.isFinite(value) ? value : undefined;
}

/** How a typed number is shown back: the stored value in the language's separators, no grouping lost. */
export function amountText(value: number | null | undefined, language: Language): string {
  return value === null || value === undefined ? '' : formatNumber(value, language, 6);
}
