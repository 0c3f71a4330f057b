// The years a plan covers ("giai đoạn 2021 - 2025", "năm 2024", "đến năm 2030") and its
// later orientation years ("định hướng đến năm 2030", "tầm nhìn đến năm 2045").

import { foldKeepLength } from './fold.ts';
import type { PlanPeriod } from '../plans/plan-model.ts';

const DATE_LIKE = /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4}/g;
const YEAR = String.raw`((?:19|20|21)\d{2})`;

function isYear(value: number): boolean {
  return value >= 1945 && value <= 2150;
}

export function readPeriod(text: string, documentYear: number | null): PlanPeriod | null {
  const folded = foldKeepLength(text).replace(DATE_LIKE, (m) => ' '.repeat(m.length));
  const horizons: number[] = [];
  let rest = folded.replace(
    new RegExp(String.raw`(dinh huong|tam nhin)\s+(?:den\s+)?(?:nam\s+)?${YEAR}`, 'g'),
    (m, _w, year: string) => {
      horizons.push(Number(year));
      return ' '.repeat(m.length);
    },
  );
  let from: number | null = null;
  let to: number | null = null;
  const span = new RegExp(
    String.raw`(?:giai doan|thoi ky|nam hoc|nhiem ky)?\s*(?:tu\s+nam\s+)?${YEAR}\s*(?:-|–|den(?:\s+nam)?)\s*${YEAR}`,
  ).exec(rest);
  if (span) {
    from = Number(span[1]);
    to = Number(span[2]);
    rest = rest.replace(span[0], ' ');
  } else {
    const until = new RegExp(String.raw`(?:den|toi)\s+nam\s+${YEAR}`).exec(rest);
    const single = new RegExp(String.raw`\bnam\s+${YEAR}`).exec(rest);
    if (until) {
      to = Number(until[1]);
      from = documentYear !== null && documentYear <= to ? documentYear : null;
    } else if (single) {
      from = Number(single[1]);
      to = from;
    }
  }
  if (from !== null && to !== null && (!isYear(from) || !isYear(to) || from > to)) return null;
  if (from === null && horizons.length === 0) return null;
  const later = horizons.filter((year) => isYear(year) && (to === null || year > to));
  return { from, to, horizons: [...new Set(later)].sort((a, b) => a - b) };
}

export function extractPeriod(title: string | null, fallbackTexts: string[], documentYear: number | null): PlanPeriod {
  const candidates = [title ?? '', ...fallbackTexts];
  for (const text of candidates) {
    const period = readPeriod(text, documentYear);
    if (period && period.from !== null) return period;
  }
  const horizonOnly = candidates.map((text) => readPeriod(text, documentYear)).find((p) => p && p.horizons.length > 0);
  return { from: documentYear, to: documentYear, horizons: horizonOnly?.horizons ?? [] };
}
