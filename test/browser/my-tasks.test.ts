// "Việc của tôi" (issue 10): the demo reporter of UBND xã Tháp Mười (c-30037) sees the tasks of
// the old Tháp Mười district's demo plan and of a Đồng Tháp province plan fanned out to the
// commune ("UBND các xã, phường"), although neither plan's unit is in a commune's scope, and
// records progress with its evidence; the status chip follows. At phone size the page scrolls
// inside, not sideways.
import { describe, expect, it } from 'vitest';
import { loadDemoPlans } from '../../src/server/plans/demo-plans.ts';
import { makePlanExtraction, makeTask } from '../factories/plan-extraction.ts';
import { freshPlanNumber, insertPlanAt } from '../factories/plans.ts';
import { expectNoHorizontalOverflow } from './support/layout.ts';
import { logIn, openPage, takeScreenshot, useRunningApp } from './support/web-app.ts';

const reporter = 'xa.thapmuoi';
const provinceTask = 'Rà soát nhu cầu đào tạo nghề của lao động nông thôn';

/** A Đồng Tháp (p-82) plan, 2025–2026, whose task falls to every commune: December each year. */
const provincePlan = () =>
  makePlanExtraction({
    document: {
      number: freshPlanNumber(),
      issuer: 'Ủy ban nhân dân tỉnh Đồng Tháp',
      issuerLevel: 'province',
      year: 2025,
    },
    period: { from: 2025, to: 2026, horizons: [] },
    tasks: [
      makeTask({
        id: 'k1',
        text: provinceTask,
        lead: ['UBND các xã, phường'],
        support: [],
        leadAgencies: [{ text: 'UBND các xã, phường', agencyId: null, agencyName: null, confidence: 1 }],
        supportAgencies: [],
        due: { kind: 'recurring', freq: 'yearly', month: 12 },
        dueText: 'Tháng 12 hằng năm',
      }),
    ],
  });

describe('Việc của tôi', () => {
  const running = useRunningApp({
    prepare: async (ctx) => {
      await loadDemoPlans(ctx);
      await insertPlanAt(ctx.db, 'p-82', provincePlan());
    },
  });

  it('a commune reporter sees a district plan’s task fanned out to the commune and records progress', async () => {
    const { app, browser } = running;
    const page = await openPage(browser);
    await logIn(page, app.baseUrl, reporter);
    await page.getByTestId('side-menu').getByText('Việc của tôi').click();
    await page.getByTestId('my-tasks-page').waitFor();
    const table = page.getByTestId('my-tasks-table');
    await table.locator('tbody tr.ant-table-row').first().waitFor();
    const rows = table.locator('tbody tr.ant-table-row');
    // The old district's demo plan and the province plan both reach the commune.
    await expect.poll(() => table.textContent()).toContain('416/KH-UBND');
    const first = rows.filter({ hasText: provinceTask });
    expect(await first.textContent()).toContain('Chủ trì');
    expect(await first.textContent()).toContain('Văn bản ghi: Tháng 12 hằng năm');
    await takeScreenshot(page, 'my-tasks-commune');
    // December 2025 was never reported: overdue.
    expect(await first.locator('[data-status]').first().getAttribute('data-status')).toBe('overdue');

    await first.getByTestId('task-report-open').click();
    const form = page.getByTestId('task-report-form');
    await form.waitFor();
    await page.getByTestId('task-report-percent').fill('100');
    await page.getByTestId('task-report-note').fill('Đã tổ chức rà soát tại 12 ấp');
    await page.getByTestId('task-report-evidence').fill('15/BC-UBND');
    await page.getByTestId('task-report-done').check();
    await page.getByRole('dialog').getByRole('button', { name: 'Lưu tiến độ' }).click();
    await page.getByText('Đã lưu tiến độ.').waitFor();
    // December 2025, done today: done late; December 2026 is now the current deadline.
    await expect
      .poll(() => rows.filter({ hasText: provinceTask }).locator('[data-status]').first().getAttribute('data-status'))
      .toBe('in_progress');
    expect(await rows.filter({ hasText: provinceTask }).textContent()).toContain('Tháng 12/2026');
  });

  it('fits a phone (390 px) without scrolling sideways', async () => {
    const { app, browser } = running;
    const page = await openPage(browser, { viewport: { width: 390, height: 844 } });
    await logIn(page, app.baseUrl, reporter);
    await page.goto(`${app.baseUrl}/viec-cua-toi`);
    await page.getByTestId('my-tasks-table').waitFor();
    await expectNoHorizontalOverflow(page);
  });
});
