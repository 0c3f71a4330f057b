import { describe, expect, it } from 'vitest';
import {
  countDaysBetween,
  describeDueSoon,
  findOccurrenceStatus,
  taskStatusLabels,
  taskStatuses,
} from './task-status.ts';

const today = '2026-12-03';

describe('findOccurrenceStatus against a fixed today (2026-12-03)', () => {
  const cases: [string, { dueDate: string; completedOn: string | null }, object][] = [
    [
      'done before the deadline',
      { dueDate: '2026-12-31', completedOn: '2026-11-20' },
      { status: 'done_on_time', daysLate: 0 },
    ],
    [
      'done on the deadline day',
      { dueDate: '2026-03-31', completedOn: '2026-03-31' },
      { status: 'done_on_time', daysLate: 0 },
    ],
    ['done a day late', { dueDate: '2026-03-31', completedOn: '2026-04-01' }, { status: 'done_late', daysLate: 1 }],
    [
      'done a year late, across a leap day',
      { dueDate: '2023-12-31', completedOn: '2024-12-31' },
      { status: 'done_late', daysLate: 366 },
    ],
    [
      'done early on a deadline still ahead',
      { dueDate: '2030-12-31', completedOn: '2026-01-10' },
      { status: 'done_on_time' },
    ],
    [
      'not done, deadline yesterday',
      { dueDate: '2026-12-02', completedOn: null },
      { status: 'overdue', daysLate: 1, daysLeft: -1, dueSoon: null },
    ],
    [
      'not done, deadline long past',
      { dueDate: '2022-03-31', completedOn: null },
      { status: 'overdue', daysLate: 1708 },
    ],
    [
      'not done, due today',
      { dueDate: '2026-12-03', completedOn: null },
      { status: 'in_progress', daysLeft: 0, dueSoon: 1 },
    ],
    [
      'not done, due tomorrow',
      { dueDate: '2026-12-04', completedOn: null },
      { status: 'in_progress', daysLeft: 1, dueSoon: 1 },
    ],
    [
      'not done, 2 days left',
      { dueDate: '2026-12-05', completedOn: null },
      { status: 'in_progress', daysLeft: 2, dueSoon: 3 },
    ],
    [
      'not done, 3 days left',
      { dueDate: '2026-12-06', completedOn: null },
      { status: 'in_progress', daysLeft: 3, dueSoon: 3 },
    ],
    [
      'not done, 4 days left',
      { dueDate: '2026-12-07', completedOn: null },
      { status: 'in_progress', daysLeft: 4, dueSoon: 7 },
    ],
    [
      'not done, 7 days left',
      { dueDate: '2026-12-10', completedOn: null },
      { status: 'in_progress', daysLeft: 7, dueSoon: 7 },
    ],
    [
      'not done, 8 days left',
      { dueDate: '2026-12-11', completedOn: null },
      { status: 'in_progress', daysLeft: 8, dueSoon: null },
    ],
    [
      'not done, deadline next year',
      { dueDate: '2027-12-31', completedOn: null },
      { status: 'in_progress', dueSoon: null },
    ],
  ];
  for (const [name, occurrence, expected] of cases)
    it(name, () => expect(findOccurrenceStatus(occurrence, today)).toMatchObject(expected));

  it('treats the status of a plan whose issuing unit no longer exists by its dates alone', () => {
    // A 2021–2025 plan of an abolished district: its 2025 occurrence is simply overdue now.
    expect(findOccurrenceStatus({ dueDate: '2025-12-31', completedOn: null }, today).status).toBe('overdue');
  });
});

describe('labels and helpers', () => {
  it('labels every status in Vietnamese and English, overdue first', () => {
    expect(taskStatuses[0]).toBe('overdue');
    for (const status of taskStatuses) {
      expect(taskStatusLabels[status].vi).toMatch(/[À-ỹ]/);
      expect(taskStatusLabels[status].en).not.toBe('');
    }
  });
  it('says how soon a deadline is', () => {
    expect(describeDueSoon(findOccurrenceStatus({ dueDate: '2026-12-06', completedOn: null }, today))).toBe(
      'Sắp đến hạn (còn 3 ngày)',
    );
    expect(describeDueSoon(findOccurrenceStatus({ dueDate: today, completedOn: null }, today))).toBe('Đến hạn hôm nay');
    expect(describeDueSoon(findOccurrenceStatus({ dueDate: '2027-01-30', completedOn: null }, today))).toBeNull();
    expect(describeDueSoon(findOccurrenceStatus({ dueDate: '2026-12-04', completedOn: null }, today), 'en')).toBe(
      'Due soon (1 day left)',
    );
  });
  it('counts days across month and year ends', () => {
    expect(countDaysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(countDaysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(countDaysBetween('2026-03-01', '2026-02-28')).toBe(-1);
  });
});
