// The live plan (issue 9): a commune reporter enters values for their commune; a province
// planner watches the roll-up on the indicator page change; problems appear beside the cell;
// the entry form and the indicator page at phone size (390×844) scroll inside, not sideways.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoHorizontalOverflow, findOverflowing } from './support/layout.ts';
import { confirmDraft, uploadSeed001 } from './support/plan-review.ts';
import { logIn, openPage, takeScreenshot, useRunningApp } from './support/web-app.ts';

// Demo accounts (decision 0019): the reporter of UBND xã Tháp Mười (c-30037) and a planner of Đồng Tháp (p-82).
const reporter = 'xa.thapmuoi';
const planner = 'kehoach.dongthap';
const commune = 'c-30037';
const province = 'p-82';
const indicator = 'labour-trained-rate';
const numerator = 'labour-employed-trained';
const denominator = 'labour-employed';
const period = '2026';

const entryUrl = (baseUrl: string) => `${baseUrl}/nhap-so-lieu?indicatorId=${indicator}&period=${period}`;
const indicatorUrl = (baseUrl: string, unitId: string) =>
  `${baseUrl}/chi-tieu-thong-ke/${indicator}?unitId=${unitId}&period=${period}`;

async function coverageOf(page: Page): Promise<{ reported: number; expected: number }> {
  const text = (await page.getByTestId('indicator-coverage').textContent()) ?? '';
  const match = /^(\d+)\/(\d+) xã đã có số liệu$/.exec(text);
  if (!match) throw new Error(`coverage text: ${text}`);
  return { reported: Number(match[1]), expected: Number(match[2]) };
}

