// One rule for every date and year that arrives from outside (query, body, a reviewed
// extraction). PostgreSQL's date type refuses year 0000 and a JavaScript Date accepts it,
// so without a range "0000-01-01" reached the database and came back as a 500.
import { z } from 'zod';

/** Years a plan, an agency or an admin unit can meaningfully carry (matches planYears). */
export const minYear = 1900;
export const maxYear = 2200;

export type DateProblem = 'format' | 'unreal' | 'range';

/** Why `text` is not an accepted YYYY-MM-DD date, or null when it is one. */
export function checkIsoDate(text: string): DateProblem | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return 'format';
  const year = Number(text.slice(0, 4));
  if (year < minYear || year > maxYear) return 'range';
  const parsed = new Date(`${text}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== text) return 'unreal';
  return null;
}

export function dateProblemMessage(field: string, problem: DateProblem): string {
  switch (problem) {
    case 'format':
      return `${field} phải là ngày dạng YYYY-MM-DD (ví dụ 2026-01-01).`;
    case 'unreal':
      return `${field} không phải ngày có thật.`;
    case 'range':
      return `${field} phải là ngày từ năm ${minYear} đến năm ${maxYear}.`;
  }
}

/** A YYYY-MM-DD date between minYear and maxYear; `field` names it in the message. */
export function isoDateSchema(field: string) {
  return z.string({ error: dateProblemMessage(field, 'format') }).superRefine((value, context) => {
    const problem = checkIsoDate(value);
    if (problem) context.addIssue({ code: 'custom', message: dateProblemMessage(field, problem), input: value });
  });
}

/** A calendar year between minYear and maxYear (an integer column cannot take 2^53). */
export function yearSchema(field: string) {
  return z
    .number({ error: `${field} phải là số năm.` })
    .int({ error: `${field} phải là số nguyên.` })
    .min(minYear, { error: `${field} phải từ năm ${minYear} đến năm ${maxYear}.` })
    .max(maxYear, { error: `${field} phải từ năm ${minYear} đến năm ${maxYear}.` });
}
