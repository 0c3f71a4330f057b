import { describe, expect, it } from 'vitest';
import { takeScreenshot, useSignedInSession } from './support/web-app.ts';

describe('admin screens', () => {
  const session = useSignedInSession('admin');

  it('lists agencies, filters them and opens one with its aliases', async () => {
    await session.page.getByRole('menuitem', { name: 'Cơ quan, đơn vị' }).click();
    const table = session.page.getByTestId('agency-table');
    await table.locator('tbody tr a').first().waitFor();
    await session.page.getByTestId('agency-search').fill('so noi vu');
    const link = table.getByText('Sở Nội vụ tỉnh Đồng Tháp').first();
    await link.waitFor();
    await takeScreenshot(session.page, 'agencies-search');
    await link.click();
    await session.page.getByTestId('agency-detail').waitFor();
    await takeScreenshot(session.page, 'agency-detail');
  });

  it('shows current agencies by default with the total, and dissolved ones on request', async () => {
    const { page } = session;
    await page.getByRole('menuitem', { name: 'Cơ quan, đơn vị' }).click();
    const table = page.getByTestId('agency-table');
    await page.getByTestId('agency-search').fill('phong giao duc');
    const total = page.getByTestId('agency-total');
    const readTotal = async () => Number(((await total.textContent()) ?? '').replace(/\D/g, ''));
    // Today's map has no districts: their education offices are all dissolved.
    await page.waitForFunction(() => !document.querySelector('[data-testid="agency-table"] .ant-spin-spinning'));
    await page.waitForTimeout(500);
    const rows = table.locator('tbody tr.ant-table-row');
    for (const text of await rows.allTextContents()) expect(text).not.toContain('Đến trước');
    const current = await readTotal();
    await page.getByTestId('agency-status-filter').click();
    await page.locator('.ant-select-item-option').getByText('Đã giải thể, sáp nhập').click();
    await table.getByText('Phòng Giáo dục và Đào tạo huyện Tháp Mười').waitFor();
    expect(new URL(page.url()).searchParams.get('trang-thai')).toBe('da-giai-the');
    for (const text of await rows.allTextContents()) expect(text).toContain('Đến trước');
    const dissolved = await readTotal();
    expect(dissolved).toBeGreaterThan(0);
    await page.getByTestId('agency-status-filter').click();
    await page.locator('.ant-select-item-option').getByText('Tất cả', { exact: true }).click();
    await page.waitForFunction(
      (expected) =>
        document.querySelector('[data-testid="agency-total"]')?.textContent?.replace(/\D/g, '') === expected,
      String(current + dissolved),
    );
    await takeScreenshot(page, 'agencies-status-all');
    await page.getByTestId('agency-search').fill('');
  });

  it('searches users by name without diacritics', async () => {
    const { page } = session;
    await page.getByRole('menuitem', { name: 'Người dùng' }).click();
    const table = page.getByTestId('user-table');
    await table.getByText('kehoach.dongthap').waitFor();
    await page.getByTestId('user-search').fill('tran van bao');
    await page.getByTestId('user-total').getByText('Tổng số: 1 người dùng').waitFor();
    await table.getByText('Trần Văn Báo Cáo').waitFor();
    expect(await table.locator('tbody tr.ant-table-row').count()).toBe(1);
    await takeScreenshot(page, 'users-search');
    await page.getByTestId('user-search').fill('');
    await table.getByText('kehoach.dongthap').waitFor();
  });

  it('creates a user through the modal and finds the change in the audit log', async () => {
    await session.page.getByRole('menuitem', { name: 'Người dùng' }).click();
    const table = session.page.getByTestId('user-table');
    await table.getByText('kehoach.dongthap').waitFor();
    await session.page.getByTestId('user-create').click();
    const form = session.page.getByTestId('user-form');
    await form.getByLabel('Tên đăng nhập').fill('thu.nghiem');
    await form.getByLabel('Họ và tên').fill('Nguyễn Thị Thử Nghiệm');
    await form.getByLabel('Mật khẩu').fill('matkhau-thu-nghiem');
    await form.getByTestId('user-agency-select').click();
    await session.page.keyboard.type('so noi vu');
    await session.page.locator('.ant-select-item-option').getByText('Sở Nội vụ tỉnh Đồng Tháp').first().click();
    await takeScreenshot(session.page, 'user-create-modal');
    await session.page.getByRole('button', { name: 'Lưu' }).click();
    await table.getByText('Nguyễn Thị Thử Nghiệm').waitFor();
    await takeScreenshot(session.page, 'users');

    await session.page.getByRole('menuitem', { name: 'Nhật ký thay đổi' }).click();
    const audit = session.page.getByTestId('audit-table');
    // Readable words, not codes: the action, the kind of subject and the subject's name with a link.
    const newest = audit.locator('tbody tr.ant-table-row').first();
    await newest.getByText('Nguyễn Thị Thử Nghiệm').waitFor();
    expect(await newest.getByTestId('audit-action').textContent()).toBe('Tạo mới');
    expect(await newest.getByTestId('audit-entity').textContent()).toBe('Người dùng');
    expect(await newest.locator('a').getAttribute('href')).toBe('/nguoi-dung');
    const page = (await audit.textContent()) ?? '';
    for (const code of ['login_failed', 'plan_draft', 'admin_units', 'adminUnitId', 'planId', 'agencyId']) {
      expect(page, code).not.toContain(code);
    }
    expect(page).toContain('Đăng nhập');
    expect(page).toContain('Danh mục đơn vị hành chính');
    // The newest entry is the creation; its diff shows the new user's fields.
    await audit.locator('.ant-table-row-expand-icon').first().click();
    const diff = session.page.getByTestId('audit-diff').first();
    await diff.getByText('thu.nghiem').waitFor();
    await diff.getByText('Nguyễn Thị Thử Nghiệm').waitFor();
    await diff.getByText('Tên đăng nhập').waitFor();
    await diff.getByText('Cơ quan', { exact: true }).waitFor();
    await takeScreenshot(session.page, 'audit-log');
  });
});