describe('live plan: entering values and watching the roll-up', () => {
  const running = useRunningApp();
  let planUrl = '';

  it('a commune reporter enters a value; the province planner sees the figure change', async () => {
    const { app, browser } = running;
    const province$ = await openPage(browser);
    await logIn(province$, app.baseUrl, planner);
    await province$.goto(indicatorUrl(app.baseUrl, province));
    await province$.getByTestId('indicator-page').waitFor();
    await province$.getByTestId('indicator-coverage').waitFor();
    expect(await province$.getByTestId('indicator-value').textContent()).toBe('—');
    const before = await coverageOf(province$);
    expect(before.reported).toBe(0);
    expect(before.expected).toBeGreaterThan(10);

    const commune$ = await openPage(browser);
    await logIn(commune$, app.baseUrl, reporter);
    await commune$.goto(entryUrl(app.baseUrl));
    await commune$.getByTestId('entry-table').waitFor();
    // A commune reporter sees only their commune.
    expect(await commune$.getByTestId('entry-unit-name').allTextContents()).toEqual(['Xã Tháp Mười']);
    await commune$.getByTestId(`entry-input-${commune}-${numerator}`).fill('1.250');
    await commune$.getByTestId(`entry-input-${commune}-${denominator}`).fill('2.000');
    await commune$.getByTestId('entry-save').click();
    await commune$.getByText('Đã lưu 2 ô số liệu, xóa 0 ô.').waitFor();
    // Reloaded from the roll-up: the values stay, in Vietnamese separators.
    await expect.poll(() => commune$.getByTestId(`entry-input-${commune}-${numerator}`).inputValue()).toBe('1.250');

    await province$.reload();
    await province$.getByTestId('indicator-coverage').waitFor();
    await expect.poll(() => province$.getByTestId('indicator-value').textContent()).toBe('62,5%');
    expect(await coverageOf(province$)).toEqual({ reported: 1, expected: before.expected });
    expect(await province$.getByTestId(`indicator-unit-value-${commune}`).textContent()).toBe('62,5%');
    await takeScreenshot(province$, 'live-indicator-province');

    // Drill down: the commune's values with their source and time.
    await province$.getByTestId(`indicator-unit-value-${commune}`).click();
    await province$.getByTestId('indicator-sources').waitFor();
    await expect.poll(() => province$.getByTestId('indicator-unit-name').textContent()).toBe('Xã Tháp Mười');
    const sources = province$.getByTestId('indicator-sources');
    await expect.poll(() => sources.locator('tbody tr.ant-table-row').count()).toBe(2);
    expect(await sources.textContent()).toContain('Nhập tay');
    expect(await sources.textContent()).toContain('1.250');
    // Who entered it, by name: the demo reporter of Tháp Mười.
    expect(await sources.textContent()).toContain('Trần Văn Báo Cáo');
    // A value's history, from the audit log: who saved it, from nothing to 1.250.
    await sources.locator('tbody tr.ant-table-row').first().locator('.ant-table-row-expand-icon').click();
    const history = province$.getByTestId('value-history');
    await history.waitFor();
    expect(await history.textContent()).toMatch(/Trần Văn Báo Cáo — Nhập, sửa: — → (1\.250|2\.000)/);
    await province$.context().close();
    await commune$.context().close();
  });

  it('shows the server’s problem beside the cell and saves nothing', async () => {
    const { app, browser } = running;
    const page = await openPage(browser);
    await logIn(page, app.baseUrl, reporter);
    await page.goto(entryUrl(app.baseUrl));
    await page.getByTestId('entry-table').waitFor();
    // More trained workers than workers: the rate would pass 100%.
    await page.getByTestId(`entry-input-${commune}-${numerator}`).fill('3.000');
    await page.getByTestId('entry-save').click();
    const problem = page.getByTestId(`entry-cell-${commune}-${numerator}`).getByTestId('entry-cell-problem');
    const other = page.getByTestId(`entry-cell-${commune}-${denominator}`).getByTestId('entry-cell-problem');
    await problem.or(other).first().waitFor();
    const text = [...(await problem.allTextContents()), ...(await other.allTextContents())].join(' ');
    expect(text).toMatch(/Tháp Mười|ô thứ|Ô thứ/i);
    // Text that is not a number never reaches the server.
    await page.getByTestId(`entry-input-${commune}-${numerator}`).fill('abc');
    await page.getByTestId('entry-save').click();
    await expect.poll(() => problem.textContent()).toBe('Không phải là số (ví dụ: 1.234 hoặc 73,4).');
    await page.context().close();
  });

  it('enters a quarter: the kind picker, the quarter in the URL, its values read back', async () => {
    const { app, browser } = running;
    const page = await openPage(browser);
    await logIn(page, app.baseUrl, reporter);
    await page.goto(entryUrl(app.baseUrl));
    await page.getByTestId('entry-table').waitFor();
    await page.getByTestId('entry-period-kind').click();
    await page.locator('.ant-select-item-option').filter({ hasText: /^Quý$/ }).click();
    await page.getByTestId('entry-period').click();
    await page
      .locator('.ant-select-item-option')
      .filter({ hasText: /^Quý I\/2026$/ })
      .click();
    await expect.poll(() => new URL(page.url()).searchParams.get('period')).toBe('2026Q1');
    // The year's figures stay with the year: the quarter starts empty.
    const input = page.getByTestId(`entry-input-${commune}-${numerator}`);
    await expect.poll(() => input.inputValue()).toBe('');
    await input.fill('300');
    await page.getByTestId(`entry-input-${commune}-${denominator}`).fill('500');
    await page.getByTestId('entry-save').click();
    await page.getByText('Đã lưu 2 ô số liệu, xóa 0 ô.').waitFor();
    await page.reload();
    await page.getByTestId('entry-table').waitFor();
    expect(await page.getByTestId('entry-period').textContent()).toContain('Quý I/2026');
    await expect.poll(() => input.inputValue()).toBe('300');
    await page.context().close();
  });

  it('the entry form and the indicator page fit a phone (390×844)', async () => {
    const { app, browser } = running;
    const page = await openPage(browser, { viewport: { width: 390, height: 844 } });
    await logIn(page, app.baseUrl, planner);
    await page.goto(
      `${app.baseUrl}/nhap-so-lieu?indicatorId=${indicator}&indicatorId=labour-certified-rate&period=${period}`,
    );
    await page.getByTestId('entry-table').waitFor();
    expect(await page.getByTestId('entry-unit-name').count()).toBeGreaterThan(10);
    await expectNoHorizontalOverflow(page);
    expect(await findOverflowing(page, '[data-testid="value-entry-page"]')).toEqual([]);
    await takeScreenshot(page, 'phone-live-entry');

    await page.goto(indicatorUrl(app.baseUrl, province));
    await page.getByTestId('indicator-by-unit').waitFor();
    await expectNoHorizontalOverflow(page);
    expect(await findOverflowing(page, '[data-testid="indicator-page"]')).toEqual([]);
    await takeScreenshot(page, 'phone-live-indicator');
    await page.context().close();
  });

  it('the plan page shows the targets as measured: filter, link an indicator, a planner’s status with a reason', async () => {
    const { app, browser } = running;
    const page = await openPage(browser);
    await logIn(page, app.baseUrl, 'admin');
    await uploadSeed001(page, app.baseUrl);
    await confirmDraft(page);
    await page.getByTestId('plan-page').waitFor({ timeout: 30_000 });
    planUrl = page.url();
    const section = page.getByTestId('plan-live-targets');
    await section.waitFor();
    const rows = section.getByTestId('plan-target-row');
    await expect.poll(() => rows.count()).toBeGreaterThan(3);
    // Nothing reported yet: every target "Chưa có số liệu", and the filter chip counts them all.
    const total = await rows.count();
    expect(await page.getByTestId('targets-filter-no_data').textContent()).toMatch(/^Chưa có số liệu \(\d+\)$/);
    expect(await section.getByTestId('target-status').first().textContent()).toBe('Chưa có số liệu');

    // Link the first target to an indicator: the suggestions come first.
    const first = rows.first();
    await first.getByTestId('target-link-open').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('target-link-select').click();
    const groups = page.locator('.ant-select-item-group');
    await groups.first().waitFor();
    expect(await groups.first().textContent()).toBe('Gợi ý (độ phù hợp)');
    await page.locator('.ant-select-item-option').first().click();
    await dialog.getByTestId('target-link-save').click();
    await page.getByText('Đã liên kết chỉ tiêu với chỉ số.').waitFor();
    await expect.poll(() => first.getByTestId('target-indicator-link').count()).toBe(1);

    // A planner's status needs a reason.
    await first.getByTestId('target-override-open').click();
    const override = page.getByRole('dialog');
    await override.getByTestId('target-override-status').click();
    await page.locator('.ant-select-item-option').filter({ hasText: 'Có nguy cơ' }).click();
    await override.getByTestId('target-override-save').click();
    await override.getByTestId('target-override-reason-required').waitFor();
    await override.getByTestId('target-override-reason').fill('Số liệu quý III của huyện chưa đầy đủ.');
    await override.getByTestId('target-override-save').click();
    await page.getByText('Đã lưu trạng thái do bạn điều chỉnh.').waitFor();
    await expect.poll(() => first.getByTestId('target-status').textContent()).toBe('Có nguy cơ');
    // The filter narrows to that status (with the parents leading to it).
    await page.getByTestId('targets-filter-at_risk').click();
    await expect.poll(() => rows.count()).toBeLessThan(total);
    expect(await section.getByTestId('target-status').allTextContents()).toContain('Có nguy cơ');
    await takeScreenshot(page, 'live-plan-targets');

    // Target → indicator page.
    await first.getByTestId('target-indicator-link').click();
    await page.getByTestId('indicator-page').waitFor();
    await page.getByTestId('indicator-coverage').waitFor();
    await page.context().close();
  });

  it('the targets section fits a phone (390×844)', async () => {
    const { app, browser } = running;
    const page = await openPage(browser, { viewport: { width: 390, height: 844 } });
    await logIn(page, app.baseUrl, 'admin');
    await page.goto(planUrl);
    await page.getByTestId('plan-live-targets').getByTestId('plan-target-row').first().waitFor();
    await expectNoHorizontalOverflow(page);
    expect(await findOverflowing(page, '[data-testid="plan-page"]')).toEqual([]);
    await takeScreenshot(page, 'phone-live-plan-targets');
    // The plan's own entry form, reached from the plan page.
    await page.getByTestId('plan-enter-values').click();
    await page.getByTestId('value-entry-page').waitFor();
    await page.getByTestId('entry-grid').or(page.getByTestId('entry-no-indicators')).first().waitFor();
    await expectNoHorizontalOverflow(page);
    expect(await findOverflowing(page, '[data-testid="value-entry-page"]')).toEqual([]);
    await takeScreenshot(page, 'phone-live-plan-entry');
    await page.context().close();
  });
});
