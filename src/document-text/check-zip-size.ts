// A ZIP archive (DOCX, XLSX) checked before any library inflates it: the central directory
// gives each entry's declared size (a first, free check), then every entry that will be read
// is inflated once into nothing while its bytes are counted, so a central directory that lies
// about sizes is caught as well. The caller names the limits and words the refusals.

import { countInflatedBytes } from './count-inflated-bytes.ts';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
}

export interface ZipLimits {
  maxEntries: number;
  maxUncompressedBytes: number;
  /** Entries that will be read (and so counted); the others are skipped. */
  isRead(entry: ZipEntry): boolean;
  tooManyEntries(count: number): Error;
  tooLarge(fileBytes: number): Error;
}

/** Central directory entries, or null when the bytes are no ZIP. */
export function readCentralDirectory(
  zip: Buffer,
  limits: Pick<ZipLimits, 'maxEntries' | 'tooManyEntries'>,
): ZipEntry[] | null {
  const searchFrom = Math.max(0, zip.length - 22 - 0xffff);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < searchFrom || end + 22 > zip.length) return null;
  const count = zip.readUInt16LE(end + 10);
  if (count > limits.maxEntries) throw limits.tooManyEntries(count);
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

/** Throws the caller's refusal when the archive would inflate past its limits; false when the bytes are no ZIP. */
export async function checkZipSize(bytes: Uint8Array, limits: ZipLimits): Promise<boolean> {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = readCentralDirectory(zip, limits)?.filter((entry) => limits.isRead(entry));
  if (!entries) return false;
  // 0xffffffff means "see the ZIP64 record": no declared figure, only the count below.
  const declared = entries.reduce(
    (sum, entry) => sum + (entry.declaredSize === 0xffffffff ? 0 : entry.declaredSize),
    0,
  );
  if (declared > limits.maxUncompressedBytes) throw limits.tooLarge(bytes.byteLength);
  let remaining = limits.maxUncompressedBytes;
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
    if (remaining < 0) throw limits.tooLarge(bytes.byteLength);
  }
  return true;
}
