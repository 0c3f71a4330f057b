import { describe, expect, it } from 'vitest';
import { takeScreenshot, useSignedInSession } from './support/web-app.ts';

describe('admin-unit browser (admin)', () => {
  const session = useSignedInSession('admin');

  it('shows the dashboard with real counts and a chart after login', async () => {
    await session.page.getByTestId('dashboard').waitFor();
    await expect(session.page.getByTestId('current-user').textContent()).resolves.toContain('Quản trị');
    await session.page.getByTestId('chart-agencies-by-type').locator('canvas').waitFor();
    await takeScreenshot(session.page, 'dashboard-admin');
  });

  it('finds Tháp Mười typed without diacritics, as the old district before 1 July 2025', async () => {
    await session.page.getByRole('menuitem', { name: 'Đơn vị hành chính' }).click();
    await session.page.getByTestId('admin-units-page').waitFor();
    expect(new URL(session.page.url()).pathname).toBe('/don-vi-hanh-chinh');

    await session.page.getByTestId('as-of-before-reform').click();
    await session.page.getByTestId('unit-search').fill('thap muoi');
    const results = session.page.getByTestId('unit-search-results');
    const oldDistrict = results.getByText('Huyện Tháp Mười').first();
    await oldDistrict.waitFor();

    await oldDistrict.click();
    const detail = session.page.getByTestId('unit-detail');
    await detail.waitFor();
    await expect(detail.getByTestId('unit-detail-name').textContent()).resolves.toContain('Tháp Mười');
    // Before the reform the district still has its own communes.
    await detail.getByTestId('unit-children').waitFor();
    expect(await detail.getByTestId('unit-children').locator('tbody tr').count()).toBeGreaterThan(0);
    await takeScreenshot(session.page, 'units-thap-muoi-before-reform');
  });

  it('after switching to today lists the successor communes', async () => {
    await session.page.getByTestId('as-of-today').click();
    const results = session.page.getByTestId('unit-search-results');
    await results.getByText('Xã Tháp Mười').first().waitFor();

    // The old district's detail, read as of today, names the communes that carry it on.
    const successors = session.page.getByTestId('unit-detail').getByTestId('unit-successors-as-of');
    await successors.getByText('Xã Tháp Mười').first().waitFor();
    await successors.getByText('Xã Mỹ Quí').first().waitFor();
    await takeScreenshot(session.page, 'units-thap-muoi-today');
  });

  it('offers the old district when a search as of today finds nothing, and switches the date', async () => {
    const { page } = session;
    await page.goto(`${session.app.baseUrl}/don-vi-hanh-chinh`);
    await page.getByTestId('unit-search').fill('huyen thap muoi');
    const ended = page.getByTestId('unit-ended-matches');
    await ended.waitFor();
    expect(await page.getByTestId('unit-other-dates').textContent()).toContain('Đơn vị đã giải thể/sáp nhập:');
    const oldDistrict = ended.getByText('Huyện Tháp Mười').first();
    await takeScreenshot(page, 'units-ended-offer');
    await oldDistrict.click();
    const detail = page.getByTestId('unit-detail');
    await detail.getByTestId('unit-detail-name').getByText('Huyện Tháp Mười').waitFor();
    // The last day the district existed: validTo (1 July 2025) is exclusive.
    expect(new URL(page.url()).searchParams.get('ngay')).toBe('2025-06-30');
    await page.getByTestId('unit-search-results').getByText('Huyện Tháp Mười').first().waitFor();
    expect(await detail.getByTestId('unit-detail-kind').textContent()).toBe('Huyện');
    await detail.getByTestId('unit-children').waitFor();
  });

  it("labels an old township by its own kind, not today's level", async () => {
    const { page } = session;
    await page.getByTestId('unit-search').fill('thi tran my an');
    const results = page.getByTestId('unit-search-results');
    await results.getByText('Thị trấn Mỹ An').first().waitFor();
    await results.getByText('Thị trấn Mỹ An').first().click();
    const kind = page.getByTestId('unit-detail').getByTestId('unit-detail-kind');
    await page.getByTestId('unit-detail-name').getByText('Thị trấn Mỹ An').waitFor();
    expect(await kind.textContent()).toBe('Thị trấn');
    const text = (await results.textContent()) ?? '';
    expect(text).not.toContain('Xã, phường, đặc khu');
  });

  it('names predecessors as predecessors in an old view, and shows no empty duplicate heading today', async () => {
    const { page } = session;
    // Today's commune Tháp Mười, viewed in 2024: before it was formed, it stands for the old units.
    await page.goto(`${session.app.baseUrl}/don-vi-hanh-chinh/c-30037?ngay=2024-06-01`);
    const detail = page.getByTestId('unit-detail');
    await detail.getByTestId('unit-detail-name').getByText('Xã Tháp Mười').waitFor();
    const title = detail.getByTestId('unit-stand-ins-title');
    expect(await title.textContent()).toBe('Đơn vị tiền thân tính đến 01/06/2024');
    expect(await detail.getByTestId('unit-predecessors-as-of').locator('li').count()).toBeGreaterThan(0);
    expect(await detail.getByTestId('unit-successors-as-of').count()).toBe(0);
    const headings = await detail.locator('h5').allTextContents();
    expect(headings.filter((heading) => heading.startsWith('Đơn vị kế thừa'))).toEqual([]);
    await takeScreenshot(page, 'units-commune-2024');

    await page.goto(`${session.app.baseUrl}/don-vi-hanh-chinh/c-30037`);
    await detail.getByTestId('unit-detail-name').getByText('Xã Tháp Mười').waitFor();
    await detail.getByTestId('unit-children').or(detail.locator('.ant-empty')).first().waitFor();
    const todayHeadings = await detail.locator('h5').allTextContents();
    expect(todayHeadings.filter((heading) => heading.startsWith('Đơn vị kế thừa'))).toEqual([]);
    expect(new Set(todayHeadings).size).toBe(todayHeadings.length);
    expect(await detail.getByTestId('unit-stand-ins-title').count()).toBe(0);
    await takeScreenshot(page, 'units-commune-today');
  });

  it('expands the tree lazily from the provinces of today', async () => {
    await session.page.getByTestId('unit-search').fill('');
    const tree = session.page.getByTestId('unit-tree');
    await tree.waitFor();
    await tree.getByText('Tỉnh Đồng Tháp').first().waitFor();
    await tree.getByTestId('unit-node-p-82').click();
    await session.page.getByTestId('unit-detail-name').getByText('Đồng Tháp').waitFor();
    expect(new URL(session.page.url()).pathname).toBe('/don-vi-hanh-chinh/p-82');
    await takeScreenshot(session.page, 'units-tree-dong-thap');
  });
});
