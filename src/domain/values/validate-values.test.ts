import { describe, expect, it } from 'vitest';
import { seedCatalogue } from '../indicators/catalogue/index.ts';
import {
  cellId,
  formatNumber,
  type IncomingCell,
  type StoredCell,
  type ValidateValuesInput,
  validateValues,
} from './validate-values.ts';

const names = {
  unitName: (id: string) => ({ c1: 'Xã An Hòa', c2: 'Xã Bình Minh' })[id] ?? id,
  periodLabel: (period: string) => `Năm ${period}`,
};
const employed = 'labour-employed';
const trained = 'labour-employed-trained';
const retrained = 'labour-retrained';

let position = 0;
function cell(dataElementId: string, value: number | null, extra: Partial<IncomingCell> = {}): IncomingCell {
  return {
    index: position++,
    dataElementId,
    unitId: 'c1',
    period: '2026',
    disaggregation: '',
    value,
    confirm: false,
    ...extra,
  };
}
const stored = (dataElementId: string, value: number, extra: Partial<StoredCell> = {}): StoredCell => ({
  dataElementId,
  unitId: 'c1',
  period: '2026',
  disaggregation: '',
  value,
  ...extra,
});

function validate(input: Partial<ValidateValuesInput> & { cells: IncomingCell[] }) {
  position = 0;
  return validateValues({ stored: [], history: new Map(), catalogue: seedCatalogue, names, ...input });
}

