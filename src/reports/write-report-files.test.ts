// The writers on their own (no LibreOffice): the DOCX reads back as the model says, a control
// character pasted into a plan does not break the file, a "trong đó" part is not labelled twice;
// the XLSX annex has its three sheets; a missing LibreOffice is named in Vietnamese.
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { afterEach, describe, expect, it } from 'vitest';
import { buildReportModel } from '../domain/reports/report-model.ts';
import { buildSampleReportInput } from '../domain/reports/test-report-input.ts';
import { convertDocxToPdf, PdfConverterError } from './convert-to-pdf.ts';
import { writeReportDocx } from './write-report-docx.ts';
import { writeReportXlsx } from './write-report-xlsx.ts';

function buildModel() {
  const input = buildSampleReportInput({ targets: 4, tasks: 4, units: 2 });
  const targets = input.targets.map((target, i) =>
    i === 1 ? { ...target, depth: 1, text: 'trong đó có bằng cấp\u0007, chứng chỉ đạt 30%' } : target,
  );
  return buildReportModel({ ...input, targets });
}

describe('writeReportDocx', () => {
  it('writes a document Word can read, control characters dropped, parts labelled once', async () => {
    const { value } = await mammoth.extractRawText({ buffer: await writeReportDocx(buildModel()) });
    expect(value).toContain('trong đó có bằng cấp, chứng chỉ đạt 30%');
    expect(value).not.toContain('Trong đó: trong đó');
    expect(value).toContain('- UBND xã An Trường 1: ');
    expect(value).toContain('Nơi nhận:');
    expect(value).toContain('- Lưu: VT.');
  });
});

describe('writeReportXlsx', () => {
  it('writes the targets, tasks and units sheets', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeReportXlsx(buildModel())) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Chỉ tiêu', 'Nhiệm vụ', 'Báo cáo đơn vị']);
    expect(workbook.getWorksheet('Chỉ tiêu')?.getCell(6, 1).value).toBe('1.1');
    expect(workbook.getWorksheet('Báo cáo đơn vị')?.getCell(5, 2).value).toBe('UBND xã An Trường 1');
  });
});

describe('convertDocxToPdf without LibreOffice', () => {
  const saved = process.env.SOFFICE_PATH;
  afterEach(() => {
    if (saved === undefined) delete process.env.SOFFICE_PATH;
    else process.env.SOFFICE_PATH = saved;
  });

  it('names the Debian package to install', async () => {
    process.env.SOFFICE_PATH = '/khong-co/soffice';
    const error = await convertDocxToPdf(new Uint8Array([1])).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PdfConverterError);
    expect((error as PdfConverterError).reason).toBe('missing');
    expect((error as Error).message).toContain('libreoffice-writer-nogui');
  });
});
