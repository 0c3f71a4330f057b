import { describe, expect, it } from 'vitest';
import { makePlanExtraction, makeReference } from '../../../test/factories/plan-extraction.ts';
import { assessPlanStructure, isPlanUnrecognised } from './plan-structure.ts';

const noHeader = { kind: null, number: null, title: null };

describe('assessPlanStructure', () => {
  it('accepts a header with at least one target or task', () => {
    expect(assessPlanStructure(makePlanExtraction())).toBeNull();
    expect(assessPlanStructure(makePlanExtraction({ targets: [] }))).toBeNull();
    expect(assessPlanStructure(makePlanExtraction({ document: { kind: null, number: null } }))).toBeNull();
  });

  it('names only what is missing', () => {
    expect(assessPlanStructure(makePlanExtraction({ targets: [], tasks: [] }))).toBe(
      'Không nhận ra cấu trúc kế hoạch: văn bản không có chỉ tiêu hay nhiệm vụ nào được giao cho cơ quan, đơn vị.',
    );
    expect(assessPlanStructure(makePlanExtraction({ document: noHeader }))).toBe(
      'Không nhận ra cấu trúc kế hoạch: văn bản không có số, loại văn bản (Kế hoạch, Quyết định…) hay tiêu đề.',
    );
  });
});

describe('isPlanUnrecognised', () => {
  it('holds only when no header, content or citation was found', () => {
    const nothing = makePlanExtraction({ document: noHeader, references: [], targets: [], tasks: [] });
    expect(isPlanUnrecognised(nothing)).toBe(true);
    expect(isPlanUnrecognised({ ...nothing, references: [makeReference({ number: '11-CTr/TU' })] })).toBe(false);
    expect(isPlanUnrecognised({ ...nothing, document: { ...nothing.document, kind: 'KH' } })).toBe(false);
    expect(isPlanUnrecognised(makePlanExtraction({ targets: [], tasks: [] }))).toBe(false);
  });
});
