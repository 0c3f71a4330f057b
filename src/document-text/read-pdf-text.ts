// PDF -> plain text lines from the text layer (unpdf's build of pdf.js). pdf.js returns
// positioned fragments; lines are rebuilt from them: fragments on the same baseline are
// one line, left to right, with a space where there is a gap. A wide gap separates
// columns: the two-column heading of an administrative document stays on one line (as
// in copies of such PDFs), and a row of three or more columns becomes tab-separated
// cells, which the extractor reads as a table row.

import { extractTextItems, getDocumentProxy, type StructuredTextItem } from 'unpdf';
import { DocumentReadError } from './document-read-error.ts';
import { MAX_PDF_PAGES, formatCount } from './document-limits.ts';
import { checkPdfSize } from './check-pdf-size.ts';

export interface PdfText {
  lines: string[];
  pages: number;
  warnings: string[];
}

interface PdfLine {
  y: number;
  size: number;
  items: StructuredTextItem[];
}

function sizeOf(item: StructuredTextItem): number {
  return item.fontSize > 0 ? item.fontSize : 10;
}

function groupLines(items: StructuredTextItem[]): PdfLine[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfLine[] = [];
  for (const item of sorted) {
    const size = sizeOf(item);
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.y - item.y) <= Math.max(1, 0.4 * Math.min(line.size, size))) {
      line.items.push(item);
      line.size = Math.max(line.size, size);
    } else {
      lines.push({ y: item.y, size, items: [item] });
    }
  }
  return lines;
}

/** The font size most of the page's characters are set in. */
function findBodySize(items: StructuredTextItem[]): number {
  const weights = new Map<number, number>();
  for (const item of items) {
    const size = Math.round(sizeOf(item) * 2) / 2;
    weights.set(size, (weights.get(size) ?? 0) + item.str.length);
  }
  let best = 10;
  let bestWeight = -1;
  for (const [size, weight] of weights) {
    if (weight > bestWeight) [best, bestWeight] = [size, weight];
  }
  return best;
}

const NOTE_NUMBER = /^\d{1,2}$/;

/**
 * Rebuilds a page's lines with footnotes in the form the extractor knows: the raised,
 * small note number in the body becomes "[^n]" and a small-print line at the foot of the
 * page that starts with a note number becomes "[^n]: text", so a footnote is never read
 * as a numbered item of the plan.
 */
function readPageLines(pageItems: StructuredTextItem[]): string[] {
  // pdf.js adds white-space fragments spanning the gaps between words and columns; the
  // gaps themselves are measured instead, so a column gap is not hidden behind them.
  const items = pageItems.filter((item) => item.str.trim().length > 0);
  const bodySize = findBodySize(items);
  const isSmallNumber = (item: StructuredTextItem) =>
    NOTE_NUMBER.test(item.str.trim()) && sizeOf(item) < 0.8 * bodySize;
  const lines = groupLines(items.filter((item) => !isSmallNumber(item)));
  const bodyLines = lines.filter((line) => line.size >= 0.9 * bodySize);
  const lowestBodyY = Math.min(...bodyLines.map((line) => line.y));
  const noteOf = new Map<PdfLine, string>();

  for (const marker of items.filter(isSmallNumber)) {
    let target: PdfLine | null = null;
    for (const line of lines) {
      const rise = marker.y - line.y;
      if (rise < -0.2 * bodySize || rise > 0.7 * bodySize) continue;
      if (!target || Math.abs(rise) < Math.abs(marker.y - target.y)) target = line;
    }
    const number = marker.str.trim();
    const first = target ? [...target.items].sort((a, b) => a.x - b.x)[0] : undefined;
    const startsFootnote =
      target !== null &&
      first !== undefined &&
      bodyLines.length > 0 &&
      target.y < lowestBodyY &&
      target.size < 0.9 * bodySize &&
      marker.x < first.x &&
      first.x - marker.x < 4 * bodySize &&
      !noteOf.has(target);
    if (target && startsFootnote) noteOf.set(target, number);
    else if (target && marker.y - target.y > 0.15 * bodySize) target.items.push({ ...marker, str: `[^${number}]` });
    // On the baseline it is ordinary small text: a number cell of a small-print table.
    else if (target && Math.abs(marker.y - target.y) <= Math.max(1, 0.4 * Math.min(target.size, sizeOf(marker))))
      target.items.push(marker);
    else lines.push({ y: marker.y, size: sizeOf(marker), items: [marker] });
  }

  return lines
    .sort((a, b) => b.y - a.y)
    .map((line) => {
      const text = joinLineItems(line.items);
      const note = noteOf.get(line);
      return note ? `[^${note}]: ${text}` : text;
    })
    .filter((line) => line.trim().length > 0);
}

