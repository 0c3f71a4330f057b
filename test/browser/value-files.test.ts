// Values from an Excel file on the plan page (decision 0024): a province planner downloads the
// template of a demo plan for a year through the card, fills one cell offline, checks the file
// (nothing saved), saves it and reads the server's summary; a copy with a word in a number cell
// is refused with the problem naming its sheet row; an unusual jump is saved once confirmed,
// without choosing the file again. The demo plan (Kế hoạch 416/KH-UBND of
// Tháp Mười district, Đồng Tháp) is imported before the app starts, its targets linked to
// indicators, the way `nhanluc demo` does it, without the demo values: the only history is
// the one the last test saves to make its jump.
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { codeRow, dataSheetName, firstUnitRow, firstValueColumn } from '../../src/domain/values/value-template.ts';
import { demoDocumentsFolder, loadDemoPlans } from '../../src/server/plans/demo-plans.ts';
import { logIn, openPage, takeScreenshot, useRunningApp } from './support/web-app.ts';

const planner = 'kehoach.dongthap';
const thapMuoiPlan = '000_9409828ec30260e6.txt';
const period = '2025';

const work = { dir: '', planId: '' };

/** Only the Tháp Mười plan: the planner's province, and one plan imports in a moment. */
async function importThapMuoiPlan(ctx: Parameters<typeof loadDemoPlans>[0]): Promise<void> {
  work.dir = await mkdtemp(path.join(os.tmpdir(), 'nhanluc-value-files-'));
  const folder = path.join(work.dir, 'plans');
  await mkdir(folder);
  await copyFile(path.join(demoDocumentsFolder, thapMuoiPlan), path.join(folder, thapMuoiPlan));
  const [result] = await loadDemoPlans(ctx, folder);
  if (!result?.planId || result.linkedTargets === 0) throw new Error(`demo plan not imported: ${result?.skipped}`);
  work.planId = result.planId;
}

async function readDataSheet(template: Uint8Array): Promise<{ workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(dataSheetName);
  if (!sheet) throw new Error(`no sheet ${dataSheetName}`);
  return { workbook, sheet };
}

