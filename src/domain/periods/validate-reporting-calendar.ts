// A province's own reporting calendar is data; before it is used it must pass these rules,
// each broken rule named by its field with a Vietnamese message:
// - every day exists in every year (no 29/02, no 31/04), offsets are -1, 0 or 1;
// - every kind has a window for each of its indexes and none other;
// - the year's window is exactly one year long;
// - the windows of half-years, quarters and months follow each other without gap or
//   overlap and together cover the year's window exactly;
// - each half-year and quarter starts and ends where its months do, and each cumulative
//   period starts with the year and ends where its last month does (so nesting by months,
//   period-sequence.ts, holds for windows too).
import { countDaysInMonth } from './iso-dates.ts';
import { partitionKinds, periodKindRules, periodKinds } from './period-kinds.ts';
import { labelPeriodIndex } from './period-labels.ts';
import type { CalendarDay, ReportingCalendar, WindowRule } from './reporting-calendars.ts';

export type CalendarProblem = { readonly field: string; readonly message: string };

export type ValidatedCalendar =
  | { readonly ok: true; readonly calendar: ReportingCalendar }
  | { readonly ok: false; readonly problems: readonly CalendarProblem[] };

const COMMON_YEAR = 2001;
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const pad = (value: number) => String(value).padStart(2, '0');

/** '15/12 năm trước', '14/06', '01/01 năm sau'. */
function describeDay(day: CalendarDay): string {
  const suffix = day.yearOffset === -1 ? ' năm trước' : day.yearOffset === 1 ? ' năm sau' : '';
  return `${pad(day.day)}/${pad(day.month)}${suffix}`;
}

/** Orders calendar days; valid days exist in every year, so the order does not depend on it. */
const keyOf = (day: CalendarDay) => day.yearOffset * 10_000 + day.month * 100 + day.day;

function checkDay(day: CalendarDay | undefined, field: string, problems: CalendarProblem[]): void {
  if (!day || typeof day !== 'object') {
    problems.push({ field, message: 'Thiếu ngày.' });
    return;
  }
  if (![-1, 0, 1].includes(day.yearOffset)) {
    problems.push({
      field: `${field}.yearOffset`,
      message: `Chỉ nhận -1 (năm trước), 0 (trong năm) hoặc 1 (năm sau), không nhận ${String(day.yearOffset)}.`,
    });
  }
  if (!Number.isInteger(day.month) || day.month < 1 || day.month > 12) {
    problems.push({ field: `${field}.month`, message: `Tháng phải từ 1 đến 12, không nhận ${String(day.month)}.` });
    return;
  }
  if (!Number.isInteger(day.day) || day.day < 1 || day.day > countDaysInMonth(COMMON_YEAR, day.month)) {
    const leapOnly = day.month === 2 && day.day === 29;
    problems.push({
      field: `${field}.day`,
      message: leapOnly
        ? 'Ngày 29/02 chỉ có trong năm nhuận; lấy 01/03 làm ngày bắt đầu kỳ sau.'
        : `Tháng ${day.month} không có ngày ${String(day.day)}.`,
    });
  }
}

function checkShape(calendar: ReportingCalendar, problems: CalendarProblem[]): void {
  if (typeof calendar.id !== 'string' || !ID_PATTERN.test(calendar.id)) {
    problems.push({
      field: 'id',
      message: 'Mã lịch chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ "tinh-82-bao-cao".',
    });
  }
  if (!calendar.name?.vi?.trim()) problems.push({ field: 'name.vi', message: 'Thiếu tên lịch bằng tiếng Việt.' });
  if (!calendar.name?.en?.trim()) problems.push({ field: 'name.en', message: 'Thiếu tên lịch bằng tiếng Anh.' });
  if (!calendar.basis?.trim()) problems.push({ field: 'basis', message: 'Thiếu căn cứ (văn bản quy định lịch này).' });
  for (const kind of periodKinds) {
    const windows = calendar.windows?.[kind];
    const { indexes } = periodKindRules[kind];
    if (!windows || typeof windows !== 'object') {
      problems.push({ field: `windows.${kind}`, message: `Thiếu các kỳ ${periodKindRules[kind].name.vi}.` });
      continue;
    }
    for (const key of Object.keys(windows)) {
      if (!indexes.includes(Number(key))) {
        problems.push({
          field: `windows.${kind}[${key}]`,
          message: `Không có kỳ ${periodKindRules[kind].name.vi} ${key}; chỉ có ${indexes.join(', ')}.`,
        });
      }
    }
    for (const index of indexes) {
      const field = `windows.${kind}[${index}]`;
      const rule = windows[index];
      if (!rule) {
        problems.push({ field, message: `Thiếu khoảng thời gian của kỳ ${labelPeriodIndex(kind, index)}.` });
        continue;
      }
      checkDay(rule.from, `${field}.from`, problems);
      checkDay(rule.until, `${field}.until`, problems);
    }
  }
}

