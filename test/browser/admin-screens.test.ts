import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchBrowser, logIn, openPage, startApp, takeScreenshot, type RunningApp } from './support/web-app.ts';

describe('admin screens', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    page = await openPage(browser);
    await logIn(page, app.baseUrl, 'admin');
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('lists agencies, filters them and opens one with its aliases', async () => {
    await page.getByRole('menuitem', { name: 'Cơ quan, đơn vị' }).click();
    const table = page.getByTestId('agency-table');
    await table.locator('tbody tr a').first().waitFor();
    await page.getByTestId('agency-search').fill('so noi vu');
    const link = table.getByText('Sở Nội vụ tỉnh Đồng Tháp').first();
    await link.waitFor();
    await takeScreenshot(page, 'agencies-search');
    await link.click();
    await page.getByTestId('agency-detail').waitFor();
    await takeScreenshot(page, 'agency-detail');
  });

  it('creates a user through the modal and finds the change in the audit log', async () => {
    await page.getByRole('menuitem', { name: 'Người dùng' }).click();
    const table = page.getByTestId('user-table');
    await table.getByText('kehoach.dongthap').waitFor();
    await page.getByTestId('user-create').click();
    const form = page.getByTestId('user-form');
    await form.getByLabel('Tên đăng nhập').fill('thu.nghiem');
    await form.getByLabel('Họ và tên').fill('Nguyễn Thị Thử Nghiệm');
    await form.getByLabel('Mật khẩu').fill('matkhau-thu-nghiem');
    await form.getByTestId('user-agency-select').click();
    await page.keyboard.type('so noi vu');
    await page.locator('.ant-select-item-option').getByText('Sở Nội vụ tỉnh Đồng Tháp').first().click();
    await takeScreenshot(page, 'user-create-modal');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await table.getByText('Nguyễn Thị Thử Nghiệm').waitFor();
    await takeScreenshot(page, 'users');

    await page.getByRole('menuitem', { name: 'Nhật ký thay đổi' }).click();
    const audit = page.getByTestId('audit-table');
    // The newest entry is the creation; its diff shows the new user's fields.
    await audit.locator('.ant-table-row-expand-icon').first().click();
    const diff = page.getByTestId('audit-diff').first();
    await diff.getByText('thu.nghiem').waitFor();
    await diff.getByText('Nguyễn Thị Thử Nghiệm').waitFor();
    await takeScreenshot(page, 'audit-log');
  });
});
