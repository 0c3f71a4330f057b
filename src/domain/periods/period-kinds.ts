// The kinds of reporting period (kỳ báo cáo) and what each one is made of, written once.
// A period is a kind, a year and an index inside the year: 2026Q3 is { quarter, 2026, 3 }.
// Every kind except `cumulative` splits the year into windows that do not overlap; the
// cumulative periods ("6 tháng", "9 tháng", "12 tháng") all start at the start of the year.

export type PeriodKind = 'year' | 'half-year' | 'quarter' | 'month' | 'cumulative';

/** The kinds that split a year: every date lies in exactly one period of each. */
export type PartitionKind = Exclude<PeriodKind, 'cumulative'>;

export type Period = {
  readonly kind: PeriodKind;
  /** The reporting year: under Decree 09/2019, 2025-12-20 already counts in 2026. */
  readonly year: number;
  /** 1 for a year, 1–2 half, 1–4 quarter, 1–12 month; for cumulative the number of months (6, 9, 12). */
  readonly index: number;
};

type KindRule = {
  /** The indexes a year has, in order. */
  readonly indexes: readonly number[];
  /** The calendar months (1–12) the period of an index is made of: first and last. */
  readonly monthSpan: (index: number) => readonly [number, number];
  /** Vietnamese and English names of the kind (error messages, pickers). */
  readonly name: { readonly vi: string; readonly en: string };
};

const range = (count: number) => Array.from({ length: count }, (_, i) => i + 1);

export const periodKindRules: { readonly [K in PeriodKind]: KindRule } = {
  year: { indexes: [1], monthSpan: () => [1, 12], name: { vi: 'năm', en: 'year' } },
  'half-year': {
    indexes: range(2),
    monthSpan: (half) => [6 * half - 5, 6 * half],
    name: { vi: '6 tháng', en: 'half-year' },
  },
  quarter: {
    indexes: range(4),
    monthSpan: (quarter) => [3 * quarter - 2, 3 * quarter],
    name: { vi: 'quý', en: 'quarter' },
  },
  month: { indexes: range(12), monthSpan: (month) => [month, month], name: { vi: 'tháng', en: 'month' } },
  cumulative: {
    indexes: [6, 9, 12],
    monthSpan: (months) => [1, months],
    name: { vi: 'lũy kế từ đầu năm', en: 'year to date' },
  },
};

export const periodKinds = Object.keys(periodKindRules) as PeriodKind[];
export const partitionKinds: readonly PartitionKind[] = ['year', 'half-year', 'quarter', 'month'];

/** The years a period may have (the same bounds as task dues). */
export const periodYears = { first: 1900, last: 2200 } as const;

/** Whether the value is a period this module knows (kind, integer year in bounds, index of the kind). */
export function isPeriod(value: Period): boolean {
  const rule = periodKindRules[value.kind];
  return (
    rule !== undefined &&
    Number.isInteger(value.year) &&
    value.year >= periodYears.first &&
    value.year <= periodYears.last &&
    rule.indexes.includes(value.index)
  );
}

/** Whether a kind splits the year (every date in exactly one period). */
export function isPartitionKind(kind: PeriodKind): kind is PartitionKind {
  return kind !== 'cumulative';
}
