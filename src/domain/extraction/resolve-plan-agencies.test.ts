import { describe, expect, it } from 'vitest';
import { makePlanExtraction, makeTask } from '../../../test/factories/plan-extraction.ts';
import { buildSeedCandidates, seedResolveContext } from '../../server/agencies/seed-candidates.ts';
import { resolvePlanAgencies, type PlanAgencyContext } from './resolve-plan-agencies.ts';

const unitId = 'od-tinh-dong-thap.huyen-thap-muoi';
const context: PlanAgencyContext = {
  adminUnitId: unitId,
  date: '2024-01-31',
  candidates: buildSeedCandidates(),
  options: seedResolveContext(unitId),
};

describe('resolvePlanAgencies', () => {
  it('resolves each lead and support name to an agency of the plan unit, keeping the text as written', () => {
    const extraction = makePlanExtraction({
      tasks: [
        makeTask({
          id: 'k1',
          lead: ['Phòng LĐ-TB&XH'],
          support: ['Phòng Giáo dục và Đào tạo', 'Ủy ban nhân dân các xã, thị trấn'],
        }),
      ],
    });
    const task = resolvePlanAgencies(extraction, context).tasks[0]!;
    expect(task.leadAgencies).toHaveLength(1);
    expect(task.leadAgencies?.[0]).toMatchObject({ text: 'Phòng LĐ-TB&XH', agencyId: `ag-${unitId}-phong-ldtbxh` });
    expect(task.leadAgencies?.[0]?.confidence).toBeGreaterThan(0.6);
    expect(task.supportAgencies?.map((m) => m.text)).toEqual([
      'Phòng Giáo dục và Đào tạo',
      'Ủy ban nhân dân các xã, thị trấn',
    ]);
    // A collective name ("các xã") names no single agency.
    expect(task.supportAgencies?.[1]).toEqual({
      text: 'Ủy ban nhân dân các xã, thị trấn',
      agencyId: null,
      agencyName: null,
      confidence: 0,
    });
  });

  it('leaves every name unresolved without a unit', () => {
    const task = resolvePlanAgencies(makePlanExtraction(), null).tasks[0]!;
    expect(task.leadAgencies).toEqual([
      { text: 'Phòng Lao động - Thương binh và Xã hội', agencyId: null, agencyName: null, confidence: 0 },
    ]);
  });

  it("keeps a reviewer's choice unless forced, and re-resolves names whose text changed", () => {
    const chosen = {
      text: 'Phòng Lao động - Thương binh và Xã hội',
      agencyId: 'ag-chosen',
      agencyName: 'Chọn tay',
      confidence: 1,
    };
    const extraction = makePlanExtraction({
      tasks: [
        makeTask({
          id: 'k1',
          leadAgencies: [chosen],
          support: ['Phòng Giáo dục và Đào tạo'],
          supportAgencies: [{ ...chosen, text: 'Khác' }],
        }),
      ],
    });
    const kept = resolvePlanAgencies(extraction, context, false).tasks[0]!;
    expect(kept.leadAgencies).toEqual([chosen]);
    expect(kept.supportAgencies?.[0]?.agencyId).not.toBe('ag-chosen');
    expect(resolvePlanAgencies(extraction, context, true).tasks[0]!.leadAgencies?.[0]?.agencyId).toBe(
      `ag-${unitId}-phong-ldtbxh`,
    );
  });
});
