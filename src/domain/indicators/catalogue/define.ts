// Small constructors that keep the catalogue files short: each call is one record of data.

import type {
  Aggregation,
  DataElement,
  Disaggregation,
  Indicator,
  IndicatorTheme,
  IndicatorUnit,
  Polarity,
} from '../types.ts';

/** A stock (teachers on the books, population): across periods the last value counts. */
export const STOCK: Aggregation = { acrossUnits: 'sum', acrossPeriods: 'last' };
/** A flow (referrals, graduates, trainees): across periods the values add up. */
export const FLOW: Aggregation = { acrossUnits: 'sum', acrossPeriods: 'sum' };

/** The breakdowns a count of people usually has. */
export const PEOPLE: Disaggregation[] = ['sex', 'ageGroup', 'urbanRural'];
export const WORKERS: Disaggregation[] = ['sex', 'ageGroup', 'urbanRural', 'qualification'];

export function defineElement(
  id: string,
  vi: string,
  en: string,
  unit: string,
  aggregation: Aggregation,
  disaggregations: Disaggregation[] = [],
): DataElement {
  return { id, name: { vi, en }, unit, disaggregations, aggregation };
}

interface IndicatorFields {
  id: string;
  code?: string | null;
  theme: IndicatorTheme;
  vi: string;
  en: string;
  definition: string;
  aliases?: string[];
  polarity?: Polarity;
}

/** numerator / denominator × 100, in %. */
export function definePercent(fields: IndicatorFields & { numerator: string; denominator: string }): Indicator {
  return defineRatio(fields, 100, '%');
}

/** numerator / denominator × 10,000 ("trên vạn dân"). */
export function definePer10k(fields: IndicatorFields & { numerator: string; denominator: string }): Indicator {
  return defineRatio(fields, 10_000, 'per10k');
}

function defineRatio(
  fields: IndicatorFields & { numerator: string; denominator: string },
  factor: number,
  unit: IndicatorUnit,
): Indicator {
  return {
    ...describe(fields),
    formula: { kind: 'ratio', numerator: fields.numerator, denominator: fields.denominator, factor },
    unit,
    aggregation: 'ratio',
  };
}

/** A single data element, counted in `unit` ('người', 'trường' ...). */
export function defineCount(
  fields: IndicatorFields & { dataElement: string; unit: IndicatorUnit; aggregation: Aggregation },
): Indicator {
  return {
    ...describe(fields),
    formula: { kind: 'count', dataElement: fields.dataElement, factor: 1 },
    unit: fields.unit,
    aggregation: fields.aggregation,
  };
}

function describe(fields: IndicatorFields): Omit<Indicator, 'formula' | 'unit' | 'aggregation'> {
  return {
    id: fields.id,
    code: fields.code ?? null,
    theme: fields.theme,
    name: { vi: fields.vi, en: fields.en },
    definition: fields.definition,
    aliases: fields.aliases ?? [],
    polarity: fields.polarity ?? 'higher',
  };
}
