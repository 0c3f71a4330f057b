// Bytes of a .txt/.md file -> text. UTF-8 is the norm; Windows users still save UTF-16
// ("Unicode" in Notepad) and Windows-1258 ("Vietnamese" code page), which are decoded.
// Anything else is refused with the position of the first byte that is not UTF-8, so the
// user knows the file needs saving again rather than getting mojibake in a plan.

import iconv from 'iconv-lite';
import { DocumentReadError } from './document-read-error.ts';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';
  warnings: string[];
}

/** Byte offset of the first byte that breaks UTF-8, or -1 when the bytes are valid UTF-8. */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
const VOWEL_MARKS = new Set(['\u0302', '\u0306', '\u031b']);
// Punctuation Vietnamese Word documents carry besides letters.
const COMMON_PUNCTUATION = /[“”‘’–—…•°§№«»·×]/u;

/** Whether one character (NFC) is a letter of the Vietnamese alphabet outside ASCII. */
function isVietnameseLetter(char: string): boolean {
  if (char === 'đ' || char === 'Đ') return true;
  const parts = [...char.normalize('NFD')];
  const base = parts[0];
  if (!base || !/[aeiouyAEIOUY]/.test(base) || parts.length < 2) return false;
  let tones = 0;
  let vowelMarks = 0;
  for (const mark of parts.slice(1)) {
    if (TONE_MARKS.has(mark)) tones++;
    else if (VOWEL_MARKS.has(mark)) vowelMarks++;
    else return false;
  }
  return tones <= 1 && vowelMarks <= 1;
}

/**
 * Whether decoded text reads as Vietnamese: nearly every non-ASCII character is a
 * Vietnamese letter or common punctuation, and there are some. Text in another legacy
 * encoding (TCVN3, VNI, Latin-1 in another language) decoded as cp1258 fails this.
 */
export function looksVietnamese(text: string): boolean {
  let vietnamese = 0;
  let other = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) {
      if (code < 0x20 && char !== '\n' && char !== '\r' && char !== '\t' && char !== '\f') return false;
      continue;
    }
    if (char === '\ufffd') return false;
    if (isVietnameseLetter(char)) vietnamese++;
    else if (!COMMON_PUNCTUATION.test(char) && char !== '\u00a0') other++;
  }
  return vietnamese > 0 && other <= vietnamese * 0.05;
}

function describeOffset(bytes: Uint8Array, offset: number): string {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  const hex = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0');
  return `byte 0x${hex} ở dòng ${line} (vị trí ${offset + 1})`;
}

/** UTF-16 saved without a byte order mark: ASCII-heavy text has a zero in every other byte. */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = bytes.length / 2;
  // A few zeros on the other side are real characters (U+0300 combining marks, U+1E00).
  if (oddZeros > pairs * 0.3 && evenZeros <= pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros <= pairs * 0.05) return 'utf-16be';
  return null;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', warnings: string[]): DecodedText {
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding, warnings };
  } catch {
    throw new DocumentReadError(
      'not_utf8',
      `Tệp không phải văn bản UTF-8: tệp ghi theo ${encoding.toUpperCase()} nhưng có ký tự hỏng. Hãy lưu lại tệp với bảng mã UTF-8.`,
    );
  }
}

/** Decodes a plain-text file, BOM stripped; throws DocumentReadError when it cannot. */
export function decodePlainText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), 'utf-16le', []);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), 'utf-16be', []);
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;

  const utf16 = guessBomlessUtf16(body);
  if (utf16) {
    return decodeUtf16(body, utf16, [
      `Tệp được ghi theo bảng mã ${utf16.toUpperCase()} (không có BOM); đã chuyển sang UTF-8.`,
    ]);
  }

  const invalidAt = findInvalidUtf8(body);
  if (invalidAt < 0) {
    const text = new TextDecoder('utf-8').decode(body);
    const nul = text.indexOf('\u0000');
    if (nul >= 0) {
      throw new DocumentReadError(
        'binary_text',
        `Tệp không phải văn bản: có ký tự nhị phân (NUL) ở vị trí ${nul + 1}. Hãy dùng tệp .txt, .md, .docx hoặc .pdf.`,
      );
    }
    return { text, encoding: 'utf-8', warnings: [] };
  }

  const legacy = iconv
    .decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), 'windows-1258')
    .normalize('NFC');
  if (looksVietnamese(legacy)) {
    return {
      text: legacy,
      encoding: 'windows-1258',
      warnings: [
        'Tệp được ghi theo bảng mã Windows-1258; đã chuyển sang Unicode (UTF-8). Hãy kiểm tra lại dấu tiếng Việt.',
      ],
    };
  }
  throw new DocumentReadError(
    'not_utf8',
    `Tệp không phải văn bản UTF-8: ${describeOffset(body, invalidAt)} không hợp lệ, và cũng không đọc được theo bảng mã Windows-1258 (có thể tệp dùng TCVN3, VNI hoặc bảng mã khác). Hãy mở tệp và lưu lại với bảng mã UTF-8.`,
  );
}
