// The plan page's "Báo cáo kết quả" card (issue 10, decision 0029): a province planner opens a
// demo plan (Kế hoạch 416/KH-UBND of Tháp Mười), gives the report a number, saves it, downloads
// the DOCX through the browser and finds the number and the plan's header in it, then stores
// the final version and sees it listed with a download of its own.
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import { demoDocumentsFolder, loadDemoPlans } from '../../src/server/plans/demo-plans.ts';
import { logIn, openPage, takeScreenshot, useRunningApp } from './support/web-app.ts';

const planner = 'kehoach.dongthap';
const thapMuoiPlan = '000_9409828ec30260e6.txt';
const work = { dir: '', planId: '' };

async function importThapMuoiPlan(ctx: Parameters<typeof loadDemoPlans>[0]): Promise<void> {
  work.dir = await mkdtemp(path.join(os.tmpdir(), 'nhanluc-plan-report-'));
  const folder = path.join(work.dir, 'plans');
  await mkdir(folder);
  await copyFile(path.join(demoDocumentsFolder, thapMuoiPlan), path.join(folder, thapMuoiPlan));
  const [result] = await loadDemoPlans(ctx, folder);
  if (!result?.planId) throw new Error(`demo plan not imported: ${result?.skipped}`);
  work.planId = result.planId;
}

describe('the report card on the plan page', () => {
  const running = useRunningApp({ prepare: importThapMuoiPlan });
  afterAll(async () => {
    if (work.dir) await rm(work.dir, { recursive: true, force: true });
  });

  it('saves the report number, downloads the DOCX with it, stores the final version', async () => {
    const { app, browser } = running;
    const page = await openPage(browser);
    await logIn(page, app.baseUrl, planner);
    await page.goto(`${app.baseUrl}/ke-hoach/${encodeURIComponent(work.planId)}`);
    const card = page.getByTestId('plan-report');
    await card.getByTestId('plan-report-form').waitFor();

    await card.getByTestId('plan-report-number').fill('15');
    const saved = page.waitForResponse(
      (response) => response.url().includes('/report/fields') && response.request().method() === 'PUT',
    );
    await card.getByTestId('plan-report-save').click();
    expect((await saved).status()).toBe(200);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByTestId('plan-report-download-docx').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const { value: text } = await mammoth.extractRawText({ buffer: await readFile(await download.path()) });
    expect(text).toContain('Số: 15/BC-UBND');
    expect(text).toContain('HUYỆN THÁP MƯỜI');
    expect(text).toContain('Kết quả thực hiện Kế hoạch số 416/KH-UBND ngày 31/1/2024');

    await card.getByTestId('plan-report-finalise').click();
    await card.getByTestId('plan-report-final').waitFor();
    expect(await card.getByTestId('plan-report-final').textContent()).toContain('Bản chính thức đã lưu ngày');
    await card.scrollIntoViewIfNeeded();
    await takeScreenshot(page, 'plan-report-card');
  });
});
