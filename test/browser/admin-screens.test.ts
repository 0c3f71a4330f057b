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
