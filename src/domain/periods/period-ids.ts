// Period identifiers: the canonical text form (glossary: 2024, 2024H1, 2024Q1, 2024-03, plus
// 2024C6/C9/C12 for the cumulative "6, 9, 12 tháng" reports) and DHIS2 notation (2024,
// 2024S1, 2024Q1, 202401). "C" (cộng dồn, cumulative) and not "M": SDMX writes months
// 2024-M03, so "2024M9" would read as September. Parsing refuses bad input with a Vietnamese
// message; formatting a parsed identifier gives it back.
import { isPeriod, type Period, type PeriodKind, periodYears } from './period-kinds.ts';

export type ParsedPeriod =
  | { readonly ok: true; readonly period: Period }
  | { readonly ok: false; readonly message: string };

/** Identifiers people are shown as examples. */
export const periodExamples = '2026, 2026H1, 2026Q1, 2026-03, 2026C9';
const dhis2Examples = '2026, 2026S1, 2026Q1, 202603';

type Form = {
  readonly kind: PeriodKind;
  readonly pattern: RegExp;
  /** The message when the year is fine but the index is not. */
  readonly badIndex: (index: string) => string;
};

// Canonical forms; the dashed 2024-Q1 / 2024-H1 of task dues are read too (plans/due-labels).
const canonicalForms: readonly Form[] = [
  { kind: 'year', pattern: /^(\d{4})$/, badIndex: () => '' },
  {
    kind: 'half-year',
    pattern: /^(\d{4})-?H(\d+)$/,
    badIndex: (index) => `6 tháng chỉ có H1 (đầu năm) và H2 (cuối năm), không có H${index}.`,
  },
  { kind: 'quarter', pattern: /^(\d{4})-?Q(\d+)$/, badIndex: (index) => `Quý chỉ từ Q1 đến Q4, không có Q${index}.` },
  {
    kind: 'month',
    pattern: /^(\d{4})-(\d{2})$/,
    badIndex: (index) => `Tháng chỉ từ 01 đến 12, không có tháng ${index}.`,
  },
  {
    kind: 'cumulative',
    pattern: /^(\d{4})C(\d+)$/,
    badIndex: (index) => `Kỳ lũy kế chỉ có C6, C9 và C12 (6, 9, 12 tháng), không có C${index}.`,
  },
];

const dhis2Forms: readonly Form[] = [
  { kind: 'year', pattern: /^(\d{4})$/, badIndex: () => '' },
  { kind: 'half-year', pattern: /^(\d{4})S(\d+)$/, badIndex: (index) => `DHIS2 chỉ có S1 và S2, không có S${index}.` },
  { kind: 'quarter', pattern: /^(\d{4})Q(\d+)$/, badIndex: (index) => `Quý chỉ từ Q1 đến Q4, không có Q${index}.` },
  {
    kind: 'month',
    pattern: /^(\d{4})(\d{2})$/,
    badIndex: (index) => `Tháng chỉ từ 01 đến 12, không có tháng ${index}.`,
  },
];

function readForms(text: string, forms: readonly Form[], unknownMessage: string): ParsedPeriod {
  const value = text.trim().toUpperCase();
  if (value === '') return { ok: false, message: 'Chưa nhập kỳ báo cáo.' };
  for (const form of forms) {
    const match = form.pattern.exec(value);
    if (!match) continue;
    const year = Number(match[1]);
    if (year < periodYears.first || year > periodYears.last) {
      return { ok: false, message: `Năm ${year} nằm ngoài khoảng ${periodYears.first}–${periodYears.last}.` };
    }
    const period: Period = { kind: form.kind, year, index: match[2] === undefined ? 1 : Number(match[2]) };
    return isPeriod(period) ? { ok: true, period } : { ok: false, message: form.badIndex(match[2] ?? '') };
  }
  return { ok: false, message: unknownMessage };
}

/** '2026Q1' → { quarter, 2026, 1 }; bad input → a Vietnamese message with examples. */
export function parsePeriod(text: string): ParsedPeriod {
  return readForms(
    text,
    canonicalForms,
    `Kỳ báo cáo "${text.trim()}" không đúng dạng; viết như ${periodExamples} (năm, 6 tháng, quý, tháng, lũy kế).`,
  );
}

/** Parses a canonical identifier the program itself wrote; throws on anything else. */
export function requirePeriod(text: string): Period {
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw new RangeError(parsed.message);
  return parsed.period;
}

const pad = (value: number) => String(value).padStart(2, '0');

const canonicalWriters: { readonly [K in PeriodKind]: (period: Period) => string } = {
  year: (p) => `${p.year}`,
  'half-year': (p) => `${p.year}H${p.index}`,
  quarter: (p) => `${p.year}Q${p.index}`,
  month: (p) => `${p.year}-${pad(p.index)}`,
  cumulative: (p) => `${p.year}C${p.index}`,
};

/** { quarter, 2026, 1 } → '2026Q1' (the canonical form, the one stored). */
export function formatPeriod(period: Period): string {
  return canonicalWriters[period.kind](period);
}

const dhis2Writers: { readonly [K in PeriodKind]: ((period: Period) => string) | null } = {
  year: (p) => `${p.year}`,
  'half-year': (p) => `${p.year}S${p.index}`,
  quarter: (p) => `${p.year}Q${p.index}`,
  month: (p) => `${p.year}${pad(p.index)}`,
  // DHIS2 has no year-to-date period type: such values are computed there from months.
  cumulative: null,
};

/** { month, 2026, 3 } → '202603'; null for a kind DHIS2 has no period type for (cumulative). */
export function formatDhis2Period(period: Period): string | null {
  return dhis2Writers[period.kind]?.(period) ?? null;
}

/** '2026S1' → { half-year, 2026, 1 }; other DHIS2 types (weekly, daily, financial) are refused. */
export function parseDhis2Period(text: string): ParsedPeriod {
  return readForms(
    text,
    dhis2Forms,
    `Kỳ DHIS2 "${text.trim()}" không đọc được; chỉ nhận năm, 6 tháng (S), quý (Q) và tháng, ví dụ ${dhis2Examples}.`,
  );
}
