import { describe, expect, it } from 'vitest';
import {
  decideReportStep,
  isReportEditable,
  type ReportSide,
  type ReportState,
  type ReportStep,
} from './report-workflow.ts';

const unit: ReportSide[] = ['reporting'];
const lead: ReportSide[] = ['consolidating'];

describe('decideReportStep', () => {
  const cases: Array<[ReportState, ReportStep, ReportSide[], string | null, ReportState | RegExp]> = [
    ['draft', 'submit', ['reporting'], 'no results', /Kết quả đạt được/],
    ['draft', 'save', unit, null, 'draft'],
    ['returned', 'save', unit, null, 'returned'],
    ['draft', 'submit', unit, null, 'submitted'],
    ['returned', 'submit', unit, null, 'submitted'],
    ['submitted', 'return', lead, 'Thiếu số liệu quý IV', 'returned'],
    ['submitted', 'accept', lead, null, 'accepted'],
    ['submitted', 'save', unit, null, /đã gửi nên đã khóa/],
    ['accepted', 'save', unit, null, /đã tiếp nhận nên đã khóa/],
    ['submitted', 'submit', unit, null, /khóa/],
    ['draft', 'accept', lead, null, /trạng thái "Nháp", không thể tiếp nhận/],
    ['returned', 'return', lead, 'Lý do', /trạng thái "Trả lại"/],
    ['submitted', 'return', lead, '  ', /Cần nêu lý do/],
    ['submitted', 'return', lead, null, /Cần nêu lý do/],
    ['draft', 'submit', lead, null, /Chỉ đơn vị báo cáo mới được gửi/],
    ['submitted', 'accept', unit, null, /Chỉ cơ quan tổng hợp mới được tiếp nhận/],
    ['submitted', 'accept', ['reporting', 'consolidating'], null, 'accepted'],
  ];
  it.each(cases)('%s · %s by %j (reason %j) → %s', (state, step, sides, reason, expected) => {
    // 'no results' stands for a report whose results section is empty.
    const achievements = reason === 'no results' ? '' : 'Đã mở 3 lớp đào tạo nghề';
    const outcome = decideReportStep(state, step, { sides, reason, achievements });
    if (typeof expected === 'string') expect(outcome).toEqual({ ok: true, state: expected });
    else {
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.message).toMatch(expected);
    }
  });
});

describe('isReportEditable', () => {
  it.each([
    ['draft', true],
    ['returned', true],
    ['submitted', false],
    ['accepted', false],
  ] as const)('%s → %s', (state, editable) => expect(isReportEditable(state)).toBe(editable));
});
