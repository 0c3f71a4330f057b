import { request as playwrightRequest, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  demoPassword,
  launchBrowser,
  logIn,
  openPage,
  startApp,
  takeScreenshot,
  type RunningApp,
} from './support/web-app.ts';

describe('access in the browser', () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows the login page with the demo hint and rejects a wrong password in Vietnamese', async () => {
    const page = await openPage(browser);
    await page.goto(`${app.baseUrl}/`);
    await page.waitForURL('**/dang-nhap');
    await expect(page.getByTestId('demo-hint').textContent()).resolves.toContain(
      'Tài khoản dùng thử (mật khẩu: nhanluc@2026)',
    );
    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill('sai-mat-khau');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('login-error').waitFor();
    expect(new URL(page.url()).pathname).toBe('/dang-nhap');
    await takeScreenshot(page, 'login-error');
    await page.context().close();
  });

  describe('as the commune reporter xa.thapmuoi', () => {
    let page: Page;

    beforeAll(async () => {
      page = await openPage(browser);
      await logIn(page, app.baseUrl, 'xa.thapmuoi');
    });

    it('hides the admin menu entries', async () => {
      const menu = page.getByTestId('side-menu');
      await menu.getByText('Đơn vị hành chính').waitFor();
      expect(await menu.getByText('Người dùng').count()).toBe(0);
      expect(await menu.getByText('Nhật ký thay đổi').count()).toBe(0);
    });

    it('gets the forbidden page on /nguoi-dung and /nhat-ky', async () => {
      for (const path of ['/nguoi-dung', '/nhat-ky']) {
        await page.goto(`${app.baseUrl}${path}`);
        const forbidden = page.getByTestId('forbidden-view');
        await forbidden.waitFor();
        await expect(forbidden.textContent()).resolves.toBe('Bạn không có quyền truy cập trang này');
      }
      await takeScreenshot(page, 'forbidden-commune-user');
    });

    it('gets the not-found view for a province outside its scope', async () => {
      await page.goto(`${app.baseUrl}/don-vi-hanh-chinh/p-86`);
      const notFound = page.getByTestId('not-found-view');
      await notFound.waitFor();
      await expect(notFound.textContent()).resolves.toBe('Không tìm thấy hoặc bạn không có quyền xem');
      await takeScreenshot(page, 'not-found-outside-scope');
    });

    it('sees its own commune', async () => {
      await page.goto(`${app.baseUrl}/don-vi-hanh-chinh/c-30037`);
      await page.getByTestId('unit-detail-name').getByText('Tháp Mười').waitFor();
    });
  });

  it('shows the forbidden page when the API answers 403 although the browser still believes the user is an admin', async () => {
    // A second admin logs in in the browser, then the first admin demotes them on the server.
    const adminApi = await playwrightRequest.newContext({ baseURL: app.baseUrl });
    const login = await adminApi.post('/api/auth/login', { data: { username: 'admin', password: demoPassword } });
    expect(login.status()).toBe(200);
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const created = await adminApi.post('/api/users', {
      headers: { 'x-csrf-token': csrfToken },
      data: {
        username: 'quantri.tam',
        displayName: 'Phạm Quản Trị Tạm',
        password: 'tam-thoi-2026',
        role: 'admin',
        agencyId: 'ag-p-82-ubnd',
      },
    });
    expect(created.status()).toBe(201);
    const { user } = (await created.json()) as { user: { id: string } };

    const page = await openPage(browser);
    await logIn(page, app.baseUrl, 'quantri.tam', 'tam-thoi-2026');
    const demoted = await adminApi.patch(`/api/users/${user.id}`, {
      headers: { 'x-csrf-token': csrfToken },
      data: { role: 'viewer' },
    });
    expect(demoted.status()).toBe(200);

    // Client-side navigation: the menu still offers the page, the server refuses it.
    await page.getByRole('menuitem', { name: 'Người dùng' }).click();
    await expect(page.getByTestId('forbidden-view').textContent()).resolves.toBe(
      'Bạn không có quyền truy cập trang này',
    );
    await adminApi.dispose();
    await page.context().close();
  });

  it('keeps the login page light: only the shared chunks and the login chunk are fetched', async () => {
    const page = await openPage(browser);
    const scripts: { url: string; bytes: number }[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('.js'))
        void response.body().then((body) => scripts.push({ url: response.url(), bytes: body.length }));
    });
    await page.goto(`${app.baseUrl}/dang-nhap`);
    await page.getByTestId('login-submit').waitFor();
    await page.waitForLoadState('networkidle');
    const total = scripts.reduce((sum, script) => sum + script.bytes, 0);
    console.log(JSON.stringify({ loginPageScripts: scripts.length, loginPageKb: Math.round(total / 1024) }));
    expect(scripts.some((script) => /echarts/.test(script.url))).toBe(false);
    expect(scripts.some((script) => /table-/.test(script.url))).toBe(false);
    await page.context().close();
  });

  it('switches the interface to English and keeps the choice after a reload', async () => {
    const page = await openPage(browser);
    await logIn(page, app.baseUrl, 'admin');
    await page.getByTestId('language-switch').getByText('EN').click();
    await page.getByRole('menuitem', { name: 'Administrative units' }).waitFor();
    await page.reload();
    await page.getByRole('menuitem', { name: 'Administrative units' }).click();
    await page.getByTestId('as-of-before-reform').getByText('Before 01/7/2025').waitFor();
    await takeScreenshot(page, 'units-english');
    await page.getByTestId('language-switch').getByText('VI').click();
    await page.getByRole('menuitem', { name: 'Đơn vị hành chính' }).waitFor();
    await page.context().close();
  });
});
