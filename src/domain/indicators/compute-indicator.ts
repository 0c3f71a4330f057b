// Computes an indicator from reported values: each data element is summed across units and
// combined across periods by its own rule; a ratio is numerator sum / denominator sum ×
// factor, never an average of unit rates. Missing data or a zero denominator gives null.

import { requirePeriod } from '../periods/period-ids.ts';
import { comparePeriodEnds } from '../periods/period-sequence.ts';
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
  const [, last] = entries.reduce((a, b) => (comparePeriodEnds(requirePeriod(b[0]), requirePeriod(a[0])) > 0 ? b : a));
  return last;
}
