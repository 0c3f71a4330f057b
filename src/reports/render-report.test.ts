// The report as a reader sees it: the DOCX rendered by LibreOffice to PDF and the first page
// to PNG (poppler-utils), then checked with pdfinfo, pdffonts and pdftotext against Decree
// 30/2020: A4, margins left 30 / right 15 / top 20 mm, Times New Roman (LibreOffice embeds its
// metric-compatible Liberation Serif where Times is not installed), the two header blocks, the
// page number from page 2 only. Page 1 is kept as .tmp/screenshots/report-page-1.png, beside
// the browser tests' screenshots.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReportModel } from '../domain/reports/report-model.ts';
import { buildSampleReportInput } from '../domain/reports/test-report-input.ts';
import { convertDocxToPdf, findSoffice } from './convert-to-pdf.ts';
import { writeReportDocx } from './write-report-docx.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const screenshotDir = path.join(repo, '.tmp', 'screenshots');
const hasPoppler = existsSync('/usr/bin/pdftoppm') && existsSync('/usr/bin/pdffonts');
const canRender = findSoffice() !== null && hasPoppler;
const skipReason = canRender
  ? ''
  : ' (skipped: needs LibreOffice and poppler-utils — apt-get install libreoffice-writer-nogui poppler-utils fonts-liberation2)';
const pt = (mm: number) => (mm / 25.4) * 72;

interface Word {
  x0: number;
  y0: number;
  x1: number;
  text: string;
}

function readWords(pdf: string, page: number): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'], {
    encoding: 'utf8',
  });
  return [...html.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</g)].map((m) => ({
    x0: Number(m[1]),
    y0: Number(m[2]),
    x1: Number(m[3]),
    text: m[4] ?? '',
  }));
}

describe.skipIf(!canRender)(`the report rendered by LibreOffice${skipReason}`, () => {
  let folder = '';
  let pdfFile = '';
  let docx: Buffer;

  beforeAll(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'nhanluc-render-'));
    docx = await writeReportDocx(buildReportModel(buildSampleReportInput({ targets: 20, tasks: 30, units: 5 })));
    pdfFile = path.join(folder, 'report.pdf');
    writeFileSync(pdfFile, await convertDocxToPdf(docx));
  }, 90_000);

  afterAll(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('declares Times New Roman and an A4 page in the DOCX itself', async () => {
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(docx);
    const document = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    expect(styles).toContain('w:ascii="Times New Roman"');
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(document).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(document).toContain('<w:titlePg/>');
  });

  it('is A4 with Times New Roman (or its metric twin) embedded', () => {
    const info = execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThan(1);
    const fonts = execFileSync('pdffonts', [pdfFile], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((line) => line.split(/\s+/)[0]?.replace(/^[A-Z]{6}\+/, '') ?? '');
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/^(TimesNewRoman|LiberationSerif)/);
  });

  it('keeps the text inside the margins: left 30 mm, right 15 mm, top 20 mm', () => {
    const words = readWords(pdfFile, 1);
    expect(Math.min(...words.map((w) => w.x0))).toBeGreaterThanOrEqual(pt(30) - 1);
    expect(Math.min(...words.map((w) => w.x0))).toBeLessThan(pt(30) + 6);
    expect(Math.max(...words.map((w) => w.x1))).toBeLessThanOrEqual(595.3 - pt(15) + 1);
    expect(Math.min(...words.map((w) => w.y0))).toBeGreaterThanOrEqual(pt(20) - 2);
  });

  it('heads page 1 with both blocks, the number and the date, and numbers pages from 2', () => {
    const first = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', pdfFile, '-'], { encoding: 'utf8' });
    for (const text of [
      'ỦY BAN NHÂN DÂN',
      'HUYỆN CÀNG LONG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '/BC-UBND',
      'Càng Long, ngày 20 tháng 12 năm 2024',
      'BÁO CÁO',
      'Kết quả thực hiện Kế hoạch số 60/KH-UBND ngày 04/8/2021',
    ])
      expect(first).toContain(text);
    // The top margin holds the page number: nothing there on page 1, "2" centred on page 2.
    expect(readWords(pdfFile, 1).filter((w) => w.y0 < pt(20) - 2)).toEqual([]);
    const header = readWords(pdfFile, 2).filter((w) => w.y0 < pt(20) - 2);
    expect(header.map((w) => w.text)).toEqual(['2']);
    const centre = (pt(30) + 595.3 - pt(15)) / 2;
    expect(Math.abs(((header[0]?.x0 ?? 0) + (header[0]?.x1 ?? 0)) / 2 - centre)).toBeLessThan(6);
    const all = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
    for (const text of [
      'II. KHÓ KHĂN, VƯỚNG MẮC',
      'III. ĐỀ XUẤT, KIẾN NGHỊ',
      'Nơi nhận:',
      'KT. CHỦ TỊCH',
      'Nguyễn Văn Triều',
    ])
      expect(all).toContain(text);
  });

  it('renders page 1 to PNG, kept as a test artefact', () => {
    mkdirSync(screenshotDir, { recursive: true });
    const prefix = path.join(screenshotDir, 'report-page');
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdfFile, `${prefix}-1`]);
    const png = readFileSync(`${prefix}-1.png`);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // A4 at 80 dpi, rounded up by pdftoppm: 662 x 936 pixels (IHDR width and height at bytes 16–23).
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([662, 936]);
  });
});
