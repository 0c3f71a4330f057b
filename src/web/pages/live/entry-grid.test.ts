import { describe, expect, it } from 'vitest';
import type { Rollup } from '../../api/types.ts';
import { cellKey, collectChanges, prefillFromRollups, problemsByCell } from './entry-grid.ts';

const rollup: Rollup = {
  indicatorId: 'labour-trained-rate',
  unitId: 'p-1',
  period: '2026',
  asOf: '2026-12-03',
  disaggregation: '',
  value: 50,
  numerator: 5,
  denominator: 10,
  coverage: { reported: 1, expected: 2 },
  byUnit: [
    { unitId: 'c-1', name: 'Xã A', value: 50, numerator: 5, denominator: 10, reported: true, apportioned: false },
    { unitId: 'c-2', name: 'Xã B', value: 40, numerator: 4, denominator: 10, reported: true, apportioned: true },
  ],
};

describe('value entry grid', () => {
  it('prefills only the units’ own reported values', () => {
    const stored = prefillFromRollups([rollup]);
    expect(stored.get(cellKey('c-1', 'labour-employed-trained'))).toBe(5);
    expect(stored.get(cellKey('c-1', 'labour-employed'))).toBe(10);
    expect(stored.has(cellKey('c-2', 'labour-employed'))).toBe(false);
  });

  it('sends changed cells only, null to delete, and keeps text that is not a number back', () => {
    const stored = new Map([[cellKey('c-1', 'e-1'), 1500]]);
    const texts = new Map([
      [cellKey('c-1', 'e-1'), '1.500'],
      [cellKey('c-1', 'e-2'), '2.000,5'],
      [cellKey('c-2', 'e-1'), 'x'],
      [cellKey('c-2', 'e-2'), ''],
    ]);
    const changes = collectChanges(texts, stored, '2026', 'vi');
    expect(changes.cells).toEqual([{ unitId: 'c-1', dataElementId: 'e-2', period: '2026', value: 2000.5 }]);
    expect(changes.invalid).toEqual([cellKey('c-2', 'e-1')]);
    const deleting = collectChanges(new Map([[cellKey('c-1', 'e-1'), '']]), stored, '2026', 'vi');
    expect(deleting.cells[0]?.value).toBeNull();
  });

  it('puts each problem beside the cell it names', () => {
    const byCell = problemsByCell(
      [
        { field: 'values.1.value', message: 'Quá lớn', needsConfirmation: true },
        { field: 'calendarId', message: 'Lịch sai', needsConfirmation: false },
      ],
      ['a', 'b'],
    );
    expect(byCell.get('b')).toEqual([{ message: 'Quá lớn', needsConfirmation: true }]);
    expect(byCell.get('')?.[0]?.message).toBe('Lịch sai');
  });
});
