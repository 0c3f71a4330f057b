import { describe, expect, it } from 'vitest';
import { demoPassword, logIn, openPage, takeScreenshot, useRunningApp } from './support/web-app.ts';

describe('the login page', () => {
  const running = useRunningApp();

  it('says the session expired when the server ends it while the user works', async () => {
    const page = await openPage(running.browser);
    await logIn(page, running.app.baseUrl, 'admin');
    await page.getByTestId('dashboard').waitFor();
    // The server forgets the session (as when it expires): the next API call answers 401.
    await page.context().clearCookies();
    await page.getByRole('menuitem', { name: 'Cơ quan, đơn vị' }).click();
    const message = page.getByTestId('login-error');
    await message.waitFor();
    expect(await message.textContent()).toContain('Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại.');
    expect(new URL(page.url()).pathname).toBe('/dang-nhap');
    await takeScreenshot(page, 'login-session-expired');

    // Signing in again goes back to the page the user was on, and the message is gone.
    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill(demoPassword);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('agencies-page').waitFor();
    await page.getByTestId('logout').click();
    await page.getByTestId('login-card').waitFor();
    expect(await page.getByTestId('login-error').count()).toBe(0);
    await page.context().close();
  });

  it('shows no expiry message to a visitor who was never signed in', async () => {
    const page = await openPage(running.browser);
    await page.goto(`${running.app.baseUrl}/co-quan`);
    await page.getByTestId('login-card').waitFor();
    expect(await page.getByTestId('login-error').count()).toBe(0);
    await page.context().close();
  });

  it('lists every demo account with its role and scope, and a click fills the form', async () => {
    const page = await openPage(running.browser);
    await page.goto(`${running.app.baseUrl}/dang-nhap`);
    const hint = page.getByTestId('demo-hint');
    await hint.waitFor();
    expect(await hint.textContent()).toContain('Tài khoản dùng thử (mật khẩu: nhanluc@2026)');
    for (const [username, role, unit] of [
      ['admin', 'Quản trị', 'Tỉnh Đồng Tháp'],
      ['kehoach.dongthap', 'Cán bộ kế hoạch', 'Tỉnh Đồng Tháp'],
      ['xa.thapmuoi', 'Cán bộ báo cáo', 'Xã Tháp Mười'],
      ['xem.vinhlong', 'Người xem', 'Tỉnh Vĩnh Long'],
    ] as const) {
      const row = page.getByTestId(`demo-account-${username}`);
      const text = await row.textContent();
      expect(text).toContain(role);
      expect(text).toContain(unit);
    }
    await takeScreenshot(page, 'login-demo-accounts');
    await page.getByTestId('demo-account-xa.thapmuoi').getByRole('button').click();
    expect(await page.getByTestId('login-username').inputValue()).toBe('xa.thapmuoi');
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('current-user').textContent()).resolves.toContain('Trần Văn Báo Cáo');
    await page.context().close();
  });
});
