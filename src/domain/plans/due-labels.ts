// A task's due as people write and read it ("Quý I/2022", "Tháng 4/2026", "Tháng 12 hằng
// năm", "Thường xuyên") ↔ the stored TaskDue ("2022-Q1", "2026-04", recurring yearly in 12).
// The review screen shows formatTaskDue and reads back what the reviewer types with
// parseTaskDue; both sides accept every TaskDue form, so a formatted due parses to itself.
import { foldDiacritics } from '../text/fold-diacritics.ts';
import type { Frequency, TaskDue } from './plan-model.ts';

const romanQuarters = ['I', 'II', 'III', 'IV'] as const;

const isMonth = (month: number) => Number.isInteger(month) && month >= 1 && month <= 12;
const isYear = (year: number) => Number.isInteger(year) && year >= 1900 && year <= 2200;
const pad = (value: number) => String(value).padStart(2, '0');

function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** '2022-Q1' → 'Quý I/2022', '2022-H1' → '6 tháng đầu năm 2022', '2021-04' → 'Tháng 4/2021', '2023' → 'Năm 2023', '2023-12-15' → '15/12/2023'; anything else as it is. */
export function formatDueBy(by: string): string {
  const text = by.trim();
  let match = /^(\d{4})-Q([1-4])$/i.exec(text);
  if (match) return `Quý ${romanQuarters[Number(match[2]) - 1]}/${match[1]}`;
  match = /^(\d{4})-H([12])$/i.exec(text);
  if (match) return `6 tháng ${match[2] === '1' ? 'đầu' : 'cuối'} năm ${match[1]}`;
  match = /^(\d{4})-(\d{1,2})$/.exec(text);
  if (match && isMonth(Number(match[2]))) return `Tháng ${Number(match[2])}/${match[1]}`;
  if (/^\d{4}$/.test(text)) return `Năm ${text}`;
  match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match) return `${match[3]}/${match[2]}/${match[1]}`;
  return text;
}

const frequencyWords: Record<Frequency, string> = {
  yearly: 'Hằng năm',
  'half-yearly': '6 tháng một lần',
  quarterly: 'Hằng quý',
  monthly: 'Hằng tháng',
};

/** How a due reads on the plan screens; '' for none. */
export function formatTaskDue(due: TaskDue | null): string {
  if (!due) return '';
  if (due.kind === 'ongoing') return 'Thường xuyên';
  if (due.kind === 'once') return formatDueBy(typeof due.date === 'string' && due.date ? due.date : due.by);
  if (due.freq === 'yearly' && due.month !== null && isMonth(due.month)) return `Tháng ${due.month} hằng năm`;
  return frequencyWords[due.freq];
}

export type ParsedDue = { ok: true; due: TaskDue | null } | { ok: false; message: string };

/** The examples an error message offers. */
export const dueExamples =
  'Quý I/2022, Tháng 4/2026, Năm 2026, 6 tháng đầu năm 2026, 15/12/2026, Tháng 12 hằng năm, Thường xuyên';

