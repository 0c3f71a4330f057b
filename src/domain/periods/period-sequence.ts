// Periods in order, without a calendar: previous and next, ranges, nesting. Nesting is read
// from the months a period is made of (Q1 = months 1–3 of its year), which matches the
// windows of every validated calendar: validation requires each half, quarter and cumulative
// window to start and end where its months' windows do.
import { type Period, periodKindRules } from './period-kinds.ts';
import { formatPeriod } from './period-ids.ts';

/** The reporting year of a period (2026Q1 → 2026). */
export function yearOf(period: Period): number {
  return period.year;
}

function shift(period: Period, steps: number): Period {
  const indexes = periodKindRules[period.kind].indexes;
  // Cumulative periods do not follow each other inside a year (C6 ⊂ C9 ⊂ C12): the one
  // before 2026C9 is 2025C9, the same period a year earlier (cùng kỳ năm trước).
  if (period.kind === 'cumulative') return { ...period, year: period.year + steps };
  const position = period.year * indexes.length + indexes.indexOf(period.index) + steps;
  const year = Math.floor(position / indexes.length);
  return { kind: period.kind, year, index: indexes[position - year * indexes.length]! };
}

/** The period just before, of the same kind: 2026Q1 → 2025Q4, 2026-01 → 2025-12, 2026C9 → 2025C9. */
export function previousPeriod(period: Period): Period {
  return shift(period, -1);
}

/** The period just after, of the same kind: 2025H2 → 2026H1. */
export function nextPeriod(period: Period): Period {
  return shift(period, 1);
}

/** The same period a year earlier (cùng kỳ năm trước): 2026Q3 → 2025Q3. */
export function findSamePeriodLastYear(period: Period): Period {
  return { ...period, year: period.year - 1 };
}

function requireSameKind(a: Period, b: Period): void {
  if (a.kind !== b.kind) {
    throw new RangeError(`Không so sánh được kỳ ${formatPeriod(a)} với kỳ ${formatPeriod(b)}: khác loại kỳ.`);
  }
}

/** Orders two periods of the same kind: negative when a comes first. */
export function comparePeriods(a: Period, b: Period): number {
  requireSameKind(a, b);
  return a.year - b.year || a.index - b.index;
}

/** Whether two periods are the same. */
export function isSamePeriod(a: Period, b: Period): boolean {
  return a.kind === b.kind && a.year === b.year && a.index === b.index;
}

/** The periods from first to last, both included, of their (common) kind; [] when last is before first. */
export function periodsBetween(first: Period, last: Period): Period[] {
  requireSameKind(first, last);
  const periods: Period[] = [];
  for (let period = first; comparePeriods(period, last) <= 0; period = nextPeriod(period)) periods.push(period);
  return periods;
}

/** The calendar months a period is made of, first and last: 2026H2 → [7, 12]. */
export function findMonthSpan(period: Period): readonly [number, number] {
  return periodKindRules[period.kind].monthSpan(period.index);
}

/**
 * Orders periods of any kinds by where they end: 2024-03 and 2024Q1 end in March, 2024H1 in
 * June, 2024 in December; of two that end together the shorter comes first (the month before
 * its quarter). For "the latest value" across a series that mixes kinds.
 */
export function comparePeriodEnds(a: Period, b: Period): number {
  const [firstA, lastA] = findMonthSpan(a);
  const [firstB, lastB] = findMonthSpan(b);
  return a.year - b.year || lastA - lastB || lastA - firstA - (lastB - firstB);
}

/** Whether inner lies within outer (2026Q1 in 2026, 2026-03 in 2026Q1, 2026H1 in 2026C9; a period in itself). */
export function isPeriodWithin(inner: Period, outer: Period): boolean {
  if (inner.year !== outer.year) return false;
  const [innerFirst, innerLast] = findMonthSpan(inner);
  const [outerFirst, outerLast] = findMonthSpan(outer);
  return outerFirst <= innerFirst && innerLast <= outerLast;
}
