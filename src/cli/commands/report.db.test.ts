// `nhanluc report --plan 60/KH-UBND --period 2024 --out FILE` on the demo data, as `npm start`
// loads it: the same plan and period in the three formats, each with the figures the live
// evaluation gives (never typed), and the command's refusals in Vietnamese.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { findSoffice } from '../../reports/convert-to-pdf.ts';
import { systemActor } from '../../server/auth/actor.ts';
import { loadDemoPlans } from '../../server/plans/demo-plans.ts';
import { findPlansByNumberKey } from '../../server/plans/repository.ts';
import { listPlanTargets } from '../../server/targets/service.ts';
import { loadDemoValues } from '../../server/values/demo-values.ts';
import { runCli } from '../main.ts';
import { writePlanReport } from './report.ts';

let harness: TestApp;
let folder = '';
const options = (out: string) => ({ plan: '60/KH-UBND', period: '2024', out: path.join(folder, out) });

beforeAll(async () => {
  harness = await startTestApp({ data: 'reference', now: () => new Date('2026-12-03T03:00:00Z') });
  const planIds = (await loadDemoPlans(harness.ctx)).flatMap((result) => (result.planId ? [result.planId] : []));
  await loadDemoValues(harness.ctx, planIds);
  folder = await mkdtemp(path.join(os.tmpdir(), 'nhanluc-report-'));
}, 120_000);

afterAll(async () => {
  await harness?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('nhanluc report on the demo data', () => {
  it('writes the DOCX with the plan header and the counts of the live evaluation', async () => {
    const written = await writePlanReport(harness.ctx, options('bao-cao.docx'));
    expect(written.format).toBe('docx');
    const { value: text } = await mammoth.extractRawText({ buffer: await readFile(options('bao-cao.docx').out) });
    for (const line of [
      'ỦY BAN NHÂN DÂN',
      'HUYỆN CÀNG LONG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Càng Long, ngày 03 tháng 12 năm 2026',
      'Kết quả thực hiện Kế hoạch số 60/KH-UBND ngày 04/8/2021 của UBND huyện Càng Long năm 2024',
      'Chưa có báo cáo của đơn vị nào.',
      'Chưa có nhiệm vụ nào được báo cáo hoàn thành.',
    ])
      expect(text).toContain(line);
    // The sentence's figures are those of GET /api/plans/:id/targets on the period's last day.
    const [plan] = await findPlansByNumberKey(harness.ctx.db, ['60/kh-ubnd']);
    const live = await listPlanTargets(harness.ctx, systemActor, plan?.id ?? '', { asOf: '2024-12-31' });
    const total = Object.values(live.counts).reduce((sum, count) => sum + count, 0);
    expect(text).toContain(`Kế hoạch có ${total} chỉ tiêu; đánh giá đến ngày 31/12/2024:`);
    expect(text).toContain(`Có ${live.counts.met}/${total}`);
  });

  it('writes the XLSX annex with one row per target and task', async () => {
    await writePlanReport(harness.ctx, options('phu-luc.xlsx'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(options('phu-luc.xlsx').out);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Chỉ tiêu', 'Nhiệm vụ', 'Báo cáo đơn vị']);
    const targets = workbook.getWorksheet('Chỉ tiêu');
    expect(targets?.getCell(4, 2).value).toBe('Chỉ tiêu');
    expect(targets?.getCell(5, 1).value).toBe('1');
    expect(String(targets?.getCell(5, 4).value)).toMatch(/đạt|tiến độ|nguy cơ|số liệu/);
  });

  it.skipIf(!findSoffice())(
    'writes the PDF through LibreOffice',
    async () => {
      await writePlanReport(harness.ctx, options('bao-cao.pdf'));
      const pdf = await readFile(options('bao-cao.pdf').out);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = execFileSync('pdftotext', ['-layout', options('bao-cao.pdf').out, '-'], { encoding: 'utf8' });
      expect(text).toContain('HUYỆN CÀNG LONG');
    },
    60_000,
  );

  it('says in Vietnamese what is wrong with the plan or the period', async () => {
    await expect(writePlanReport(harness.ctx, { ...options('x.docx'), plan: '999/KH-UBND' })).rejects.toThrow(
      'Không tìm thấy kế hoạch số "999/KH-UBND"',
    );
    await expect(writePlanReport(harness.ctx, { ...options('x.docx'), period: '2024Q5' })).rejects.toThrow(/quý/i);
    await expect(writePlanReport(harness.ctx, options('x.odt'))).rejects.toThrow('.docx, .xlsx hoặc .pdf');
  });

  it('refuses missing flags with the usage', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(await runCli(['report', '--plan', '60/KH-UBND'])).toBe(2);
      expect(error.mock.calls.flat().join('\n')).toContain('Thiếu --plan, --period hoặc --out.');
    } finally {
      error.mockRestore();
    }
  });
});