/** Joins one rebuilt line; exported for tests with hand-made fragments. */
export function joinLineItems(items: StructuredTextItem[]): string {
  const ordered = [...items].sort((a, b) => a.x - b.x);
  const columns: string[] = [];
  let current = '';
  let end: number | null = null;
  for (const item of ordered) {
    const size = item.fontSize > 0 ? item.fontSize : 10;
    const gap = end === null ? 0 : item.x - end;
    if (end !== null && gap > 3 * size) {
      columns.push(current.trim());
      current = item.str;
    } else {
      const needsSpace = end !== null && gap > 0.15 * size && !/\s$/.test(current) && !/^(?:\s|\[\^)/.test(item.str);
      current += (needsSpace ? ' ' : '') + item.str;
    }
    end = Math.max(end ?? -Infinity, item.x + Math.max(0, item.width));
  }
  columns.push(current.trim());
  const filled = columns.filter((column) => column.length > 0);
  return filled.length >= 3 ? filled.join('\t') : filled.join('  ');
}

function describePdfError(error: unknown): DocumentReadError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return new DocumentReadError('encrypted_pdf', 'Tệp PDF được đặt mật khẩu; hãy gỡ mật khẩu rồi tải lên lại.', {
      cause: error,
    });
  }
  return new DocumentReadError('unreadable_pdf', 'Không đọc được tệp PDF: tệp bị hỏng hoặc không phải định dạng PDF.', {
    cause: error,
  });
}

/** Share of characters that cannot be real text: fonts without a Unicode map give these. */
function countGarbage(text: string): number {
  let bad = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === '\ufffd' || (code >= 0xe000 && code <= 0xf8ff) || (code < 0x20 && char !== '\t')) bad++;
  }
  return bad;
}

export async function readPdfText(bytes: Uint8Array): Promise<PdfText> {
  // pdf.js takes ownership of (detaches) the buffer it is given, so it gets a copy.
  const data = new Uint8Array(bytes);
  await checkPdfSize(bytes);
  let pages: StructuredTextItem[][];
  let pageCount: number;
  try {
    const pdf = await getDocumentProxy(data, { verbosity: 0 });
    try {
      // Counted from the page tree, before any page is parsed.
      if (pdf.numPages > MAX_PDF_PAGES) {
        throw new DocumentReadError(
          'pdf_too_many_pages',
          `Tệp PDF có ${formatCount(pdf.numPages)} trang, vượt giới hạn ${formatCount(MAX_PDF_PAGES)} trang của một kế hoạch; hãy tải lên phần văn bản kế hoạch.`,
        );
      }
      const result = await extractTextItems(pdf);
      pages = result.items;
      pageCount = result.totalPages;
    } finally {
      await pdf.destroy().catch(() => undefined);
    }
  } catch (error) {
    if (error instanceof DocumentReadError) throw error;
    throw describePdfError(error);
  }

  const lines: string[] = [];
  const emptyPages: number[] = [];
  pages.forEach((items, index) => {
    const pageLines = readPageLines(items);
    if (pageLines.length === 0) {
      emptyPages.push(index + 1);
      return;
    }
    if (lines.length > 0) lines.push('');
    lines.push(...pageLines);
  });

  if (lines.length === 0) {
    throw new DocumentReadError(
      'pdf_scanned',
      'Tệp PDF là bản scan — cần nhận dạng chữ (OCR) trước: không trang nào có lớp chữ.',
    );
  }
  const warnings: string[] = [];
  if (emptyPages.length > 0) {
    warnings.push(
      `Trang ${emptyPages.join(', ')} của tệp PDF không có lớp chữ (có thể là ảnh scan); nội dung các trang này không được đọc.`,
    );
  }
  const text = lines.join('\n');
  const characters = text.replace(/\s/g, '').length;
  if (characters > 0 && countGarbage(text) > characters * 0.2) {
    warnings.push('Tệp PDF dùng phông chữ không có bảng mã Unicode; chữ đọc ra có thể sai, hãy đối chiếu với bản gốc.');
  }
  return { lines, pages: pageCount, warnings };
}
