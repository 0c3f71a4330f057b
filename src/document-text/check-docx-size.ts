// Refuses a DOCX that would inflate past the limits, before mammoth inflates anything
// (the ZIP checks are in check-zip-size.ts, shared with spreadsheets).

import { checkZipSize, type ZipEntry } from './check-zip-size.ts';
import { DocumentReadError, formatByteSize } from './document-read-error.ts';
import { MAX_DOCX_ENTRIES, MAX_DOCX_UNCOMPRESSED_BYTES, formatCount } from './document-limits.ts';

/** Pictures are never opened (images are counted, not decoded); every other part is read. */
function isRead(entry: ZipEntry): boolean {
  return !(entry.name.startsWith('word/media/') && !/\.(?:xml|rels)$/i.test(entry.name)) && !entry.name.endsWith('/');
}

function tooManyEntries(count: number): DocumentReadError {
  return new DocumentReadError(
    'docx_too_many_entries',
    `Tệp Word có ${formatCount(count)} thành phần, vượt giới hạn ${formatCount(MAX_DOCX_ENTRIES)} thành phần của một tệp .docx.`,
  );
}

function tooLarge(fileBytes: number): DocumentReadError {
  return new DocumentReadError(
    'docx_too_large',
    `Tệp Word quá lớn khi giải nén: nội dung vượt giới hạn ${formatByteSize(MAX_DOCX_UNCOMPRESSED_BYTES)} sau giải nén (tệp nén chỉ ${formatByteSize(fileBytes)}). Hãy lưu lại tệp với ít nội dung hơn hoặc chia thành nhiều tệp.`,
  );
}

export async function checkDocxSize(bytes: Uint8Array): Promise<void> {
  await checkZipSize(bytes, {
    maxEntries: MAX_DOCX_ENTRIES,
    maxUncompressedBytes: MAX_DOCX_UNCOMPRESSED_BYTES,
    isRead,
    tooManyEntries,
    tooLarge,
  });
}
