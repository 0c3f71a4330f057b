// The demo's tasks: the five seed plans imported as `npm start` does, their assignments
// derived on today's map (fixed at 2026-12-03), read through the task board. The Càng Long
// plan (an old district of Trà Vinh, ended 2025-07-01) dates its appendix tasks by quarter,
// by year and "hằng năm"; its "UBND các xã, thị trấn" fan out to the communes that carry
// Càng Long on today.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { systemActor } from '../auth/actor.ts';
import { loadDemoPlans } from '../plans/demo-plans.ts';
import { loadDemoData } from '../users/demo-data.ts';
import { ensureTaskAssignments } from './assignments.ts';
import { getTaskBoard } from './service.ts';

let harness: TestApp;
let planIds: Record<string, string> = {};

beforeAll(async () => {
  harness = await startTestApp({ data: 'reference', now: () => new Date('2026-12-03T03:00:00Z') });
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  await loadDemoData(harness.db.db);
  warn.mockRestore();
  const results = await loadDemoPlans(harness.ctx);
  planIds = Object.fromEntries(results.map((result) => [result.fileName.slice(0, 3), result.planId ?? '']));
}, 120_000);

afterAll(async () => {
  await harness?.close();
});

describe('demo tasks', () => {
  it('derives assignments for every demo plan once', async () => {
    expect(await ensureTaskAssignments(harness.ctx)).toBe(5);
    expect(await ensureTaskAssignments(harness.ctx)).toBe(0);
  });

  it('shows the Càng Long plan’s tasks with their deadlines, statuses and the communes they fall to', async () => {
    const board = await getTaskBoard(harness.ctx, systemActor, planIds['001']!);
    const find = (start: string) => board.tasks.find((entry) => entry.task.text.startsWith(start))!;
    const lead = (start: string) => find(start).assignments.find((a) => a.assignment.role === 'lead')!;
    const dates = (start: string) => lead(start).occurrences.map((o) => [o.label, o.dueDate, o.status]);
    // The phrase as written stays beside the computed dates.
    expect(find('Tổng thể nhu cầu nguồn nhân lực').task.dueText).toBe('Quý I/2022');
    expect(dates('Tổng thể nhu cầu nguồn nhân lực')).toEqual([['Quý I/2022', '2022-03-31', 'overdue']]);
    expect(dates('Đề án đào tạo sau đại học')).toEqual([['Năm 2021', '2021-12-31', 'overdue']]);
    expect(dates('Kế hoạch thực hiện nâng trình độ').map(([, date]) => date)).toEqual([
      '2021-12-31',
      '2022-12-31',
      '2023-12-31',
      '2024-12-31',
      '2025-12-31',
    ]);
    // "Các phòng, ban, ngành huyện và UBND các xã, thị trấn": today's communes of old Càng Long.
    const fanned = find('Đẩy mạnh công tác giáo dục').assignments.filter((a) => a.assignment.derivation === 'communes');
    expect(fanned.length).toBeGreaterThanOrEqual(2);
    const index = await harness.ctx.adminUnits.get();
    for (const assignment of fanned) {
      const unit = index.get(assignment.assignment.adminUnitId!)!;
      expect(unit.level).toBe('commune');
      expect(index.isValidOn(unit, '2026-12-03')).toBe(true);
    }
    expect(board.counts.overdue).toBeGreaterThan(0);
  });
});
