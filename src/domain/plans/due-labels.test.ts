import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDueBy, formatReportingDay, formatTaskDue, parseReportingDay, parseTaskDue } from './due-labels.ts';
import type { Frequency, TaskDue } from './plan-model.ts';
import { scheduleOnce } from './schedule-task-due.ts';

describe('formatTaskDue', () => {
  it.each<[TaskDue | null, string]>([
    [null, ''],
    [{ kind: 'ongoing' }, 'Thường xuyên'],
    [{ kind: 'once', by: '2022-Q1' }, 'Quý I/2022'],
    [{ kind: 'once', by: '2022-Q2' }, 'Quý II/2022'],
    [{ kind: 'once', by: '2022-Q3' }, 'Quý III/2022'],
    [{ kind: 'once', by: '2022-Q4' }, 'Quý IV/2022'],
    [{ kind: 'once', by: '2026-H1' }, '6 tháng đầu năm 2026'],
    [{ kind: 'once', by: '2026-H2' }, '6 tháng cuối năm 2026'],
    [{ kind: 'once', by: '2026-04' }, 'Tháng 4/2026'],
    [{ kind: 'once', by: '2021-12' }, 'Tháng 12/2021'],
    [{ kind: 'once', by: '2026' }, 'Năm 2026'],
    [{ kind: 'once', by: '2023-12-15' }, '15/12/2023'],
    [{ kind: 'once', by: '2024-09', date: '2024-09-30' }, '30/09/2024'],
    [{ kind: 'recurring', freq: 'yearly', month: null }, 'Hằng năm'],
    [{ kind: 'recurring', freq: 'yearly', month: 12 }, 'Tháng 12 hằng năm'],
    [{ kind: 'recurring', freq: 'half-yearly', month: null }, '6 tháng một lần'],
    [{ kind: 'recurring', freq: 'quarterly', month: null }, 'Hằng quý'],
    [{ kind: 'recurring', freq: 'monthly', month: null }, 'Hằng tháng'],
  ])('%j reads "%s"', (due, text) => {
    expect(formatTaskDue(due)).toBe(text);
  });

  it('keeps a `by` it cannot read as it is', () => {
    expect(formatDueBy('sớm')).toBe('sớm');
  });
});

