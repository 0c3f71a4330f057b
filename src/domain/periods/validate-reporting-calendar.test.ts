import { describe, expect, it } from 'vitest';
import { addDays, findLastDay } from './iso-dates.ts';
import { formatPeriod, requirePeriod } from './period-ids.ts';
import { partitionKinds } from './period-kinds.ts';
import { nextPeriod, previousPeriod } from './period-sequence.ts';
import { isDateInPeriod, periodContaining, windowOf } from './period-windows.ts';
import {
  buildCutOffCalendar,
  type CalendarDay,
  calendarYear,
  decree09Calendar,
  type ReportingCalendar,
  type WindowRule,
} from './reporting-calendars.ts';
import { validateReportingCalendar } from './validate-reporting-calendar.ts';

const province = (firstDay: number) =>
  buildCutOffCalendar({
    id: `tinh-thu-chot-ngay-${firstDay}`,
    name: { vi: `Chốt số liệu ngày ${firstDay - 1}`, en: `Cut-off on day ${firstDay - 1}` },
    basis: 'Quyết định của UBND tỉnh (ví dụ)',
    firstDay,
  });

const on = (month: number, day: number, yearOffset: -1 | 0 | 1 = 0): CalendarDay => ({ yearOffset, month, day });

/** A copy of the calendar with one kind's windows replaced (indexes not given are kept). */
function change(
  calendar: ReportingCalendar,
  kind: keyof ReportingCalendar['windows'],
  windows: Record<number, WindowRule | undefined>,
): ReportingCalendar {
  return { ...calendar, windows: { ...calendar.windows, [kind]: { ...calendar.windows[kind], ...windows } } };
}

function problemsOf(calendar: ReportingCalendar) {
  const result = validateReportingCalendar(calendar);
  return result.ok ? [] : result.problems;
}

