// The indicator catalogue: raw counts (data elements) and what plans measure with them
// (indicators: a count, or numerator / denominator × factor). Pure data types.

/** How values combine across admin units. Counts sum; a ratio is never summed. */
export type UnitAggregation = 'sum';

/**
 * How values combine across periods: flows sum (referrals made in each quarter), stocks take
 * the last period (teachers on the books), levels may be averaged.
 */
export type PeriodAggregation = 'sum' | 'last' | 'average';

export interface Aggregation {
  acrossUnits: UnitAggregation;
  acrossPeriods: PeriodAggregation;
}

/** Breakdowns a data element can be reported by. */
export type Disaggregation = 'sex' | 'ageGroup' | 'urbanRural' | 'qualification' | 'educationLevel';

export interface LocalisedName {
  vi: string;
  en: string;
}

/** A raw count reported per admin unit × period (số lao động qua đào tạo, dân số ...). */
export interface DataElement {
  /** Stable slug: never changes once values are stored against it. */
  id: string;
  name: LocalisedName;
  /** What one counts, in Vietnamese: 'người', 'trường', 'trạm' ... */
  unit: string;
  disaggregations: Disaggregation[];
  aggregation: Aggregation;
}

export type IndicatorUnit = '%' | 'per10k' | 'người' | 'trường' | 'đơn vị' | string;

/** Higher is better (enrolment) or lower is better (malnutrition). */
export type Polarity = 'higher' | 'lower';

export type IndicatorFormula =
  | { kind: 'ratio'; numerator: string; denominator: string; factor: number }
  | { kind: 'count'; dataElement: string; factor: 1 };

export type IndicatorTheme = 'labour-training' | 'education' | 'health' | 'employment' | 'officials-digital';

export interface Indicator {
  /** Stable slug. */
  id: string;
  /** Official code (national statistical indicator system) when confirmed; null otherwise. */
  code: string | null;
  theme: IndicatorTheme;
  name: LocalisedName;
  /** Vietnamese definition: what is counted and over what. */
  definition: string;
  /** Other ways plans name it (Vietnamese), used by the suggester; never target texts. */
  aliases: string[];
  formula: IndicatorFormula;
  unit: IndicatorUnit;
  polarity: Polarity;
  /**
   * A ratio is computed from the numerator and denominator sums (never averaged); a count
   * follows its data element's aggregation.
   */
  aggregation: Aggregation | 'ratio';
}

export interface Catalogue {
  dataElements: DataElement[];
  indicators: Indicator[];
}

/** One reported figure: a data element for an admin unit and a period ("2024", "2024Q1"). */
export interface DataValue {
  dataElementId: string;
  unitId: string;
  period: string;
  value: number;
}
