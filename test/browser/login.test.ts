import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  demoPassword,
  launchBrowser,
  logIn,
  openPage,
  type RunningApp,
  startApp,
  takeScreenshot,
} from './support/web-app.ts';

describe('the login page', () => {
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

  it('says the session expired when the server ends it while the user works', async () => {
    const page = await openPage(browser);
    await logIn(page, app.baseUrl, 'admin');
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
    const page = await openPage(browser);
    await page.goto(`${app.baseUrl}/co-quan`);
    await page.getByTestId('login-card').waitFor();
    expect(await page.getByTestId('login-error').count()).toBe(0);
    await page.context().close();
  });
});
