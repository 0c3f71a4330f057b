import { describe, expect, it } from 'vitest';
import { logIn, openPage, takeScreenshot, useRunningApp } from './support/web-app.ts';

const numberIn = async (text: Promise<string | null>) => Number((await text)?.replace(/\D/g, ''));

describe('the dashboard', () => {
  const running = useRunningApp();

  it("counts a province planner's figures within the province, not the country", async () => {
    const page = await openPage(running.browser);
    await logIn(page, running.app.baseUrl, 'kehoach.dongthap');
    await page.getByTestId('dashboard').waitFor();
    expect(await page.getByTestId('dashboard-scope').textContent()).toContain('Phạm vi dữ liệu: Tỉnh Đồng Tháp');
    const communes = await numberIn(page.getByTestId('commune-count').textContent());
    // Đồng Tháp has about a hundred communes and wards today, the country 3,321.
    expect(communes).toBeGreaterThan(50);
    expect(communes).toBeLessThan(300);
    expect(await numberIn(page.getByTestId('unit-count').textContent())).toBe(communes + 1);
    expect(await page.getByTestId('user-count').count()).toBe(0);
    await page.getByTestId('chart-units-by-level').locator('canvas').waitFor();
    // The plans part (this app has the demo users but no plans): counts by status, coverage.
    await page.getByTestId('plan-overview').waitFor();
    expect(await numberIn(page.getByTestId('active-plan-count').textContent())).toBe(0);
    expect(await page.getByTestId('status-counts').textContent()).toContain('Đúng tiến độ');
    expect(await page.getByTestId('missing-data').textContent()).toContain('Chưa có kế hoạch đang thực hiện nào');
    await takeScreenshot(page, 'dashboard-province-planner');
    await page.context().close();
  });

  it('gives the admin the whole country, with numbers written the way the chosen language writes them', async () => {
    const page = await openPage(running.browser);
    await logIn(page, running.app.baseUrl, 'admin');
    await page.getByTestId('dashboard').waitFor();
    expect(await page.getByTestId('dashboard-scope').textContent()).toContain('Phạm vi dữ liệu: Toàn quốc');
    const communes = page.getByTestId('commune-count');
    expect(await communes.textContent()).toContain('3.321');
    await page.getByTestId('language-switch').getByText('EN').click();
    await page.getByText('Data scope: The whole country').waitFor();
    expect(await communes.textContent()).toContain('3,321');
    // Dates stay dd/mm/yyyy in English.
    expect(await page.getByTestId('dashboard-scope').textContent()).toMatch(/\d{2}\/\d{2}\/\d{4}/);
    await takeScreenshot(page, 'dashboard-admin-english');
    await page.getByTestId('language-switch').getByText('VI').click();
    await page.context().close();
  });
});
