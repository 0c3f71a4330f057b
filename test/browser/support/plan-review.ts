// Shared steps of the plan screens' browser tests: seed 001, a session in a browser context
// of one's choosing (phone size, English browser), confirming through the review's dialogs.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { projectRoot } from '../../../src/config.ts';
import { launchBrowser, logIn, type RunningApp, startApp } from './web-app.ts';

/** Seed 001 (Kế hoạch 60/KH-UBND of Càng Long district): from ../shared, else the app's demo copy. */
export function findSeed001(): string {
  for (const dir of [
    path.resolve(projectRoot, '..', 'shared', 'seeds'),
    path.join(projectRoot, 'src', 'server', 'plans', 'demo-documents'),
  ]) {
    const name = existsSync(dir) ? readdirSync(dir).find((file) => file.startsWith('001_')) : undefined;
    if (name) return path.join(dir, name);
  }
  throw new Error('Không tìm thấy văn bản mẫu 001 (../shared/seeds hoặc src/server/plans/demo-documents).');
}

/**
 * Confirms the draft on screen; when some lead matched no agency the review asks first, and
 * the test confirms anyway.
 */
export async function confirmDraft(page: Page): Promise<void> {
  await page.getByTestId('draft-confirm').click();
  const anyway = page.getByTestId('unmatched-confirm');
  const settled = anyway
    .or(page.getByTestId('plan-page'))
    .or(page.getByRole('dialog').getByText('Văn bản này đã có trong hệ thống'));
  await settled.first().waitFor({ timeout: 30_000 });
  if (await anyway.isVisible()) await anyway.click();
}

/** Uploads seed 001 from the upload page and waits for its review. */
export async function uploadSeed001(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/ke-hoach/tai-len`);
  await page.getByTestId('plan-upload-dropzone').locator('input[type=file]').setInputFiles(findSeed001());
  await page.getByTestId('draft-review').waitFor({ timeout: 30_000 });
}

export interface ContextSession {
  app: RunningApp;
  browser: Browser;
  page: Page;
}

/** Like useSignedInSession, in a browser context with these options (viewport, locale). */
export function useContextSession(username: string, options: BrowserContextOptions): ContextSession {
  const session = {} as ContextSession;
  beforeAll(async () => {
    session.app = await startApp();
    session.browser = await launchBrowser();
    const context = await session.browser.newContext({ timezoneId: 'Asia/Ho_Chi_Minh', ...options });
    session.page = await context.newPage();
    session.page.setDefaultTimeout(15_000);
    await logIn(session.page, session.app.baseUrl, username);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.app?.close();
  });
  return session;
}
