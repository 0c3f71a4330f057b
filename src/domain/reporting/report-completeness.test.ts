import { describe, expect, it } from 'vitest';
import { countCompleteness, judgeTimeliness, type UnitReportStatus } from './report-completeness.ts';

const due = '2026-12-15';
const sent = (state: UnitReportStatus['state'], on: string | null): UnitReportStatus => ({
  state,
  firstSubmittedOn: on,
});

describe('judgeTimeliness', () => {
  it.each([
    [sent('submitted', '2026-12-15'), '2026-12-20', 'on_time'],
    [sent('accepted', '2026-12-16'), '2026-12-20', 'late'],
    [sent('returned', '2026-12-10'), '2026-12-20', 'on_time'],
    [sent('draft', null), '2026-12-15', 'pending'],
    [sent(null, null), '2026-12-16', 'overdue'],
  ] as const)('%j on %s → %s', (report, today, expected) => {
    expect(judgeTimeliness(report, due, today)).toBe(expected);
  });
});

describe('countCompleteness', () => {
  it('says "8/11 đơn vị đã gửi, 2 đúng hạn"', () => {
    const reports = [
      sent('accepted', '2026-12-01'),
      sent('submitted', '2026-12-15'),
      ...Array.from({ length: 6 }, () => sent('submitted', '2026-12-18')),
      sent('returned', '2026-12-10'),
      sent('draft', null),
      sent(null, null),
    ];
    const result = countCompleteness(reports, due, '2026-12-20');
    expect(result).toMatchObject({ expected: 11, sent: 8, accepted: 1, onTime: 2, overdue: 2 });
    expect(result.sentence).toEqual({ vi: '8/11 đơn vị đã gửi, 2 đúng hạn', en: '8/11 units sent, 2 on time' });
  });
  it('nothing expected: 0/0', () => {
    expect(countCompleteness([], due, '2026-12-03').sentence.vi).toBe('0/0 đơn vị đã gửi, 0 đúng hạn');
  });
});
