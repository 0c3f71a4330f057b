import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { encodeWindows1258 } from '../../test/fixtures/documents/build-documents.ts';
import { decodePlainText, findInvalidUtf8, looksVietnamese } from './decode-plain-text.ts';
import { DocumentReadError } from './document-read-error.ts';

const SAMPLE = 'KẾ HOẠCH\nPhát triển nguồn nhân lực huyện Tháp Mười năm 2024\nTỷ lệ lao động qua đào tạo đạt 72%.';
const utf8 = (text: string) => new TextEncoder().encode(text);

function expectReadError(run: () => unknown, code: string): DocumentReadError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DocumentReadError);
    expect((error as DocumentReadError).code).toBe(code);
    return error as DocumentReadError;
  }
  throw new Error('expected a DocumentReadError');
}

describe('findInvalidUtf8', () => {
  it('accepts valid UTF-8 including 4-byte sequences', () => {
    expect(findInvalidUtf8(utf8(`${SAMPLE} 😀`))).toBe(-1);
  });

  it('points at stray, truncated, overlong and surrogate sequences', () => {
    expect(findInvalidUtf8(new Uint8Array([0x41, 0xff, 0x41]))).toBe(1);
    expect(findInvalidUtf8(new Uint8Array([0x41, 0x42, 0xe1, 0xba]))).toBe(2);
    expect(findInvalidUtf8(new Uint8Array([0xc0, 0xaf]))).toBe(0);
    expect(findInvalidUtf8(new Uint8Array([0xe0, 0x80, 0xaf]))).toBe(0);
    expect(findInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0);
  });
});

describe('decodePlainText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodePlainText(utf8(SAMPLE))).toEqual({ text: SAMPLE, encoding: 'utf-8', warnings: [] });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(SAMPLE)]);
    expect(decodePlainText(withBom).text).toBe(SAMPLE);
  });

  it('reads UTF-16 little and big endian with a BOM', () => {
    const le = iconv.encode(SAMPLE, 'utf-16le', { addBOM: true });
    expect(decodePlainText(new Uint8Array(le))).toMatchObject({ text: SAMPLE, encoding: 'utf-16le' });
    const be = iconv.encode(SAMPLE, 'utf-16be');
    expect(decodePlainText(new Uint8Array([0xfe, 0xff, ...be]))).toMatchObject({ text: SAMPLE, encoding: 'utf-16be' });
  });

  it('recognises UTF-16 saved without a BOM and says so', () => {
    const decoded = decodePlainText(new Uint8Array(iconv.encode(SAMPLE, 'utf-16le')));
    expect(decoded).toMatchObject({ text: SAMPLE, encoding: 'utf-16le' });
    expect(decoded.warnings[0]).toContain('UTF-16LE');
  });

  it('decodes Windows-1258 (combining tone marks) into NFC Vietnamese', () => {
    const bytes = encodeWindows1258(SAMPLE);
    expect(bytes.includes(0x3f)).toBe(false);
    expect(findInvalidUtf8(bytes)).toBeGreaterThanOrEqual(0);
    const decoded = decodePlainText(bytes);
    expect(decoded.encoding).toBe('windows-1258');
    expect(decoded.text).toBe(SAMPLE);
    expect(decoded.text).toBe(decoded.text.normalize('NFC'));
    expect(decoded.warnings[0]).toContain('Windows-1258');
  });

  it('refuses text in another legacy encoding, naming the first bad byte and its line', () => {
    // Latin-1 German: invalid UTF-8, and as cp1258 it is not Vietnamese.
    const bytes = new Uint8Array(iconv.encode('Zeile eins\nGrüße aus Köln, schön größer', 'latin1'));
    const error = expectReadError(() => decodePlainText(bytes), 'not_utf8');
    expect(error.message).toMatch(/^Tệp không phải văn bản UTF-8/);
    expect(error.message).toContain('byte 0xFC ở dòng 2');
    expect(error.message).toContain('Windows-1258');
  });

  it('refuses binary content', () => {
    const bytes = new Uint8Array([0x41, 0x00, 0x00, 0x00, 0x42, 0x43, 0x44, 0x00, 0x01]);
    expectReadError(() => decodePlainText(bytes), 'binary_text');
    expectReadError(
      () => decodePlainText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])),
      'not_utf8',
    );
  });
});

describe('looksVietnamese', () => {
  it('accepts Vietnamese and refuses other accented text', () => {
    expect(looksVietnamese('Ủy ban nhân dân xã “Thanh Thủy” – năm 2026')).toBe(true);
    expect(looksVietnamese('plain ascii only')).toBe(false);
    expect(looksVietnamese('Grüße aus Köln, schön')).toBe(false);
    expect(looksVietnamese('Vi\u0000t Nam')).toBe(false);
  });
});