describe('validateValues', () => {
  it('accepts sound values, deletions and an empty batch', () => {
    expect(validate({ cells: [] })).toEqual([]);
    expect(validate({ cells: [cell(employed, 100), cell(trained, 70), cell(retrained, null)] })).toEqual([]);
    expect(validate({ cells: [cell(employed, 0), cell(trained, 0)] })).toEqual([]);
  });

  it('refuses negative and non-finite numbers, naming the cell', () => {
    const problems = validate({ cells: [cell(employed, -5), cell(trained, Number.NaN)] });
    expect(problems.map((problem) => problem.field)).toEqual(['values.0.value', 'values.1.value']);
    expect(problems[0]!.message).toBe(
      '«Tổng số lao động đang làm việc» — Xã An Hòa, Năm 2026: số liệu không được âm (-5).',
    );
    expect(problems[1]!.message).toContain('phải là một số');
    expect(problems.every((problem) => !problem.needsConfirmation)).toBe(true);
  });

  it('refuses the same cell twice in a batch', () => {
    const problems = validate({ cells: [cell(employed, 1), cell(employed, 2)] });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('hai lần');
  });

  describe('a rate stays within 0–100 (numerator ≤ denominator)', () => {
    it('in the batch', () => {
      const problems = validate({ cells: [cell(employed, 100), cell(trained, 120)] });
      expect(problems.length).toBeGreaterThan(0);
      const message = problems.find((problem) => problem.message.includes('Tỷ lệ'))?.message ?? problems[0]!.message;
      expect(message).toContain('vượt 100%');
      expect(message).toContain('Xã An Hòa, Năm 2026');
      expect(message).toContain('(120)');
      expect(message).toContain('(100)');
    });

    it('against what is stored, either side', () => {
      expect(validate({ cells: [cell(trained, 120)], stored: [stored(employed, 100)] })).not.toEqual([]);
      expect(validate({ cells: [cell(employed, 50)], stored: [stored(trained, 70)] })[0]!.field).toBe('values.0.value');
      // Deleting the whole in the same batch lifts the check.
      expect(validate({ cells: [cell(trained, 120), cell(employed, null)], stored: [stored(employed, 100)] })).toEqual(
        [],
      );
    });

    it('only within the same unit, period and disaggregation', () => {
      expect(validate({ cells: [cell(trained, 120)], stored: [stored(employed, 100, { unitId: 'c2' })] })).toEqual([]);
      expect(validate({ cells: [cell(trained, 120)], stored: [stored(employed, 100, { period: '2025' })] })).toEqual(
        [],
      );
      expect(validate({ cells: [cell(trained, 100), cell(employed, 100)] })).toEqual([]);
    });

    it('leaves rates per 10,000 alone', () => {
      const problems = validate({ cells: [cell('scientists', 5000), cell('population', 100)] });
      expect(problems).toEqual([]);
    });
  });

  describe('a part never exceeds its whole', () => {
    it('a part larger than the total', () => {
      const problems = validate({
        cells: [cell(employed, 100), cell(employed, 150, { disaggregation: 'sex=female' })],
      });
      expect(problems).toHaveLength(1);
      expect(problems[0]!.field).toBe('values.1.value');
      expect(problems[0]!.message).toBe(
        '«Tổng số lao động đang làm việc» — Xã An Hòa, Năm 2026 (phân tổ sex=female): phần (150) lớn hơn tổng số (100).',
      );
    });

    it("one dimension's parts together larger than the total, blaming a cell of the batch", () => {
      const problems = validate({
        cells: [cell(employed, 70, { disaggregation: 'sex=male' })],
        stored: [stored(employed, 100), stored(employed, 40, { disaggregation: 'sex=female' })],
      });
      expect(problems).toHaveLength(1);
      expect(problems[0]!.message).toContain('các phần theo sex cộng lại (110) lớn hơn tổng số (100)');
      expect(problems[0]!.index).toBe(0);
    });

    it('a new total smaller than the stored parts', () => {
      const problems = validate({
        cells: [cell(employed, 50)],
        stored: [stored(employed, 60, { disaggregation: 'sex=female' })],
      });
      expect(problems[0]!.message).toContain('phần (60) lớn hơn tổng số (50)');
    });

    it('parts of different dimensions are not added together; no total, no check', () => {
      expect(
        validate({
          cells: [
            cell(employed, 100),
            cell(employed, 60, { disaggregation: 'sex=female' }),
            cell(employed, 60, { disaggregation: 'urbanRural=rural' }),
          ],
        }),
      ).toEqual([]);
      expect(
        validate({
          cells: [
            cell(employed, 60, { disaggregation: 'sex=female' }),
            cell(employed, 60, { disaggregation: 'sex=male' }),
          ],
        }),
      ).toEqual([]);
    });

    it('says nothing about stored problems the batch does not touch', () => {
      expect(
        validate({
          cells: [cell(retrained, 5)],
          stored: [stored(employed, 10), stored(employed, 60, { disaggregation: 'sex=female' })],
        }),
      ).toEqual([]);
    });
  });

  describe('a jump of more than 3 standard deviations needs confirmation', () => {
    const history = (values: number[]) => new Map([[cellId(stored(employed, 0)), values]]);

    it('flags it, and accepts it once confirmed', () => {
      const problems = validate({ cells: [cell(employed, 500)], history: history([100, 102, 98, 101]) });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ field: 'values.0.value', needsConfirmation: true });
      expect(problems[0]!.message).toContain('«Tổng số lao động đang làm việc» — Xã An Hòa, Năm 2026: 500 khác thường');
      expect(problems[0]!.message).toContain('trung bình 100,25');
      expect(
        validate({ cells: [cell(employed, 500, { confirm: true })], history: history([100, 102, 98, 101]) }),
      ).toEqual([]);
    });

    it('accepts values within 3 deviations, either way', () => {
      expect(validate({ cells: [cell(employed, 104)], history: history([100, 102, 98, 101]) })).toEqual([]);
      expect(validate({ cells: [cell(employed, 97)], history: history([100, 102, 98, 101]) })).toEqual([]);
    });

    it('flags a fall as well as a rise, and any change of a constant series', () => {
      expect(validate({ cells: [cell(employed, 10)], history: history([100, 102, 98, 101]) })).toHaveLength(1);
      expect(validate({ cells: [cell(employed, 101)], history: history([100, 100, 100]) })).toHaveLength(1);
      expect(validate({ cells: [cell(employed, 100)], history: history([100, 100, 100]) })).toEqual([]);
    });

    it('judges nothing with fewer than 3 earlier values, nor a deletion', () => {
      expect(validate({ cells: [cell(employed, 5000)], history: history([100, 100]) })).toEqual([]);
      expect(validate({ cells: [cell(employed, null)], history: history([100, 100, 100]) })).toEqual([]);
    });
  });

  it('lists problems in batch order', () => {
    const problems = validate({
      cells: [
        cell(retrained, 1),
        cell(employed, 100),
        cell(trained, -1),
        cell(employed, 200, { disaggregation: 'sex=male' }),
      ],
    });
    expect(problems.map((problem) => problem.index)).toEqual([2, 3]);
  });
});

describe('formatNumber', () => {
  it('writes Vietnamese separators', () => {
    expect(formatNumber(1234567.891)).toBe('1.234.567,89');
    expect(formatNumber(-1500)).toBe('-1.500');
    expect(formatNumber(0.5)).toBe('0,5');
    expect(formatNumber(100)).toBe('100');
  });
});
