// The pages under their Content-Security-Policy: nothing refused, nothing inline; and the
// own-password form of the account menu.
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
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

describe('security in the browser', () => {
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

  function watchViolations(page: Page): string[] {
    const violations: string[] = [];
    page.on('console', (entry: ConsoleMessage) => {
      if (/Content Security Policy|Refused to/i.test(entry.text())) violations.push(entry.text());
    });
    page.on('pageerror', (error) => violations.push(error.message));
    return violations;
  }

  it('loads the app and the API docs without a CSP violation, and refuses to be framed', async () => {
    const page = await openPage(browser);
    const violations = watchViolations(page);
    const response = await page.goto(`${app.baseUrl}/dang-nhap`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(response?.headers()['x-frame-options']).toBe('DENY');
    await logIn(page, app.baseUrl, 'admin');
    await page.goto(`${app.baseUrl}/co-quan`);
    await page.waitForLoadState('networkidle');
    await page.goto(`${app.baseUrl}/api/docs/`);
    await page.locator('.swagger-ui .info').waitFor();
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it('lets a reporter change their own password; their other session ends', async () => {
    const other = await openPage(browser);
    await logIn(other, app.baseUrl, 'xa.thapmuoi');
    const page = await openPage(browser);
    const violations = watchViolations(page);
    await logIn(page, app.baseUrl, 'xa.thapmuoi');
    await page.getByTestId('change-password').click();
    const form = page.getByTestId('change-password-form');
    await form.locator('#currentPassword').fill(demoPassword);
    await form.locator('#newPassword').fill('mat-khau-moi-cua-xa');
    await form.locator('#confirmPassword').fill('mat-khau-moi-cua-xa');
    await takeScreenshot(page, 'change-password');
    await page.getByRole('button', { name: /Lưu/ }).click();
    await page.getByText('Đã đổi mật khẩu').waitFor();
    expect(violations).toEqual([]);
    const me = await other.evaluate(async () => (await fetch('/api/auth/me')).status);
    expect(me).toBe(401);
    await page.context().close();
    await other.context().close();
  });
});
