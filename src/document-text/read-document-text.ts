// An uploaded plan document (bytes + file name) -> its plain text, the one form the
// extractor reads. Every failure is a DocumentReadError whose Vietnamese message says
// what is wrong with the file; nothing here writes anywhere.

import { decodePlainText } from './decode-plain-text.ts';
import { DocumentReadError, formatByteSize } from './document-read-error.ts';
import { MAX_DOCUMENT_BYTES, MAX_TEXT_CHARACTERS, formatCount } from './document-limits.ts';
import { readDocxText } from './read-docx-text.ts';
import { readPdfText } from './read-pdf-text.ts';

export { DocumentReadError, type DocumentReadErrorCode } from './document-read-error.ts';

export { MAX_DOCUMENT_BYTES } from './document-limits.ts';

export type DocumentFormat = 'txt' | 'md' | 'docx' | 'pdf';

export interface DocumentText {
  /** NFC, LF line ends, no BOM. */
  text: string;
  format: DocumentFormat;
  /** Source encoding of a text file ("utf-8", "windows-1258", ...). */
  encoding?: string;
  /** Things the reader had to guess or leave out, in Vietnamese, for the reviewer. */
  warnings: string[];
}

const EXTENSIONS: Record<string, DocumentFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  docx: 'docx',
  pdf: 'pdf',
};

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** What the bytes are, whatever the name says: PDF, a ZIP (DOCX), or neither. */
function sniffFormat(bytes: Uint8Array): 'pdf' | 'zip' | null {
  // "%PDF-" may follow a few bytes of junk; pdf.js accepts that too.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  return null;
}

function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

function chooseFormat(bytes: Uint8Array, fileName: string, warnings: string[]): DocumentFormat {
  const extension = extensionOf(fileName);
  const named = EXTENSIONS[extension];
  const sniffed = sniffFormat(bytes);
  if (named === 'pdf' || named === 'docx') return named;
  if (named) {
    // A PDF or Word file renamed to .txt would otherwise fail as "not UTF-8".
    if (sniffed === 'pdf' || sniffed === 'zip') {
      const actual = sniffed === 'pdf' ? 'pdf' : 'docx';
      warnings.push(
        `Tệp có đuôi .${extension} nhưng nội dung là tệp ${actual.toUpperCase()}; đã đọc theo định dạng ${actual.toUpperCase()}.`,
      );
      return actual;
    }
    return named;
  }
  if (extension === 'doc') {
    throw new DocumentReadError(
      'unsupported_format',
      'Tệp .doc (Word 97-2003) chưa được hỗ trợ; hãy mở bằng Word và lưu lại thành .docx (hoặc .pdf).',
    );
  }
  if (!extension && sniffed) return sniffed === 'pdf' ? 'pdf' : 'docx';
  const shown = extension ? `.${extension}` : 'không có đuôi';
  throw new DocumentReadError(
    'unsupported_format',
    `Định dạng tệp (${shown}) không được hỗ trợ; hãy dùng tệp .txt, .md, .docx hoặc .pdf.`,
  );
}

/** NFC, LF line ends, no BOM, no trailing white space on lines or at the end. */
export function normaliseDocumentText(text: string): string {
  return text
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(/[ \t\u00a0]+$/gm, '')
    .replace(/\n+$/, '');
}

function checkLength(text: string): string {
  if (text.length > MAX_TEXT_CHARACTERS) {
    throw new DocumentReadError(
      'text_too_long',
      `Văn bản quá dài: ${formatCount(text.length)} ký tự, vượt giới hạn ${formatCount(MAX_TEXT_CHARACTERS)} ký tự của một kế hoạch; hãy chia thành nhiều tệp.`,
    );
  }
  return text;
}

export async function readDocumentText(bytes: Uint8Array, fileName: string): Promise<DocumentText> {
  if (bytes.byteLength === 0)
    throw new DocumentReadError('empty_file', `Tệp trống: ${fileName} không có nội dung (0 byte).`);
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) {
    throw new DocumentReadError(
      'file_too_large',
      `Tệp quá lớn: ${formatByteSize(bytes.byteLength)}, vượt giới hạn ${formatByteSize(MAX_DOCUMENT_BYTES)}.`,
    );
  }
  const warnings: string[] = [];
  const format = chooseFormat(bytes, fileName, warnings);

  if (format === 'docx') {
    const docx = await readDocxText(bytes);
    return {
      text: checkLength(normaliseDocumentText(docx.lines.join('\n'))),
      format,
      warnings: [...warnings, ...docx.warnings],
    };
  }
  if (format === 'pdf') {
    const pdf = await readPdfText(bytes);
    return {
      text: checkLength(normaliseDocumentText(pdf.lines.join('\n'))),
      format,
      warnings: [...warnings, ...pdf.warnings],
    };
  }
  const decoded = decodePlainText(bytes);
  const text = checkLength(normaliseDocumentText(decoded.text));
  if (text.trim() === '')
    throw new DocumentReadError('empty_file', `Tệp trống: ${fileName} chỉ có khoảng trắng, không có nội dung chữ.`);
  return { text, format, encoding: decoded.encoding, warnings: [...warnings, ...decoded.warnings] };
}
