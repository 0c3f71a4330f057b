import { describe, expect, it } from 'vitest';
import { makePlanExtraction, makeTarget, makeTask } from '../../../test/factories/plan-extraction.ts';
import { validatePlanExtraction } from './validate-plan-extraction.ts';

const fieldsOf = (extraction: Parameters<typeof validatePlanExtraction>[0]) =>
  validatePlanExtraction(extraction).map((error) => error.field);

describe('validatePlanExtraction', () => {
  it('accepts a consistent draft', () => {
    expect(validatePlanExtraction(makePlanExtraction())).toEqual([]);
  });

  it('rejects duplicate ids and missing parents, naming the item', () => {
    const errors = validatePlanExtraction(
      makePlanExtraction({
        targets: [makeTarget({ id: 't1' }), makeTarget({ id: 't1' }), makeTarget({ id: 't3', parent: 't9' })],
      }),
    );
    expect(errors.map((e) => e.field)).toEqual(['extraction.targets.1.id', 'extraction.targets.2.parent']);
    expect(errors[0]?.message).toBe('Mã chỉ tiêu "t1" bị trùng.');
    expect(errors[1]?.message).toContain('"t9" không tồn tại');
  });

  it('rejects cycles among parents', () => {
    const errors = validatePlanExtraction(
      makePlanExtraction({ targets: [makeTarget({ id: 'a', parent: 'b' }), makeTarget({ id: 'b', parent: 'a' })] }),
    );
    expect(errors.map((e) => e.message)).toContain('Chỉ tiêu a: quan hệ cha – con bị vòng lặp.');
  });

  it('checks op and values together', () => {
    expect(
      fieldsOf(makePlanExtraction({ targets: [makeTarget({ id: 't1', op: 'range', value: 70, value2: null })] })),
    ).toEqual(['extraction.targets.0.value2']);
    expect(
      fieldsOf(makePlanExtraction({ targets: [makeTarget({ id: 't1', op: 'range', value: 80, value2: 70 })] })),
    ).toEqual(['extraction.targets.0.value2']);
    expect(fieldsOf(makePlanExtraction({ targets: [makeTarget({ id: 't1', op: 'gte', value: null })] }))).toEqual([
      'extraction.targets.0.value',
    ]);
    expect(fieldsOf(makePlanExtraction({ targets: [makeTarget({ id: 't1', op: 'gte', value: 120 })] }))).toEqual([
      'extraction.targets.0.value',
    ]);
    expect(fieldsOf(makePlanExtraction({ targets: [makeTarget({ id: 't1', op: 'increase', value: 120 })] }))).toEqual(
      [],
    );
    expect(
      fieldsOf(makePlanExtraction({ targets: [makeTarget({ id: 't1', op: 'maintain', value: null, unit: null })] })),
    ).toEqual([]);
    expect(
      fieldsOf(makePlanExtraction({ targets: [makeTarget({ id: 't1', op: 'eq', value: 5, value2: 6 })] })),
    ).toEqual(['extraction.targets.0.value2']);
    expect(fieldsOf(makePlanExtraction({ targets: [makeTarget({ id: 't1', unit: 'count', value: -3 })] }))).toEqual([
      'extraction.targets.0.value',
    ]);
  });

  it('checks years, dates and the period', () => {
    expect(fieldsOf(makePlanExtraction({ targets: [makeTarget({ id: 't1', year: 20255 })] }))).toEqual([
      'extraction.targets.0.year',
    ]);
    expect(fieldsOf(makePlanExtraction({ document: { date: '2024-02-30' } }))).toEqual(['extraction.document.date']);
    expect(fieldsOf(makePlanExtraction({ document: { date: '2024-01-31', year: 2023 } }))).toEqual([
      'extraction.document.year',
    ]);
    expect(fieldsOf(makePlanExtraction({ period: { from: 2030, to: 2025, horizons: [] } }))).toEqual([
      'extraction.period.to',
    ]);
  });

  it('checks task ids, texts and dues', () => {
    const errors = validatePlanExtraction(
      makePlanExtraction({
        tasks: [
          makeTask({ id: 'k1', due: { kind: 'once', by: 'Quý I' } }),
          makeTask({ id: 'k1', text: '  ', due: { kind: 'recurring', freq: 'yearly', month: 13 }, lead: [''] }),
        ],
      }),
    );
    expect(errors.map((e) => e.field)).toEqual([
      'extraction.tasks.0.due.by',
      'extraction.tasks.1.id',
      'extraction.tasks.1.text',
      'extraction.tasks.1.lead.0',
      'extraction.tasks.1.due.month',
    ]);
    expect(errors[0]?.message).toMatch(/^Nhiệm vụ k1: thời hạn "Quý I" không hợp lệ/);
  });

  it('checks reporting dues and reference numbers', () => {
    const extraction = makePlanExtraction();
    extraction.reporting[0]!.due = '02-30';
    extraction.references[0]!.number = ' ';
    expect(fieldsOf(extraction)).toEqual(['extraction.references.0.number', 'extraction.reporting.0.due']);
    extraction.reporting[0]!.due = '12';
    extraction.references[0]!.number = '11-CTr/TU';
    expect(fieldsOf(extraction)).toEqual([]);
  });
});
