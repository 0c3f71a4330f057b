import { describe, expect, it } from 'vitest';
import { describeReminder, findOwedReminders } from './reminder-rules.ts';

const today = '2026-12-03';
const kindsFor = (dueDate: string, done = false) => findOwedReminders({ dueDate, done }, today).map((r) => r.kind);

describe('findOwedReminders against a fixed today (2026-12-03)', () => {
  const cases: [string, string, string[]][] = [
    ['8 days left: nothing yet', '2026-12-11', []],
    ['7 days left', '2026-12-10', ['due-in-7']],
    ['4 days left', '2026-12-07', ['due-in-7']],
    ['3 days left', '2026-12-06', ['due-in-3']],
    ['2 days left', '2026-12-05', ['due-in-3']],
    ['1 day left', '2026-12-04', ['due-in-1']],
    ['due today', '2026-12-03', ['due-in-1']],
    ['a day past: overdue, and the overseer is told', '2026-12-02', ['overdue', 'escalation']],
    ['30 days past', '2026-11-03', ['overdue', 'escalation']],
    ['31 days past: stale, nothing', '2026-11-02', []],
    ['years past: nothing', '2022-03-31', []],
  ];
  for (const [name, dueDate, kinds] of cases) it(name, () => expect(kindsFor(dueDate)).toEqual(kinds));
  it('owes nothing for work already done', () => {
    expect(kindsFor('2026-12-02', true)).toEqual([]);
    expect(kindsFor('2026-12-06', true)).toEqual([]);
  });
  it('tells owners and overseers apart', () => {
    expect(
      findOwedReminders({ dueDate: '2026-12-01', done: false }, today).map((r) => [r.kind, r.audience, r.daysLeft]),
    ).toEqual([
      ['overdue', 'owner', -2],
      ['escalation', 'overseer', -2],
    ]);
  });
});

describe('describeReminder', () => {
  const subject = {
    what: 'Nhiệm vụ «Rà soát nhu cầu đào tạo nghề»',
    plan: 'Kế hoạch số 60/KH-UBND',
    dueLabel: 'Năm 2026',
    dueDateText: '31/12/2026',
    ownerName: 'UBND xã Tháp Mười',
  };
  it('writes each kind in Vietnamese', () => {
    expect(describeReminder({ kind: 'due-in-3', audience: 'owner', daysLeft: 3 }, subject)).toEqual({
      title: 'Sắp đến hạn: Nhiệm vụ «Rà soát nhu cầu đào tạo nghề»',
      body: 'Nhiệm vụ «Rà soát nhu cầu đào tạo nghề» của Kế hoạch số 60/KH-UBND còn 3 ngày, hạn 31/12/2026 (Năm 2026).',
    });
    expect(describeReminder({ kind: 'due-in-1', audience: 'owner', daysLeft: 0 }, subject).body).toContain(
      'đến hạn hôm nay',
    );
    expect(describeReminder({ kind: 'overdue', audience: 'owner', daysLeft: -2 }, subject).body).toContain(
      'đã quá hạn 31/12/2026 (Năm 2026) 2 ngày mà chưa hoàn thành',
    );
    expect(describeReminder({ kind: 'escalation', audience: 'overseer', daysLeft: -5 }, subject)).toEqual({
      title: 'Đơn vị chậm: UBND xã Tháp Mười',
      body: 'UBND xã Tháp Mười chưa hoàn thành nhiệm vụ «Rà soát nhu cầu đào tạo nghề» của Kế hoạch số 60/KH-UBND, đã quá hạn 31/12/2026 (Năm 2026) 5 ngày.',
    });
  });
});
