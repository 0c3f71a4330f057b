import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import {
  buildEmptyDocx,
  buildPlacedPdf,
  buildPlanDocx,
  buildScannedPdf,
  buildTextPdf,
} from '../../test/fixtures/documents/build-documents.ts';
import {
  DocumentReadError,
  MAX_DOCUMENT_BYTES,
  normaliseDocumentText,
  readDocumentText,
} from './read-document-text.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function expectReadError(promise: Promise<unknown>, code: string): Promise<string> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DocumentReadError);
  expect((error as DocumentReadError).code).toBe(code);
  return (error as DocumentReadError).message;
}

describe('readDocumentText: text files', () => {
  it('returns NFC text with LF line ends and no BOM, keeping line numbers', async () => {
    const decomposed = 'Ke\u0302\u0301 hoa\u0323ch'.normalize('NFD');
    const bytes = utf8(`\ufeff${decomposed}\r\ndòng 2  \r\rdòng 4\r\n`);
    const result = await readDocumentText(bytes, 'ke-hoach.txt');
    expect(result).toEqual({ text: 'Kế hoạch\ndòng 2\n\ndòng 4', format: 'txt', encoding: 'utf-8', warnings: [] });
  });

  it('tells .md from .txt by the extension, case-insensitively', async () => {
    expect((await readDocumentText(utf8('# **KẾ HOẠCH**'), 'KH.MD')).format).toBe('md');
    expect((await readDocumentText(utf8('KẾ HOẠCH'), 'C:\\tai lieu\\kh.Txt')).format).toBe('txt');
  });

  it('decodes Windows-1258 files', async () => {
    // "Kế hoạch" as Vietnamese Windows writes it: Ê + combining acute, a + combining dot below.
    const bytes = new Uint8Array(iconv.encode('Kê\u0301 hoa\u0323ch năm 2024', 'windows-1258'));
    const result = await readDocumentText(bytes, 'kh.txt');
    expect(result.text).toBe('Kế hoạch năm 2024');
    expect(result.encoding).toBe('windows-1258');
  });

  it('refuses an empty file and a file of white space', async () => {
    expect(await expectReadError(readDocumentText(new Uint8Array(), 'trong.txt'), 'empty_file')).toMatch(/^Tệp trống/);
    expect(await expectReadError(readDocumentText(utf8(' \r\n\t\n'), 'trong.txt'), 'empty_file')).toMatch(/^Tệp trống/);
    expect(await expectReadError(readDocumentText(new Uint8Array(), 'trong.pdf'), 'empty_file')).toContain('trong.pdf');
  });

  it('refuses a file over 20 MB, naming its size', async () => {
    const message = await expectReadError(
      readDocumentText(new Uint8Array(MAX_DOCUMENT_BYTES + 300 * 1024), 'lon.pdf'),
      'file_too_large',
    );
    expect(message).toBe('Tệp quá lớn: 20,3 MB, vượt giới hạn 20 MB.');
  });

  it('refuses unsupported formats, with a hint for .doc', async () => {
    expect(await expectReadError(readDocumentText(utf8('x'), 'bang.xlsx'), 'unsupported_format')).toContain('.xlsx');
    expect(await expectReadError(readDocumentText(utf8('x'), 'cu.doc'), 'unsupported_format')).toContain('.docx');
    expect(await expectReadError(readDocumentText(utf8('x'), 'khong-duoi'), 'unsupported_format')).toContain(
      'không có đuôi',
    );
  });

  it('refuses text that is neither UTF-8 nor Windows-1258', async () => {
    const bytes = new Uint8Array(iconv.encode('Straße ½ größer', 'latin1'));
    expect(await expectReadError(readDocumentText(bytes, 'kh.txt'), 'not_utf8')).toMatch(
      /^Tệp không phải văn bản UTF-8/,
    );
  });
});

