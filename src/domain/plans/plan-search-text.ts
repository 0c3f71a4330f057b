import { foldDiacritics } from '../text/fold-diacritics.ts';

/** What the plans list searches: number, title, issuer and place, folded, " | " between them. */
export function planSearchText(plan: {
  number: string | null;
  title: string | null;
  issuer: string | null;
  place: string | null;
}): string {
  return foldDiacritics([plan.number, plan.title, plan.issuer, plan.place].filter(Boolean).join(' | '));
}

/** A LIKE pattern matching `needle` anywhere, with LIKE's wildcards in it taken literally (escape '\'). */
export function containsPattern(needle: string): string {
  return `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The plans list's sort key, newest first when sorted descending: the date, else the year, else ''. */
export function planListKey(plan: { documentDate: string | null; year: number | null }): string {
  return plan.documentDate ?? (plan.year === null ? '' : String(plan.year));
}
