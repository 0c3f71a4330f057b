// Starts the real application (embedded database in a fresh temp directory, demo data,
// the built web UI) on a random port, and Chromium to drive it.
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { projectRoot } from '../../../src/config.ts';
import { buildApp } from '../../../src/server/app.ts';
import { openApplication } from '../../../src/server/bootstrap.ts';
import type { AppContext } from '../../../src/server/context.ts';
import { loadDemoData } from '../../../src/server/users/demo-data.ts';

export const webRoot = path.join(projectRoot, 'dist', 'web');
const webSource = path.join(projectRoot, 'src', 'web');
export const screenshotDir = path.join(projectRoot, '.tmp', 'screenshots');
export const demoPassword = 'nhanluc@2026';

function newestSourceTime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceTime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the UI when it is missing or older than its sources, so tests never run a stale bundle. */
export async function ensureWebBuilt(): Promise<void> {
  const index = path.join(webRoot, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newestSourceTime(webSource)) return;
  const { build } = await import('vite');
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build into
  // dist/web, the same folder `npm start` serves; build exactly what production gets.
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: path.join(webSource, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
  } finally {
    process.env.NODE_ENV = previous;
  }
}

export interface RunningApp {
  baseUrl: string;
  close(): Promise<void>;
}

export interface StartOptions {
  /** More data after the demo users (a demo plan, say), through the app's own services. */
  prepare?(ctx: AppContext): Promise<unknown>;
}

export async function startApp(options: StartOptions = {}): Promise<RunningApp> {
  await ensureWebBuilt();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'nhanluc-browser-'));
  const opened = await openApplication({ dataDir, databaseUrl: undefined, secureCookies: false, loginRateLimit: 50 });
  try {
    await loadDemoData(opened.handle.db);
    await options.prepare?.(opened.ctx);
    const app = await buildApp({ ctx: opened.ctx, webRoot });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    return {
      baseUrl: `http://127.0.0.1:${port}`,
      async close() {
        await app.close();
        await opened.close();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await opened.close();
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export interface PageOptions {
  /** Defaults to a laptop screen, 1366×860. */
  viewport?: { width: number; height: number };
}

export async function openPage(browser: Browser, options: PageOptions = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1366, height: 860 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

export async function logIn(page: Page, baseUrl: string, username: string, password = demoPassword): Promise<void> {
  await page.goto(`${baseUrl}/dang-nhap`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('current-user').waitFor();
}

/** Waits for antd's loading spinners and fade animations to settle so screenshots show the result. */
export async function takeScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.waitForFunction(
    () => !document.querySelector('.ant-spin-spinning, .ant-select-dropdown-hidden.ant-slide-up-leave'),
  );
  await page.waitForTimeout(400);
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export interface RunningAppAndBrowser {
  app: RunningApp;
  browser: Browser;
}

/** The app and Chromium for the enclosing describe block: started before its tests, closed after. */
export function useRunningApp(options: StartOptions = {}): RunningAppAndBrowser {
  const running = {} as RunningAppAndBrowser;
  beforeAll(async () => {
    running.app = await startApp(options);
    running.browser = await launchBrowser();
  });
  afterAll(async () => {
    await running.browser?.close();
    await running.app?.close();
  });
  return running;
}

export interface SignedInSession extends RunningAppAndBrowser {
  page: Page;
}

/**
 * Registers beforeAll/afterAll that start the app and a browser and log `username` in;
 * the returned object is filled once beforeAll has run.
 */
export function useSignedInSession(username: string, options: PageOptions = {}): SignedInSession {
  const session = useRunningApp() as SignedInSession;
  beforeAll(async () => {
    session.page = await openPage(session.browser, options);
    await logIn(session.page, session.app.baseUrl, username);
  });
  return session;
}
