import { describe, expect, it } from 'vitest';
import { listTaskOccurrences } from './task-occurrences.ts';

const period = { from: 2021, to: 2025 };

describe('listTaskOccurrences', () => {
  it('gives one occurrence for a one-off due (Quý I/2022 → 2022-03-31)', () => {
    expect(listTaskOccurrences({ kind: 'once', by: '2022-Q1' }, period)).toEqual([
      { dueDate: '2022-03-31', label: 'Quý I/2022', kind: 'deadline' },
    ]);
    expect(listTaskOccurrences({ kind: 'once', by: '2023-12' }, period)[0]?.dueDate).toBe('2023-12-31');
    expect(listTaskOccurrences({ kind: 'once', by: '2021' }, period)[0]?.dueDate).toBe('2021-12-31');
  });
  it('gives one occurrence per period of a recurring due', () => {
    expect(listTaskOccurrences({ kind: 'recurring', freq: 'yearly', month: 12 }, period).map((o) => o.dueDate)).toEqual(
      ['2021-12-31', '2022-12-31', '2023-12-31', '2024-12-31', '2025-12-31'],
    );
    expect(listTaskOccurrences({ kind: 'recurring', freq: 'half-yearly', month: null }, period)).toHaveLength(10);
    expect(listTaskOccurrences({ kind: 'recurring', freq: 'quarterly', month: null }, period)).toHaveLength(20);
  });
  it('asks about ongoing work ("thường xuyên") once a year', () => {
    expect(listTaskOccurrences({ kind: 'ongoing' }, { from: 2024, to: 2025 })).toEqual([
      { dueDate: '2024-12-31', label: 'Năm 2024 (thường xuyên)', kind: 'check-in' },
      { dueDate: '2025-12-31', label: 'Năm 2025 (thường xuyên)', kind: 'check-in' },
    ]);
  });
  it('gives nothing without a due, and nothing for ongoing work in a plan without years', () => {
    expect(listTaskOccurrences(null, period)).toEqual([]);
    expect(listTaskOccurrences({ kind: 'ongoing' }, { from: null, to: null })).toEqual([]);
  });
});
