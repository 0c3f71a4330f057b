// The plan screens at phone size (390×844): nothing pushes the page sideways (wide tables
// scroll inside themselves), table columns keep a readable width, the source comes after the form.
import { describe, expect, it } from 'vitest';
import { findOverflowing } from './support/layout.ts';
import { confirmDraft, uploadSeed001, useContextSession } from './support/plan-review.ts';
import { takeScreenshot } from './support/web-app.ts';

describe('plan screens on a phone', () => {
  const session = useContextSession('admin', {
    viewport: { width: 390, height: 844 },
    locale: 'vi-VN',
    isMobile: true,
    hasTouch: true,
  });

  it('reviews a draft at 390 px: no sideways overflow, the form before the source', async () => {
    const { page } = session;
    await uploadSeed001(page, session.app.baseUrl);
    expect(await findOverflowing(page, '[data-testid="draft-review"]')).toEqual([]);
    const form = await page.getByTestId('draft-tabs').boundingBox();
    const source = await page.getByTestId('draft-source').boundingBox();
    expect(form && source && source.y > form.y).toBe(true);
    expect(await page.getByTestId('draft-number').isVisible()).toBe(true);
    // Five tabs do not fit a phone: the sections are a list.
    await page.getByTestId('draft-section-select').click();
    await page.locator('.ant-select-item-option').filter({ hasText: 'Nhiệm vụ' }).click();
    await expect.poll(() => page.getByTestId('draft-task-count').textContent()).toBe('23 nhiệm vụ');
    const task = page.getByTestId('draft-task').first();
    await task.getByTestId('draft-task-summary').click();
    await task.getByTestId('task-editor').waitFor();
    expect(await findOverflowing(page, '[data-testid="draft-review"]')).toEqual([]);
    await takeScreenshot(page, 'phone-plan-draft-tasks');
  });

  it('shows the plan at 390 px: tables scroll inside, columns stay readable', async () => {
    const { page } = session;
    await confirmDraft(page);
    await page.getByTestId('plan-page').waitFor({ timeout: 30_000 });
    expect(await findOverflowing(page, '[data-testid="plan-page"]')).toEqual([]);
    for (const table of ['plan-tasks', 'plan-targets', 'plan-references']) {
      const widths = await page
        .getByTestId(table)
        .locator('thead th')
        .evaluateAll((cells) => cells.map((cell) => Math.round(cell.getBoundingClientRect().width)));
      expect(widths.length).toBeGreaterThan(0);
      for (const width of widths) expect(width, `${table}: ${widths.join(', ')}`).toBeGreaterThanOrEqual(40);
    }
    const firstTask = page.getByTestId('plan-tasks').locator('tbody tr.ant-table-row').first().locator('td').nth(1);
    expect((await firstTask.boundingBox())!.width).toBeGreaterThan(150);
    expect(await page.getByTestId('plan-title').isVisible()).toBe(true);
    expect(await page.getByTestId('plan-task-count').textContent()).toBe('23 nhiệm vụ');
    await takeScreenshot(page, 'phone-plan-page');
  });
});