describe('parseTaskDue', () => {
  it.each<[string, TaskDue | null]>([
    ['', null],
    ['   ', null],
    ['Thường xuyên', { kind: 'ongoing' }],
    ['thuong xuyen', { kind: 'ongoing' }],
    ['Liên tục', { kind: 'ongoing' }],
    ['Quý I/2022', { kind: 'once', by: '2022-Q1' }],
    ['quý iv / 2022', { kind: 'once', by: '2022-Q4' }],
    ['Quý 3/2022', { kind: 'once', by: '2022-Q3' }],
    ['Quý II năm 2023', { kind: 'once', by: '2023-Q2' }],
    ['Q1/2022', { kind: 'once', by: '2022-Q1' }],
    ['2022-Q1', { kind: 'once', by: '2022-Q1' }],
    ['6 tháng đầu năm 2026', { kind: 'once', by: '2026-H1' }],
    ['6 thang cuoi nam 2026', { kind: 'once', by: '2026-H2' }],
    ['2026-H2', { kind: 'once', by: '2026-H2' }],
    ['Tháng 4/2026', { kind: 'once', by: '2026-04' }],
    ['tháng 04/2026', { kind: 'once', by: '2026-04' }],
    ['Tháng 12 năm 2021', { kind: 'once', by: '2021-12' }],
    ['4/2026', { kind: 'once', by: '2026-04' }],
    ['2026-04', { kind: 'once', by: '2026-04' }],
    ['Năm 2026', { kind: 'once', by: '2026' }],
    ['2026', { kind: 'once', by: '2026' }],
    ['15/12/2026', { kind: 'once', by: '2026-12', date: '2026-12-15' }],
    ['04/08/2021', { kind: 'once', by: '2021-08', date: '2021-08-04' }],
    ['4.8.2021', { kind: 'once', by: '2021-08', date: '2021-08-04' }],
    ['trước ngày 30/9/2024', { kind: 'once', by: '2024-09', date: '2024-09-30' }],
    ['ngày 15 tháng 12 năm 2026', { kind: 'once', by: '2026-12', date: '2026-12-15' }],
    ['2026-12-15', { kind: 'once', by: '2026-12', date: '2026-12-15' }],
    ['Hằng năm', { kind: 'recurring', freq: 'yearly', month: null }],
    ['hàng năm', { kind: 'recurring', freq: 'yearly', month: null }],
    ['Định kỳ hằng năm', { kind: 'recurring', freq: 'yearly', month: null }],
    ['Tháng 12 hằng năm', { kind: 'recurring', freq: 'yearly', month: 12 }],
    ['Tháng 12 hàng năm.', { kind: 'recurring', freq: 'yearly', month: 12 }],
    ['tháng 6, hằng năm', { kind: 'recurring', freq: 'yearly', month: 6 }],
    ['6 tháng một lần', { kind: 'recurring', freq: 'half-yearly', month: null }],
    ['Định kỳ 6 tháng', { kind: 'recurring', freq: 'half-yearly', month: null }],
    ['Hằng quý', { kind: 'recurring', freq: 'quarterly', month: null }],
    ['hàng tháng', { kind: 'recurring', freq: 'monthly', month: null }],
  ])('"%s" is %j', (text, due) => {
    expect(parseTaskDue(text)).toEqual({ ok: true, due });
  });

  it.each([
    'sớm',
    'Quý V/2022',
    'Quý 5/2022',
    'Tháng 13/2026',
    'Tháng 0/2026',
    '31/02/2026',
    '32/1/2026',
    'Năm 26',
    'Năm 3000',
    '2026-Q5',
    'Tháng 13 hằng năm',
    '2022-Q1 và 2022-Q2',
  ])('refuses "%s" in Vietnamese, naming the field', (text) => {
    const parsed = parseTaskDue(text, 'Nhiệm vụ 3, thời hạn');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.message).toMatch(/^Nhiệm vụ 3, thời hạn: không hiểu "/);
      expect(parsed.message).toContain('Quý I/2022');
    }
  });

  it('names "Thời hạn" by default', () => {
    expect(parseTaskDue('abc')).toMatchObject({ ok: false, message: expect.stringMatching(/^Thời hạn:/) });
  });

  const year = fc.integer({ min: 1900, max: 2200 });
  const frequencies: Frequency[] = ['yearly', 'half-yearly', 'quarterly', 'monthly'];
  const due: fc.Arbitrary<TaskDue> = fc.oneof(
    fc.constant<TaskDue>({ kind: 'ongoing' }),
    fc.tuple(year, fc.integer({ min: 1, max: 4 })).map(([y, q]): TaskDue => ({ kind: 'once', by: `${y}-Q${q}` })),
    fc.tuple(year, fc.integer({ min: 1, max: 2 })).map(([y, h]): TaskDue => ({ kind: 'once', by: `${y}-H${h}` })),
    fc
      .tuple(year, fc.integer({ min: 1, max: 12 }))
      .map(([y, m]): TaskDue => ({ kind: 'once', by: `${y}-${String(m).padStart(2, '0')}` })),
    year.map((y): TaskDue => ({ kind: 'once', by: String(y) })),
    fc.date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }).map((d): TaskDue => {
      const date = d.toISOString().slice(0, 10);
      return { kind: 'once', by: date.slice(0, 7), date };
    }),
    fc.integer({ min: 1, max: 12 }).map((month): TaskDue => ({ kind: 'recurring', freq: 'yearly', month })),
    fc.constantFrom(...frequencies).map((freq): TaskDue => ({ kind: 'recurring', freq, month: null })),
  );

  it('reads back every due it writes', () => {
    fc.assert(
      fc.property(due, (value) => {
        expect(parseTaskDue(formatTaskDue(value))).toEqual({ ok: true, due: value });
      }),
    );
  });

  it('gives only `by` values the scheduler understands', () => {
    fc.assert(
      fc.property(due, (value) => {
        const parsed = parseTaskDue(formatTaskDue(value));
        if (parsed.ok && parsed.due?.kind === 'once') expect(scheduleOnce(parsed.due.by)).not.toBeNull();
      }),
    );
  });
});

describe('reporting deadlines', () => {
  it.each([
    [null, ''],
    ['12-15', '15/12'],
    ['06-30', '30/06'],
    ['12', 'Tháng 12'],
    ['6', 'Tháng 6'],
  ])('%s reads "%s"', (due, text) => {
    expect(formatReportingDay(due)).toBe(text);
  });

  it.each([
    ['', null],
    ['15/12', '12-15'],
    ['5/6', '06-05'],
    ['trước ngày 15/12', '12-15'],
    ['ngày 15 tháng 12', '12-15'],
    ['29/2', '02-29'],
    ['Tháng 12', '12'],
    ['tháng 6', '06'],
  ])('"%s" is %s', (text, due) => {
    expect(parseReportingDay(text)).toEqual({ ok: true, due });
  });

  it.each(['31/4', '30/2', '15/13', '0/5', 'Tháng 13', 'cuối năm', '2025'])(
    'refuses "%s", naming the field',
    (text) => {
      const parsed = parseReportingDay(text, 'Báo cáo 2, hạn');
      expect(parsed).toMatchObject({ ok: false, message: expect.stringMatching(/^Báo cáo 2, hạn: không hiểu "/) });
    },
  );

  it('reads back every deadline it writes', () => {
    for (let month = 1; month <= 12; month++) {
      const mm = String(month).padStart(2, '0');
      expect(parseReportingDay(formatReportingDay(mm))).toEqual({ ok: true, due: mm });
      for (let day = 1; day <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!; day++) {
        const due = `${mm}-${String(day).padStart(2, '0')}`;
        expect(parseReportingDay(formatReportingDay(due))).toEqual({ ok: true, due });
      }
    }
  });
});
