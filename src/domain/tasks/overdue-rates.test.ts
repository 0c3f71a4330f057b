import { describe, expect, it } from 'vitest';
import { findCutOff, rankOverdue, totalOverdue } from './overdue-rates.ts';

const year2026 = { from: '2026-01-01', until: '2027-01-01' };
const today = '2026-12-03';

describe('findCutOff', () => {
  it.each([
    ['a running period: today', year2026, today, today],
    ['a past period: its last day', { from: '2025-01-01', until: '2026-01-01' }, today, '2025-12-31'],
  ])('%s', (_, window, day, expected) => {
    expect(findCutOff(window, day)).toBe(expected);
  });
});

describe('rankOverdue', () => {
  const rows = rankOverdue(
    [
      // A: one carried-over debt from 2025, one overdue in 2026, one on time, one not yet due.
      { holder: 'A', dueDate: '2025-12-31', completedOn: null },
      { holder: 'A', dueDate: '2026-03-31', completedOn: null },
      { holder: 'A', dueDate: '2026-06-30', completedOn: '2026-06-01' },
      { holder: 'A', dueDate: '2026-12-31', completedOn: null },
      // B: done late after the deadline counts as overdue only until it was done.
      { holder: 'B', dueDate: '2026-03-31', completedOn: '2026-05-01' },
      { holder: 'B', dueDate: '2026-09-30', completedOn: null },
      // C: due after the period — not counted at all.
      { holder: 'C', dueDate: '2027-03-31', completedOn: null },
    ],
    year2026,
    today,
  );

  it('counts both rates per holder and ranks the most overdue first', () => {
    expect(rows).toEqual([
      {
        holder: 'A',
        dueByEnd: 4,
        overdue: 2,
        dueInPeriod: 3,
        overdueInPeriod: 1,
        rateOverAll: 0.5,
        rateInPeriod: 1 / 3,
      },
      {
        holder: 'B',
        dueByEnd: 2,
        overdue: 1,
        dueInPeriod: 2,
        overdueInPeriod: 1,
        rateOverAll: 0.5,
        rateInPeriod: 0.5,
      },
    ]);
  });

  it('sums the rows', () => {
    expect(totalOverdue(rows)).toEqual({
      dueByEnd: 6,
      overdue: 3,
      dueInPeriod: 5,
      overdueInPeriod: 2,
      rateOverAll: 0.5,
      rateInPeriod: 0.4,
    });
  });

  it('reads a past period as of its last day: a debt paid later still counts', () => {
    const [row] = rankOverdue(
      [{ holder: 'A', dueDate: '2025-06-30', completedOn: '2026-02-01' }],
      { from: '2025-01-01', until: '2026-01-01' },
      today,
    );
    expect(row).toMatchObject({ overdue: 1, overdueInPeriod: 1, rateInPeriod: 1 });
  });

  it('gives no rate when nothing was due', () => {
    expect(totalOverdue([])).toMatchObject({ rateOverAll: null, rateInPeriod: null });
  });
});
