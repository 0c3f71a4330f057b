// Computes an indicator from reported values: each data element is summed across units and
// combined across periods by its own rule; a ratio is numerator sum / denominator sum ×
// factor, never an average of unit rates. Missing data or a zero denominator gives null.

import type { DataElement, DataValue, Indicator, PeriodAggregation } from './types.ts';

/** The indicator's value over the given values (already filtered to the units and periods wanted). */
export function computeIndicator(
  indicator: Indicator,
  values: readonly DataValue[],
  dataElements: readonly DataElement[],
): number | null {
  const formula = indicator.formula;
  if (formula.kind === 'count') return aggregateDataElement(formula.dataElement, values, dataElements);
  const numerator = aggregateDataElement(formula.numerator, values, dataElements);
  const denominator = aggregateDataElement(formula.denominator, values, dataElements);
  if (numerator === null || denominator === null || denominator === 0) return null;
  return (numerator / denominator) * formula.factor;
}

/** One data element's total: sum across units per period, then the element's period rule. */
export function aggregateDataElement(
  dataElementId: string,
  values: readonly DataValue[],
  dataElements: readonly DataElement[],
): number | null {
  const element = dataElements.find((candidate) => candidate.id === dataElementId);
  if (!element) throw new Error(`Unknown data element: ${dataElementId}`);
  const totals = new Map<string, number>();
  for (const value of values) {
    if (value.dataElementId !== dataElementId || !Number.isFinite(value.value)) continue;
    totals.set(value.period, (totals.get(value.period) ?? 0) + value.value);
  }
  if (totals.size === 0) return null;
  return combinePeriods(element.aggregation.acrossPeriods, totals);
}

function combinePeriods(rule: PeriodAggregation, totals: Map<string, number>): number {
  const entries = [...totals.entries()];
  if (rule === 'sum') return entries.reduce((sum, [, total]) => sum + total, 0);
  if (rule === 'average') return entries.reduce((sum, [, total]) => sum + total, 0) / entries.length;
  const [, last] = entries.reduce((a, b) => (comparePeriods(b[0], a[0]) > 0 ? b : a));
  return last;
}

/**
 * Orders periods by where they end: "2024-03" and "2024Q1" end in March, "2024H1" in June,
 * "2024" in December. Periods that end together keep the longer one last.
 */
export function comparePeriods(a: string, b: string): number {
  const [yearA, monthA, spanA] = readPeriodEnd(a);
  const [yearB, monthB, spanB] = readPeriodEnd(b);
  return yearA - yearB || monthA - monthB || spanA - spanB || a.localeCompare(b);
}

/** [year, last month, months covered]. */
function readPeriodEnd(period: string): [number, number, number] {
  const match = /^(\d{4})(?:H([12])|Q([1-4])|-(\d{2}))?$/.exec(period);
  if (!match) throw new Error(`Unknown period: ${period}`);
  const year = Number(match[1]);
  if (match[2]) return [year, Number(match[2]) * 6, 6];
  if (match[3]) return [year, Number(match[3]) * 3, 3];
  if (match[4]) return [year, Number(match[4]), 1];
  return [year, 12, 12];
}
