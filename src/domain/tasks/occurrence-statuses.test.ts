import { describe, expect, it } from 'vitest';
import { findCurrentOccurrence, listOccurrenceStatuses, listSharedOccurrences } from './occurrence-statuses.ts';
import { listTaskOccurrences } from './task-occurrences.ts';

const today = '2026-12-03';

describe('listOccurrenceStatuses for a plan of an old district (2024–2026), against 2026-12-03', () => {
  const occurrences = listTaskOccurrences({ kind: 'recurring', freq: 'yearly', month: 12 }, { from: 2024, to: 2026 });
  const reported = new Map([
    ['2024-12-31', { percent: 100, completedOn: '2024-12-20' }],
    ['2025-12-31', { percent: 100, completedOn: '2026-01-15' }],
    ['2026-12-31', { percent: 60, completedOn: null }],
  ]);
  const rows = listOccurrenceStatuses(occurrences, reported, today);

  it.each([
    [0, 'Tháng 12/2024', 'done_on_time', null, 100],
    [1, 'Tháng 12/2025', 'done_late', null, 100],
    [2, 'Tháng 12/2026', 'in_progress', null, 60],
  ])('occurrence %i (%s) is %s', (index, label, status, dueSoon, percent) => {
    expect(rows[index]).toMatchObject({ label, status, dueSoon, percent });
  });

  it('shows the earliest open occurrence first', () => {
    expect(findCurrentOccurrence(rows)?.label).toBe('Tháng 12/2026');
  });

  it('marks an unreported past deadline overdue and a near one due soon', () => {
    const once = listOccurrenceStatuses(
      [
        { dueDate: '2026-12-01', label: 'a', kind: 'deadline' },
        { dueDate: '2026-12-06', label: 'b', kind: 'deadline' },
      ],
      new Map(),
      today,
    );
    expect(once.map((row) => [row.status, row.dueSoon])).toEqual([
      ['overdue', null],
      ['in_progress', 3],
    ]);
  });

  it('shows the last occurrence once all are done, and none for a task without deadlines', () => {
    const done = listOccurrenceStatuses(
      [{ dueDate: '2024-03-31', label: 'Quý I/2024', kind: 'deadline' }],
      new Map([['2024-03-31', { percent: 100, completedOn: '2024-03-01' }]]),
      today,
    );
    expect(findCurrentOccurrence(done)?.label).toBe('Quý I/2024');
    expect(findCurrentOccurrence([])).toBeNull();
  });
});

describe('listSharedOccurrences', () => {
  it.each([
    [{ kind: 'once', by: '2022-Q1' } as const],
    [{ kind: 'recurring', freq: 'quarterly', month: null } as const],
    [{ kind: 'ongoing' } as const],
    [null],
  ])('gives what listTaskOccurrences gives for %j, once per due and period', (due) => {
    const period = { from: 2021, to: 2023 };
    const shared = listSharedOccurrences(due, period);
    expect(shared).toEqual(listTaskOccurrences(due, period));
    expect(listSharedOccurrences(due, period)).toBe(shared);
    expect(Object.isFrozen(shared)).toBe(true);
  });
});