describe('readDocumentText: Word', () => {
  it('reads paragraphs as lines, tables as tab-separated rows and footnotes at the end', async () => {
    const result = await readDocumentText(await buildPlanDocx(), 'ke-hoach.docx');
    expect(result.format).toBe('docx');
    expect(result.text.split('\n')).toEqual([
      'Số: 416/KH-UBND',
      'KẾ HOẠCH',
      'Phát triển nguồn nhân lực năm 2024[^1]',
      // A manual line break inside a sentence is a wrap; before a list item it is a new line.
      'Tăng cường công tác đào tạo nghề.',
      '- Tỷ lệ lao động qua đào tạo đạt 72%;',
      'I. MỤC TIÊU',
      '1. Mục tiêu chung',
      '2. Mục tiêu cụ thể',
      'a) Đào tạo nghề',
      'b) Giải quyết việc làm',
      'II. NHIỆM VỤ',
      '1. Rà soát nhu cầu',
      'STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian',
      // Two paragraphs in one cell are one cell; the merged lead cell covers both rows.
      '1\tRà soát nhu cầu đào tạo nghề\tPhòng Lao động - Thương binh và Xã hội\tQuý I/2024',
      '2\tTổ chức hội chợ việc làm\tPhòng Lao động - Thương binh và Xã hội\tTháng 6/2024',
      'Tổng cộng\t\tx',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT.',
      '',
      '[^1]: Theo Quyết định số 1234/QĐ-UBND ngày 01/3/2024.',
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('refuses a Word file without text, a corrupt one and a ZIP that is not Word', async () => {
    expect(await expectReadError(readDocumentText(await buildEmptyDocx(), 'trong.docx'), 'empty_docx')).toContain(
      'không có nội dung chữ',
    );
    const docx = await buildPlanDocx();
    const truncated = docx.subarray(0, Math.floor(docx.length / 2));
    expect(await expectReadError(readDocumentText(truncated, 'hong.docx'), 'unreadable_docx')).toMatch(
      /^Không đọc được tệp Word/,
    );
    expect(await expectReadError(readDocumentText(utf8('không phải zip'), 'gia.docx'), 'unreadable_docx')).toMatch(
      /^Không đọc được tệp Word/,
    );
  });
});

describe('readDocumentText: PDF', () => {
  it('rebuilds lines from the text layer and joins pages', async () => {
    const bytes = await buildTextPdf([
      [
        [
          [50, 'UY BAN NHAN DAN'],
          [350, 'CONG HOA XA HOI CHU NGHIA VIET NAM'],
        ],
        'KE HOACH',
        [
          [50, 'Ty le lao dong'],
          [130, 'qua dao tao dat 72%'],
        ],
        [
          [50, '1'],
          [90, 'Ra soat nhu cau'],
          [300, 'Phong LD-TB&XH'],
          [480, 'Quy I/2024'],
        ],
      ],
      ['Noi nhan:'],
    ]);
    const result = await readDocumentText(bytes, 'ke-hoach.pdf');
    expect(result.format).toBe('pdf');
    expect(result.text).toBe(
      [
        'UY BAN NHAN DAN  CONG HOA XA HOI CHU NGHIA VIET NAM',
        'KE HOACH',
        'Ty le lao dong qua dao tao dat 72%',
        '1\tRa soat nhu cau\tPhong LD-TB&XH\tQuy I/2024',
        '',
        'Noi nhan:',
      ].join('\n'),
    );
    expect(result.warnings).toEqual([]);
  });

  it('warns about pages without a text layer', async () => {
    const bytes = await buildTextPdf([['Trang mot'], [], ['Trang ba']]);
    const result = await readDocumentText(bytes, 'kh.pdf');
    expect(result.text).toBe('Trang mot\n\nTrang ba');
    expect(result.warnings).toEqual([expect.stringMatching(/^Trang 2 của tệp PDF không có lớp chữ/)]);
  });

  it('refuses a scanned PDF with the OCR message', async () => {
    const message = await expectReadError(readDocumentText(await buildScannedPdf(), 'scan.pdf'), 'pdf_scanned');
    expect(message).toMatch(/^Tệp PDF là bản scan — cần nhận dạng chữ \(OCR\) trước/);
  });

  it('refuses a corrupt PDF', async () => {
    const message = await expectReadError(
      readDocumentText(utf8('%PDF-1.7\nkhông phải PDF thật'), 'hong.pdf'),
      'unreadable_pdf',
    );
    expect(message).toMatch(/^Không đọc được tệp PDF/);
    const pdf = await buildTextPdf([['Trang mot']]);
    await expectReadError(readDocumentText(pdf.subarray(0, 200), 'cut.pdf'), 'unreadable_pdf');
  });

  it('reads a PDF or Word file renamed to .txt by its content', async () => {
    const pdf = await readDocumentText(await buildTextPdf([['KE HOACH']]), 'ke-hoach.txt');
    expect(pdf).toMatchObject({ format: 'pdf', text: 'KE HOACH' });
    expect(pdf.warnings[0]).toContain('.txt');
    expect((await readDocumentText(await buildPlanDocx(), 'ke-hoach')).format).toBe('docx');
  });
});

describe('normaliseDocumentText', () => {
  it('is idempotent', () => {
    const once = normaliseDocumentText('\ufeffa\u0301 \r\nb\t\r\n\r\n');
    expect(once).toBe('á\nb');
    expect(normaliseDocumentText(once)).toBe(once);
  });
});

describe('readDocumentText: PDF footnotes and small print', () => {
  it('marks footnotes so they are not read as numbered items, and keeps small table numbers', async () => {
    const body = (y: number, text: string, x = 50) => ({ x, y, size: 13, text });
    const small = (x: number, y: number, text: string, size = 10) => ({ x, y, size, text });
    const bytes = await buildPlacedPdf([
      body(800, 'KE HOACH'),
      body(780, 'Can cu Quyet dinh so 12/QD-UBND cua UBND tinh;'),
      // The note number, raised and small, right after the word it annotates.
      small(318, 785, '1', 7),
      body(760, 'I. CHI TIEU'),
      small(50, 740, '1'),
      small(90, 740, 'Ra soat nhu cau'),
      small(300, 740, 'Phong Noi vu'),
      small(480, 740, 'Quy I/2024'),
      body(720, '1. Ty le lao dong qua dao tao dat 70%.'),
      // The footnote at the foot of the page.
      small(50, 104, '1', 7),
      small(56, 100, 'Theo Quyet dinh so 12/QD-UBND ngay 01/3/2024 cua UBND tinh.'),
    ]);
    const result = await readDocumentText(bytes, 'kh.pdf');
    expect(result.text.split('\n')).toEqual([
      'KE HOACH',
      'Can cu Quyet dinh so 12/QD-UBND cua UBND tinh;[^1]',
      'I. CHI TIEU',
      '1\tRa soat nhu cau\tPhong Noi vu\tQuy I/2024',
      '1. Ty le lao dong qua dao tao dat 70%.',
      '[^1]: Theo Quyet dinh so 12/QD-UBND ngay 01/3/2024 cua UBND tinh.',
    ]);
  });
});
