import { describe, expect, it } from 'vitest';
import { boxOf, expectNoHorizontalOverflow, expectWithinViewport, narrowestColumn } from './support/layout.ts';
import { takeScreenshot, useSignedInSession } from './support/web-app.ts';

const phone = { width: 390, height: 844 };

describe('the shell on a phone (390×844)', () => {
  const session = useSignedInSession('admin', { viewport: phone });

  it('fits the header, keeps the user name on screen and does not scroll sideways', async () => {
    const { page } = session;
    await page.getByTestId('dashboard').waitFor();
    await expectWithinViewport(page, page.getByTestId('app-header'), 'the header');
    await expectWithinViewport(page, page.getByTestId('current-user-name'), 'the user name');
    await expectWithinViewport(page, page.getByTestId('logout'), 'the logout button');
    await expectWithinViewport(page, page.getByTestId('menu-open'), 'the menu button');
    await expectNoHorizontalOverflow(page);
    await takeScreenshot(page, 'phone-dashboard');
  });

  it('opens the menu as a drawer over the page, leaving the content width alone', async () => {
    const { page } = session;
    const content = page.getByTestId('dashboard');
    const before = await boxOf(content);
    expect(before.width).toBeGreaterThan(phone.width - 60);
    await page.getByTestId('menu-open').click();
    const drawer = page.locator('.app-menu-drawer');
    await drawer.getByRole('menuitem', { name: 'Cơ quan, đơn vị' }).waitFor();
    await page.waitForTimeout(400);
    const after = await boxOf(content);
    expect(after.width).toBe(before.width);
    expect(after.x).toBe(before.x);
    await takeScreenshot(page, 'phone-menu');
    await drawer.getByRole('menuitem', { name: 'Cơ quan, đơn vị' }).click();
    await page.getByTestId('agencies-page').waitFor();
    await drawer.getByRole('menuitem', { name: 'Cơ quan, đơn vị' }).waitFor({ state: 'hidden' });
  });

  it('shows the agencies table with readable columns that scroll inside the table', async () => {
    const { page } = session;
    const table = page.getByTestId('agency-table');
    await table.locator('tbody tr a').first().waitFor();
    expect(await narrowestColumn(table)).toBeGreaterThanOrEqual(60);
    await expectNoHorizontalOverflow(page);
    await expectWithinViewport(page, page.getByTestId('current-user-name'), 'the user name');
    await takeScreenshot(page, 'phone-agencies');
  });

  it('keeps the users and audit screens usable too', async () => {
    const { page } = session;
    for (const [item, testId] of [
      ['Người dùng', 'user-table'],
      ['Nhật ký thay đổi', 'audit-table'],
      ['Đơn vị hành chính', 'admin-units-page'],
    ] as const) {
      await page.getByTestId('menu-open').click();
      await page.locator('.app-menu-drawer').getByRole('menuitem', { name: item }).click();
      const target = page.getByTestId(testId);
      await target.waitFor();
      if (testId.endsWith('-table')) {
        await target.locator('tbody tr.ant-table-row').first().waitFor();
        expect(await narrowestColumn(target), item).toBeGreaterThanOrEqual(60);
      }
      await expectNoHorizontalOverflow(page);
    }
    await takeScreenshot(page, 'phone-admin-units');
  });
});
