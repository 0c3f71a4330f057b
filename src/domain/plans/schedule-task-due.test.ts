import { describe, expect, it } from 'vitest';
import { planYears, scheduleOnce, scheduleTaskDue } from './schedule-task-due.ts';

const period = { from: 2021, to: 2025 };

describe('scheduleTaskDue', () => {
  it.each([
    ['2022-Q1', '2022-03-31', 'Quý I/2022'],
    ['2022-Q4', '2022-12-31', 'Quý IV/2022'],
    ['2021-12', '2021-12-31', 'Tháng 12/2021'],
    ['2024-02', '2024-02-29', 'Tháng 2/2024'],
    ['2023', '2023-12-31', 'Năm 2023'],
    ['2023-H1', '2023-06-30', '6 tháng đầu năm 2023'],
    ['2023-12-15', '2023-12-15', 'Ngày 15/12/2023'],
  ])('a one-off due %s is due on %s', (by, dueDate, label) => {
    expect(scheduleTaskDue({ kind: 'once', by }, period)).toEqual([{ dueDate, label }]);
  });

  it('ignores a one-off due it cannot read', () => {
    expect(scheduleTaskDue({ kind: 'once', by: '2023-13' }, period)).toEqual([]);
    expect(scheduleOnce('2023-02-30')).toBeNull();
    expect(scheduleOnce('sớm')).toBeNull();
  });

  it('repeats a yearly due in month 12 once per plan year', () => {
    const deadlines = scheduleTaskDue({ kind: 'recurring', freq: 'yearly', month: 12 }, period);
    expect(deadlines.map((d) => d.dueDate)).toEqual([
      '2021-12-31',
      '2022-12-31',
      '2023-12-31',
      '2024-12-31',
      '2025-12-31',
    ]);
    expect(deadlines[0]?.label).toBe('Tháng 12/2021');
  });

  it('puts a yearly due without a month at the end of each year', () => {
    expect(scheduleTaskDue({ kind: 'recurring', freq: 'yearly', month: null }, { from: 2024, to: 2024 })).toEqual([
      { dueDate: '2024-12-31', label: 'Năm 2024' },
    ]);
  });

  it('expands half-yearly, quarterly and monthly dues', () => {
    expect(
      scheduleTaskDue({ kind: 'recurring', freq: 'half-yearly', month: null }, { from: 2024, to: 2025 }).map(
        (d) => d.dueDate,
      ),
    ).toEqual(['2024-06-30', '2024-12-31', '2025-06-30', '2025-12-31']);
    const quarters = scheduleTaskDue({ kind: 'recurring', freq: 'quarterly', month: null }, { from: 2024, to: 2024 });
    expect(quarters.map((d) => d.label)).toEqual(['Quý I/2024', 'Quý II/2024', 'Quý III/2024', 'Quý IV/2024']);
    const months = scheduleTaskDue({ kind: 'recurring', freq: 'monthly', month: null }, { from: 2024, to: 2024 });
    expect(months).toHaveLength(12);
    expect(months[1]).toEqual({ dueDate: '2024-02-29', label: 'Tháng 2/2024' });
  });

  it('has no deadline for ongoing work or no due', () => {
    expect(scheduleTaskDue({ kind: 'ongoing' }, period)).toEqual([]);
    expect(scheduleTaskDue(null, period)).toEqual([]);
  });

  it('uses the one known end of the period, and none when neither is known', () => {
    expect(planYears({ from: null, to: 2030 })).toEqual([2030]);
    expect(planYears({ from: 2026, to: null })).toEqual([2026]);
    expect(planYears({ from: null, to: null })).toEqual([]);
    expect(planYears({ from: 2030, to: 2026 })).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(planYears({ from: 1000, to: 2030 })).toEqual([2030]);
  });

  it('caps a very long period', () => {
    expect(planYears({ from: 1950, to: 2100 })).toHaveLength(30);
  });
});

describe('scheduleTaskDue with a written day', () => {
  it('uses the day kept in date over the month in by', () => {
    expect(
      scheduleTaskDue({ kind: 'once', by: '2024-09', date: '2024-09-15' }, { from: 2024, to: 2024 }).map(
        (d) => d.dueDate,
      ),
    ).toEqual(['2024-09-15']);
  });
});
