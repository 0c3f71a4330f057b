// Refuses a DOCX that would inflate past the limits, before mammoth inflates anything. The
// ZIP central directory gives each entry's declared size (a first, free check), then every
// entry that will be read is inflated once into nothing while its bytes are counted, so a
// central directory that lies about sizes is caught as well.

import { DocumentReadError, formatByteSize } from './document-read-error.ts';
import { MAX_DOCX_ENTRIES, MAX_DOCX_UNCOMPRESSED_BYTES, formatCount } from './document-limits.ts';
import { countInflatedBytes } from './count-inflated-bytes.ts';

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
}

/** Central directory entries, or null when the bytes are no ZIP (mammoth then reports it). */
function readCentralDirectory(zip: Buffer): ZipEntry[] | null {
  const searchFrom = Math.max(0, zip.length - 22 - 0xffff);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < searchFrom || end + 22 > zip.length) return null;
  const count = zip.readUInt16LE(end + 10);
  if (count > MAX_DOCX_ENTRIES) throw tooManyEntries(count);
  const entries: ZipEntry[] = [];
  let offset = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== 0x02014b50) return entries;
    const nameLength = zip.readUInt16LE(offset + 28);
    entries.push({
      name: zip.toString('utf8', offset + 46, offset + 46 + nameLength),
      method: zip.readUInt16LE(offset + 10),
      compressedSize: zip.readUInt32LE(offset + 20),
      declaredSize: zip.readUInt32LE(offset + 24),
      localOffset: zip.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
  return entries;
}

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
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = readCentralDirectory(zip)?.filter(isRead);
  if (!entries) return;
  // 0xffffffff means "see the ZIP64 record": no declared figure, only the count below.
  const declared = entries.reduce(
    (sum, entry) => sum + (entry.declaredSize === 0xffffffff ? 0 : entry.declaredSize),
    0,
  );
  if (declared > MAX_DOCX_UNCOMPRESSED_BYTES) throw tooLarge(bytes.byteLength);
  let remaining = MAX_DOCX_UNCOMPRESSED_BYTES;
  for (const entry of entries) {
    const local = entry.localOffset;
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50) continue;
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    // A lying compressed size cannot hide data either: without a trustworthy size the rest of the file is inflated.
    const stop =
      entry.compressedSize > 0 && entry.compressedSize !== 0xffffffff
        ? Math.min(zip.length, start + entry.compressedSize)
        : zip.length;
    const data = zip.subarray(start, stop);
    const size =
      entry.method === 8 ? await countInflatedBytes(data, 'raw', remaining) : entry.method === 0 ? data.length : 0;
    remaining -= size;
    if (remaining < 0) throw tooLarge(bytes.byteLength);
  }
}