function checkLengths(calendar: ReportingCalendar, problems: CalendarProblem[]): void {
  for (const kind of periodKinds) {
    for (const index of periodKindRules[kind].indexes) {
      const { from, until } = calendar.windows[kind][index]!;
      const field = `windows.${kind}[${index}]`;
      if (keyOf(until) <= keyOf(from)) {
        problems.push({
          field,
          message: `Kỳ ${labelPeriodIndex(kind, index)} bắt đầu ${describeDay(from)} nên phải kết thúc sau ngày đó (đang là trước ${describeDay(until)}).`,
        });
      } else if (keyOf(until) > keyOf(from) + 10_000) {
        problems.push({ field, message: `Kỳ ${labelPeriodIndex(kind, index)} dài hơn một năm.` });
      }
    }
  }
  const year = calendar.windows.year[1]!;
  if (keyOf(year.until) !== keyOf(year.from) + 10_000) {
    problems.push({
      field: 'windows.year[1].until',
      message: `Kỳ năm bắt đầu ${describeDay(year.from)} nên phải dài đúng một năm, kết thúc trước ${describeDay({ ...year.from, yearOffset: (year.from.yearOffset + 1) as 0 | 1 })}.`,
    });
  }
}

function checkCoverage(calendar: ReportingCalendar, problems: CalendarProblem[]): void {
  const year = calendar.windows.year[1]!;
  for (const kind of partitionKinds.filter((k) => k !== 'year')) {
    const windows = calendar.windows[kind];
    const { indexes } = periodKindRules[kind];
    const first = windows[indexes[0]!]!;
    if (keyOf(first.from) !== keyOf(year.from)) {
      problems.push({
        field: `windows.${kind}[${indexes[0]}].from`,
        message: `Kỳ ${labelPeriodIndex(kind, indexes[0]!)} phải bắt đầu cùng ngày với kỳ năm (${describeDay(year.from)}), không phải ${describeDay(first.from)}.`,
      });
    }
    for (const [position, index] of indexes.slice(1).entries()) {
      const before = windows[indexes[position]!]!;
      const current = windows[index]!;
      const gap = keyOf(current.from) - keyOf(before.until);
      if (gap === 0) continue;
      problems.push({
        field: `windows.${kind}[${index}].from`,
        message: `Kỳ ${labelPeriodIndex(kind, indexes[position]!)} kết thúc trước ${describeDay(before.until)} còn kỳ ${labelPeriodIndex(kind, index)} bắt đầu ${describeDay(current.from)}: ${gap > 0 ? 'để hở' : 'chồng lên nhau'}; các kỳ phải nối liền nhau.`,
      });
    }
    const last = windows[indexes.at(-1)!]!;
    if (keyOf(last.until) !== keyOf(year.until)) {
      problems.push({
        field: `windows.${kind}[${indexes.at(-1)}].until`,
        message: `Kỳ ${labelPeriodIndex(kind, indexes.at(-1)!)} phải kết thúc cùng kỳ năm (trước ${describeDay(year.until)}), không phải trước ${describeDay(last.until)}.`,
      });
    }
  }
}

function checkNesting(calendar: ReportingCalendar, problems: CalendarProblem[]): void {
  const months = calendar.windows.month;
  const year = calendar.windows.year[1]!;
  for (const kind of ['half-year', 'quarter', 'cumulative'] as const) {
    for (const index of periodKindRules[kind].indexes) {
      const rule: WindowRule = calendar.windows[kind][index]!;
      const [, lastMonth] = periodKindRules[kind].monthSpan(index);
      const expected = months[lastMonth]!.until;
      if (keyOf(rule.until) !== keyOf(expected)) {
        problems.push({
          field: `windows.${kind}[${index}].until`,
          message: `Kỳ ${labelPeriodIndex(kind, index)} phải kết thúc cùng tháng ${lastMonth} (trước ${describeDay(expected)}), không phải trước ${describeDay(rule.until)}.`,
        });
      }
      if (kind === 'cumulative' && keyOf(rule.from) !== keyOf(year.from)) {
        problems.push({
          field: `windows.${kind}[${index}].from`,
          message: `Kỳ ${labelPeriodIndex(kind, index)} phải bắt đầu cùng kỳ năm (${describeDay(year.from)}), không phải ${describeDay(rule.from)}.`,
        });
      }
    }
  }
}

/** Checks a calendar (a province's own, read from data); the problems name their fields. */
export function validateReportingCalendar(calendar: ReportingCalendar): ValidatedCalendar {
  const problems: CalendarProblem[] = [];
  for (const check of [checkShape, checkLengths, checkCoverage, checkNesting]) {
    check(calendar, problems);
    if (problems.length > 0) return { ok: false, problems };
  }
  return { ok: true, calendar };
}