describe('built-in and province calendars', () => {
  it.each([calendarYear, decree09Calendar])('$id is valid', (calendar) => {
    expect(validateReportingCalendar(calendar)).toEqual({ ok: true, calendar });
  });

  it('buildCutOffCalendar gives Decree 09 with day 15 and the calendar year with day 1', () => {
    expect(province(15).windows).toEqual(decree09Calendar.windows);
    expect(province(1).windows).toEqual(calendarYear.windows);
  });

  it.each(Array.from({ length: 28 }, (_, i) => i + 1))('a cut-off starting on day %i is valid', (firstDay) => {
    expect(problemsOf(province(firstDay))).toEqual([]);
  });

  it('a province cutting off on the 20th: 21/12 → 20/12, and every date of 2020–2028 in one period of each kind', () => {
    const calendar = province(21);
    const window = windowOf(requirePeriod('2026'), calendar);
    expect([window.from, findLastDay(window)]).toEqual(['2025-12-21', '2026-12-20']);
    expect(formatPeriod(periodContaining('2026-12-20', 'year', calendar))).toBe('2026');
    expect(formatPeriod(periodContaining('2026-12-21', 'year', calendar))).toBe('2027');
    expect(formatPeriod(periodContaining('2026-03-21', 'quarter', calendar))).toBe('2026Q2');
    const wrong: string[] = [];
    for (let date = '2020-01-01'; date <= '2028-12-31'; date = addDays(date, 1)) {
      for (const kind of partitionKinds) {
        const found = periodContaining(date, kind, calendar);
        const holding = [previousPeriod(found), found, nextPeriod(found)].filter((p) =>
          isDateInPeriod(date, p, calendar),
        );
        if (holding.length !== 1) wrong.push(`${kind} ${date}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('validateReportingCalendar names the field of each broken rule', () => {
  it.each<[string, ReportingCalendar, { field: string; message: string }]>([
    [
      'an id that is not kebab-case',
      { ...decree09Calendar, id: 'Tỉnh 82' },
      {
        field: 'id',
        message: 'Mã lịch chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ "tinh-82-bao-cao".',
      },
    ],
    [
      'no Vietnamese name',
      { ...decree09Calendar, name: { vi: ' ', en: 'x' } },
      { field: 'name.vi', message: 'Thiếu tên lịch bằng tiếng Việt.' },
    ],
    [
      'no basis',
      { ...decree09Calendar, basis: '' },
      { field: 'basis', message: 'Thiếu căn cứ (văn bản quy định lịch này).' },
    ],
    [
      'a missing quarter',
      change(decree09Calendar, 'quarter', { 3: undefined }),
      { field: 'windows.quarter[3]', message: 'Thiếu khoảng thời gian của kỳ quý III.' },
    ],
    [
      'a fifth quarter',
      change(decree09Calendar, 'quarter', { 5: { from: on(12, 15), until: on(12, 15, 1) } }),
      { field: 'windows.quarter[5]', message: 'Không có kỳ quý 5; chỉ có 1, 2, 3, 4.' },
    ],
    [
      'a missing kind',
      { ...decree09Calendar, windows: { ...decree09Calendar.windows, cumulative: undefined } } as never,
      { field: 'windows.cumulative', message: 'Thiếu các kỳ lũy kế từ đầu năm.' },
    ],
    [
      'month 13',
      change(decree09Calendar, 'month', { 2: { from: on(13, 15), until: on(2, 15) } }),
      { field: 'windows.month[2].from.month', message: 'Tháng phải từ 1 đến 12, không nhận 13.' },
    ],
    [
      '31 April',
      change(calendarYear, 'month', { 4: { from: on(4, 1), until: on(4, 31) } }),
      { field: 'windows.month[4].until.day', message: 'Tháng 4 không có ngày 31.' },
    ],
    [
      '29 February',
      change(calendarYear, 'month', { 2: { from: on(2, 1), until: on(2, 29) } }),
      {
        field: 'windows.month[2].until.day',
        message: 'Ngày 29/02 chỉ có trong năm nhuận; lấy 01/03 làm ngày bắt đầu kỳ sau.',
      },
    ],
    [
      'a year offset of 2',
      change(calendarYear, 'year', { 1: { from: on(1, 1), until: { yearOffset: 2 as 1, month: 1, day: 1 } } }),
      {
        field: 'windows.year[1].until.yearOffset',
        message: 'Chỉ nhận -1 (năm trước), 0 (trong năm) hoặc 1 (năm sau), không nhận 2.',
      },
    ],
    [
      'a window that ends before it starts',
      change(decree09Calendar, 'month', { 5: { from: on(5, 15), until: on(4, 15) } }),
      {
        field: 'windows.month[5]',
        message: 'Kỳ tháng 5 bắt đầu 15/05 nên phải kết thúc sau ngày đó (đang là trước 15/04).',
      },
    ],
    [
      'a window longer than a year',
      change(decree09Calendar, 'cumulative', { 12: { from: on(12, 15, -1), until: on(12, 16) } }),
      { field: 'windows.cumulative[12]', message: 'Kỳ 12 tháng dài hơn một năm.' },
    ],
    [
      'a year shorter than a year',
      change(decree09Calendar, 'year', { 1: { from: on(12, 15, -1), until: on(12, 1) } }),
      {
        field: 'windows.year[1].until',
        message: 'Kỳ năm bắt đầu 15/12 năm trước nên phải dài đúng một năm, kết thúc trước 15/12.',
      },
    ],
    [
      'a gap between quarters',
      change(decree09Calendar, 'quarter', { 2: { from: on(3, 16), until: on(6, 15) } }),
      {
        field: 'windows.quarter[2].from',
        message: 'Kỳ quý I kết thúc trước 15/03 còn kỳ quý II bắt đầu 16/03: để hở; các kỳ phải nối liền nhau.',
      },
    ],
    [
      'overlapping months',
      change(decree09Calendar, 'month', { 8: { from: on(7, 10), until: on(8, 15) } }),
      {
        field: 'windows.month[8].from',
        message:
          'Kỳ tháng 7 kết thúc trước 15/07 còn kỳ tháng 8 bắt đầu 10/07: chồng lên nhau; các kỳ phải nối liền nhau.',
      },
    ],
    [
      'halves starting after the year',
      change(decree09Calendar, 'half-year', { 1: { from: on(1, 1), until: on(6, 15) } }),
      {
        field: 'windows.half-year[1].from',
        message: 'Kỳ 6 tháng đầu năm phải bắt đầu cùng ngày với kỳ năm (15/12 năm trước), không phải 01/01.',
      },
    ],
    [
      'months ending before the year does',
      change(decree09Calendar, 'month', { 12: { from: on(11, 15), until: on(12, 1) } }),
      {
        field: 'windows.month[12].until',
        message: 'Kỳ tháng 12 phải kết thúc cùng kỳ năm (trước 15/12), không phải trước 01/12.',
      },
    ],
    [
      'quarters by calendar months inside a Decree 09 year',
      change(decree09Calendar, 'quarter', {
        1: { from: on(12, 15, -1), until: on(4, 1) },
        2: { from: on(4, 1), until: on(7, 1) },
        3: { from: on(7, 1), until: on(10, 1) },
        4: { from: on(10, 1), until: on(12, 15) },
      }),
      {
        field: 'windows.quarter[1].until',
        message: 'Kỳ quý I phải kết thúc cùng tháng 3 (trước 15/03), không phải trước 01/04.',
      },
    ],
    [
      'a 9-month report starting in January of a Decree 09 year',
      change(decree09Calendar, 'cumulative', { 9: { from: on(1, 1), until: on(9, 15) } }),
      {
        field: 'windows.cumulative[9].from',
        message: 'Kỳ 9 tháng phải bắt đầu cùng kỳ năm (15/12 năm trước), không phải 01/01.',
      },
    ],
    [
      'a 9-month report ending with August',
      change(decree09Calendar, 'cumulative', { 9: { from: on(12, 15, -1), until: on(8, 15) } }),
      {
        field: 'windows.cumulative[9].until',
        message: 'Kỳ 9 tháng phải kết thúc cùng tháng 9 (trước 15/09), không phải trước 15/08.',
      },
    ],
  ])('%s', (_case, calendar, problem) => {
    expect(problemsOf(calendar)).toContainEqual(problem);
  });

  it('a cut-off day that does not exist in every month is refused on the first window it breaks', () => {
    expect(problemsOf(province(31))[0]).toEqual({
      field: 'windows.half-year[1].until.day',
      message: 'Tháng 6 không có ngày 31.',
    });
    expect(problemsOf(province(29))[0]).toEqual({
      field: 'windows.month[2].until.day',
      message: 'Ngày 29/02 chỉ có trong năm nhuận; lấy 01/03 làm ngày bắt đầu kỳ sau.',
    });
  });

  it('reports every shape problem at once, then stops before the rules between windows', () => {
    const calendar = { ...change(decree09Calendar, 'quarter', { 3: undefined }), id: '', basis: '' };
    expect(problemsOf(calendar).map((problem) => problem.field)).toEqual(['id', 'basis', 'windows.quarter[3]']);
  });
});
