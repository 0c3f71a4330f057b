import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn, openPage, startApp, takeScreenshot, type RunningApp } from './support/web-app.ts';

describe('admin-unit browser (admin)', () => {
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

  it('shows the dashboard with real counts and a chart after login', async () => {
    await page.getByTestId('dashboard').waitFor();
    await expect(page.getByTestId('current-user').textContent()).resolves.toContain('Quản trị');
    await page.getByTestId('chart-agencies-by-type').locator('canvas').waitFor();
    await takeScreenshot(page, 'dashboard-admin');
  });

  it('finds Tháp Mười typed without diacritics, as the old district before 1 July 2025', async () => {
    await page.getByRole('menuitem', { name: 'Đơn vị hành chính' }).click();
    await page.getByTestId('admin-units-page').waitFor();
    expect(new URL(page.url()).pathname).toBe('/don-vi-hanh-chinh');

    await page.getByTestId('as-of-before-reform').click();
    await page.getByTestId('unit-search').fill('thap muoi');
    const results = page.getByTestId('unit-search-results');
    const oldDistrict = results.getByText('Huyện Tháp Mười').first();
    await oldDistrict.waitFor();

    await oldDistrict.click();
    const detail = page.getByTestId('unit-detail');
    await detail.waitFor();
    await expect(detail.getByTestId('unit-detail-name').textContent()).resolves.toContain('Tháp Mười');
    // Before the reform the district still has its own communes.
    await detail.getByTestId('unit-children').waitFor();
    expect(await detail.getByTestId('unit-children').locator('tbody tr').count()).toBeGreaterThan(0);
    await takeScreenshot(page, 'units-thap-muoi-before-reform');
  });

  it('after switching to today lists the successor communes', async () => {
    await page.getByTestId('as-of-today').click();
    const results = page.getByTestId('unit-search-results');
    await results.getByText('Xã Tháp Mười').first().waitFor();

    // The old district's detail, read as of today, names the communes that carry it on.
    const successors = page.getByTestId('unit-detail').getByTestId('unit-successors-as-of');
    await successors.getByText('Xã Tháp Mười').first().waitFor();
    await successors.getByText('Xã Mỹ Quí').first().waitFor();
    await takeScreenshot(page, 'units-thap-muoi-today');
  });

  it('expands the tree lazily from the provinces of today', async () => {
    await page.getByTestId('unit-search').fill('');
    const tree = page.getByTestId('unit-tree');
    await tree.waitFor();
    await tree.getByText('Tỉnh Đồng Tháp').first().waitFor();
    await tree.getByTestId('unit-node-p-82').click();
    await page.getByTestId('unit-detail-name').getByText('Đồng Tháp').waitFor();
    expect(new URL(page.url()).pathname).toBe('/don-vi-hanh-chinh/p-82');
    await takeScreenshot(page, 'units-tree-dong-thap');
  });
});