/** The first commune's first value cell set to `value`, saved beside the download. */
async function fillFirstCell(template: Uint8Array, value: ExcelJS.CellValue, name: string): Promise<string> {
  const { workbook, sheet } = await readDataSheet(template);
  expect(sheet.getCell(firstUnitRow, 1).value).toBeTruthy();
  sheet.getCell(firstUnitRow, firstValueColumn).value = value;
  const file = path.join(work.dir, name);
  await writeFile(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
  return file;
}

async function uploadFile(page: Page, file: string): Promise<void> {
  await page.getByTestId('value-files-upload').locator('input[type=file]').setInputFiles(file);
}

/** Opens the plan page and downloads the template of `year` through the card. */
async function downloadTemplate(page: Page, baseUrl: string, year: string): Promise<Uint8Array> {
  await page.goto(`${baseUrl}/ke-hoach/${encodeURIComponent(work.planId)}`);
  const card = page.getByTestId('plan-value-files');
  await card.waitFor();
  await card.getByTestId('value-files-period').click();
  await page
    .locator('.ant-select-item-option')
    .filter({ hasText: `Năm ${year}` })
    .click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    card.getByTestId('value-files-download').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  return new Uint8Array(await readFile(await download.path()));
}

interface HistoryCell {
  dataElementId: string;
  unitId: string;
  period: string;
  value: number;
}

/** Earlier years of a cell, saved as the entry form saves them (PUT /api/values with the session's CSRF token). */
async function saveHistory(page: Page, values: readonly HistoryCell[]): Promise<void> {
  const answer = await page.evaluate(async (cells) => {
    const session = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
    const response = await fetch('/api/values', {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
      body: JSON.stringify({ values: cells }),
    });
    return { status: response.status, body: await response.text() };
  }, values);
  expect(answer, answer.body).toMatchObject({ status: 200 });
}

describe('values from an Excel file on the plan page', () => {
  const running = useRunningApp({ prepare: importThapMuoiPlan });
  afterAll(async () => {
    if (work.dir) await rm(work.dir, { recursive: true, force: true });
  });

  it('downloads the template, checks and saves a filled cell, refuses a word in a number cell', async () => {
    const { app, browser } = running;
    const page = await openPage(browser);
    await logIn(page, app.baseUrl, planner);
    await page.goto(`${app.baseUrl}/ke-hoach/${encodeURIComponent(work.planId)}`);
    const card = page.getByTestId('plan-value-files');
    await card.waitFor();

    // The year through the picker, then the template through the browser's own download.
    await card.getByTestId('value-files-period').click();
    await page
      .locator('.ant-select-item-option')
      .filter({ hasText: `Năm ${period}` })
      .click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByTestId('value-files-download').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const template = new Uint8Array(await readFile(await download.path()));
    const filled = await fillFirstCell(template, 120, 'mau-da-dien.xlsx');

    // A check first: the server counts what it would store and stores nothing.
    await card.getByTestId('value-files-dry-run').click();
    await uploadFile(page, filled);
    const description = card.getByTestId('value-files-description');
    await expect.poll(() => description.textContent()).toMatch(/^Kiểm tra xong, chưa lưu gì\. Nếu nhập: thêm 1,/);

    // Then the same file for real, from the check's result; the targets section reads its roll-ups again.
    const targetsReloaded = page.waitForResponse(
      (response) => response.url().includes(`/api/plans/${work.planId}/targets`) && response.ok(),
    );
    await card.getByTestId('value-files-save-checked').click();
    await targetsReloaded;
    await expect.poll(() => description.textContent()).toBe('Đã nhập: thêm 1, cập nhật 0, giữ nguyên 0, xóa 0.');
    expect(await card.getByTestId('value-files-success').textContent()).toContain(
      'Các chỉ tiêu bên dưới đã được tính lại theo số liệu mới.',
    );
    await page.getByTestId('plan-live-targets').waitFor();
    await takeScreenshot(page, 'plan-value-files-imported');

    // A word in a number cell: nothing stored, the problem names the sheet row.
    await card.getByTestId('value-files-dry-run').click();
    const wrong = await fillFirstCell(template, 'mười hai', 'mau-co-chu.xlsx');
    await uploadFile(page, wrong);
    await card.getByTestId('value-files-error').waitFor();
    expect(await card.getByTestId('value-files-error-message').textContent()).toMatch(/^Chưa nhập số liệu nào/);
    const problems = card.getByTestId('value-files-problem');
    expect(await problems.count()).toBe(1);
    expect(await problems.first().textContent()).toMatch(new RegExp(`^Dòng ${firstUnitRow}, cột '`));
    expect(await card.getByTestId('value-files-confirm').count()).toBe(0);
    await takeScreenshot(page, 'plan-value-files-refused');
    await page.context().close();
  });

  it('asks to confirm an unusual jump and saves the same file once confirmed', async () => {
    const { app, browser } = running;
    const page = await openPage(browser);
    await logIn(page, app.baseUrl, planner);
    // 2024: the old communes of Tháp Mười district, which have earlier years to compare with.
    const template = await downloadTemplate(page, app.baseUrl, '2024');
    const { sheet } = await readDataSheet(template);
    const unitId = String(sheet.getCell(firstUnitRow, 1).value);
    const dataElementId = String(sheet.getCell(codeRow, firstValueColumn).value);
    await saveHistory(
      page,
      [100, 104, 96].map((value, index) => ({ dataElementId, unitId, period: String(2021 + index), value })),
    );

    const card = page.getByTestId('plan-value-files');
    await uploadFile(page, await fillFirstCell(template, 100_000, 'mau-so-la.xlsx'));
    await card.getByTestId('value-files-error').waitFor();
    expect(await card.getByTestId('value-files-problem').first().textContent()).toContain('khác thường');
    await card.getByTestId('value-files-confirm').click();
    await expect
      .poll(() => card.getByTestId('value-files-description').textContent())
      .toBe('Đã nhập: thêm 1, cập nhật 0, giữ nguyên 0, xóa 0.');
    expect(await card.getByTestId('value-files-error').count()).toBe(0);
    await page.context().close();
  });
});
