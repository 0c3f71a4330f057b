// Which yearly roll-ups a target's status may rest on. A count summed over only the communes
// that reported understates the whole (12 of 15 communes' jobs are not the province's jobs), so
// a count needs every expected unit; a rate is computed from the summed numerators and
// denominators of the units that reported both, so it stays meaningful with part of them —
// down to a named share. Points left out are returned too, so the page can say why.
import type { Observation } from './types.ts';

/** A rate may rest on a year in which at least this share of the expected units reported. */
export const MIN_RATE_COVERAGE_SHARE = 0.5;

export interface RolledUpYear {
  year: number;
  value: number | null;
  coverage: { reported: number; expected: number };
}

export interface SelectedObservations {
  observations: Observation[];
  /** Years with a value that was left out for too little coverage, oldest first. */
  incomplete: RolledUpYear[];
}

export function isCoverageSufficient(point: RolledUpYear, formula: 'count' | 'ratio'): boolean {
  const { reported, expected } = point.coverage;
  if (expected === 0 || reported === 0) return false;
  return formula === 'count' ? reported >= expected : reported / expected >= MIN_RATE_COVERAGE_SHARE;
}

/** The observations evaluation may use, oldest first. */
export function selectObservations(points: readonly RolledUpYear[], formula: 'count' | 'ratio'): SelectedObservations {
  const sorted = [...points].sort((a, b) => a.year - b.year);
  const observations: Observation[] = [];
  const incomplete: RolledUpYear[] = [];
  for (const point of sorted) {
    if (point.value === null || !Number.isFinite(point.value)) continue;
    if (isCoverageSufficient(point, formula)) observations.push({ year: point.year, value: point.value });
    else incomplete.push(point);
  }
  return { observations, incomplete };
}

/**
 * Says which later years were left out for too little coverage ("Năm 2026 mới có 3/15 đơn vị
 * cấp xã báo cáo, chưa dùng để đánh giá"), or null when none is later than the latest year used.
 */
export function describeIncompleteYears(
  incomplete: readonly RolledUpYear[],
  latestYearUsed: number | null,
): { vi: string; en: string } | null {
  const later = incomplete.filter((point) => latestYearUsed === null || point.year > latestYearUsed);
  const last = later.at(-1);
  if (!last) return null;
  const { reported, expected } = last.coverage;
  return {
    vi: `Năm ${last.year} mới có ${reported}/${expected} đơn vị cấp xã báo cáo, chưa dùng để đánh giá`,
    en: `In ${last.year} only ${reported} of ${expected} communes have reported, not yet used for the assessment`,
  };
}
