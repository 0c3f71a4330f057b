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