function fold(text: string): string {
  return foldDiacritics(text)
    .replace(/[.;]$/, '')
    .replace(/,/g, ' ')
    .replace(/\s*([/.-])\s*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

function quarterNumber(text: string): number | null {
  const roman = ['i', 'ii', 'iii', 'iv'].indexOf(text);
  if (roman >= 0) return roman + 1;
  return /^[1-4]$/.test(text) ? Number(text) : null;
}

function parseOnce(text: string): string | { by: string; date: string } | null {
  let match = /^(\d{4})-q([1-4])$/.exec(text);
  if (match) return `${match[1]}-Q${match[2]}`;
  match = /^(\d{4})-h([12])$/.exec(text);
  if (match) return `${match[1]}-H${match[2]}`;
  // Quý I/2022, quý 1 năm 2022, Q1/2022
  match = /^(?:quy|q) ?(iv|iii|ii|i|[1-4])(?:\/| nam |-| )(\d{4})$/.exec(text);
  if (match) {
    const quarter = quarterNumber(match[1]!);
    return quarter && isYear(Number(match[2])) ? `${match[2]}-Q${quarter}` : null;
  }
  // 6 tháng đầu năm 2026, 6 tháng cuối năm 2026
  match = /^6 thang (dau|cuoi) nam (\d{4})$/.exec(text);
  if (match) return isYear(Number(match[2])) ? `${match[2]}-H${match[1] === 'dau' ? 1 : 2}` : null;
  // Tháng 4/2026, tháng 04 năm 2026, 4/2026, 2026-04
  match = /^(?:thang )?(\d{1,2})(?:\/| nam |-)(\d{4})$/.exec(text) ?? /^thang (\d{1,2}) (\d{4})$/.exec(text);
  if (match) {
    const [month, year] = [Number(match[1]), Number(match[2])];
    return isMonth(month) && isYear(year) ? `${year}-${pad(month)}` : null;
  }
  match = /^(\d{4})-(\d{1,2})$/.exec(text);
  if (match) {
    const [year, month] = [Number(match[1]), Number(match[2])];
    return isMonth(month) && isYear(year) ? `${year}-${pad(month)}` : null;
  }
  // Năm 2026, 2026
  match = /^(?:nam )?(\d{4})$/.exec(text);
  if (match) return isYear(Number(match[1])) ? match[1]! : null;
  // 15/12/2026, ngày 15/12/2026, trước ngày 15.12.2026, ngày 15 tháng 12 năm 2026, 2026-12-15
  match =
    /^(?:(?:truoc |den )?ngay )?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text) ??
    /^(?:(?:truoc |den )?ngay )?(\d{1,2}) thang (\d{1,2}) nam (\d{4})$/.exec(text);
  let day: number;
  let month: number;
  let year: number;
  if (match) [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else {
    const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!isoDay) return null;
    [year, month, day] = [Number(isoDay[1]), Number(isoDay[2]), Number(isoDay[3])];
  }
  if (!isYear(year) || !isCalendarDay(year, month, day)) return null;
  return { by: `${year}-${pad(month)}`, date: `${year}-${pad(month)}-${pad(day)}` };
}

function parseRecurring(text: string): TaskDue | null {
  const every = '(?:hang|moi) ';
  if (new RegExp(`^(?:dinh ky )?${every}nam$`).test(text) || text === 'dinh ky nam')
    return { kind: 'recurring', freq: 'yearly', month: null };
  const yearlyInMonth = new RegExp(`^thang (\\d{1,2}) ${every}nam$`).exec(text);
  if (yearlyInMonth) {
    const month = Number(yearlyInMonth[1]);
    return isMonth(month) ? { kind: 'recurring', freq: 'yearly', month } : null;
  }
  if (/^(?:dinh ky |hang |moi )?6 thang(?: mot lan)?$/.test(text) || text === 'hang nua nam')
    return { kind: 'recurring', freq: 'half-yearly', month: null };
  if (new RegExp(`^(?:dinh ky )?${every}quy$`).test(text)) return { kind: 'recurring', freq: 'quarterly', month: null };
  if (new RegExp(`^(?:dinh ky )?${every}thang$`).test(text)) return { kind: 'recurring', freq: 'monthly', month: null };
  return null;
}

/**
 * What a reviewer typed → a TaskDue: blank is no due; otherwise one of the forms formatTaskDue
 * writes, with or without diacritics, "hàng"/"hằng", roman or arabic quarters. An unknown
 * phrase is an error naming the field, with examples.
 */
export function parseTaskDue(input: string, field = 'Thời hạn'): ParsedDue {
  const text = fold(input);
  if (text === '') return { ok: true, due: null };
  if (text === 'thuong xuyen' || text === 'lien tuc' || text === 'hang ngay')
    return { ok: true, due: { kind: 'ongoing' } };
  const recurring = parseRecurring(text);
  if (recurring) return { ok: true, due: recurring };
  const once = parseOnce(text);
  if (typeof once === 'string') return { ok: true, due: { kind: 'once', by: once } };
  if (once) return { ok: true, due: { kind: 'once', by: once.by, date: once.date } };
  return {
    ok: false,
    message: `${field}: không hiểu "${input.trim()}". Hãy ghi như ${dueExamples}.`,
  };
}

// ---- reporting duties: a day of the year ("MM-DD") or a month ("MM") -------------------

const daysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** '12-15' → '15/12', '06' → 'Tháng 6'; '' for none; anything else as it is. */
export function formatReportingDay(due: string | null): string {
  if (!due) return '';
  const dayMonth = /^(\d{1,2})-(\d{1,2})$/.exec(due);
  if (dayMonth) return `${pad(Number(dayMonth[2]))}/${pad(Number(dayMonth[1]))}`;
  if (/^\d{1,2}$/.test(due)) return `Tháng ${Number(due)}`;
  return due;
}

export type ParsedReportingDay = { ok: true; due: string | null } | { ok: false; message: string };

/**
 * What a reviewer typed as a reporting duty's deadline → 'MM-DD' or 'MM': "15/12",
 * "trước ngày 15/12", "ngày 15 tháng 12", "Tháng 12"; blank is none.
 */
export function parseReportingDay(input: string, field = 'Hạn báo cáo'): ParsedReportingDay {
  const text = fold(input);
  if (text === '') return { ok: true, due: null };
  const day =
    /^(?:(?:truoc |den )?ngay )?(\d{1,2})[/.-](\d{1,2})$/.exec(text) ??
    /^(?:(?:truoc |den )?ngay )?(\d{1,2}) thang (\d{1,2})$/.exec(text);
  if (day) {
    const [d, m] = [Number(day[1]), Number(day[2])];
    if (isMonth(m) && d >= 1 && d <= daysInMonth[m - 1]!) return { ok: true, due: `${pad(m)}-${pad(d)}` };
  }
  const month = /^(?:trong )?thang (\d{1,2})$/.exec(text);
  if (month && isMonth(Number(month[1]))) return { ok: true, due: pad(Number(month[1])) };
  return {
    ok: false,
    message: `${field}: không hiểu "${input.trim()}". Hãy ghi ngày/tháng (15/12) hoặc tháng (Tháng 12).`,
  };
}
