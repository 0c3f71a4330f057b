// Refuses a PDF whose compressed streams would inflate past the limit, before pdf.js reads
// it: pdf.js inflates in JavaScript on its own thread, 200 MB took 82 s. Every Flate stream
// pdf.js may decode for text (content, fonts, object streams; not images, which text
// extraction never decodes) is inflated once into nothing while its bytes are counted.
// Streams are found by their keywords, not their /Length, so a lying length hides nothing.

import { DocumentReadError, formatByteSize } from './document-read-error.ts';
import { MAX_PDF_INFLATED_BYTES } from './document-limits.ts';
import { countInflatedBytes } from './count-inflated-bytes.ts';

function tooLarge(fileBytes: number): DocumentReadError {
  return new DocumentReadError(
    'pdf_too_large',
    `Tệp PDF quá lớn khi giải nén: nội dung vượt giới hạn ${formatByteSize(MAX_PDF_INFLATED_BYTES)} sau giải nén (tệp nén chỉ ${formatByteSize(fileBytes)}).`,
  );
}

export async function checkPdfSize(bytes: Uint8Array): Promise<void> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // latin1 maps byte i to character i, so string positions are byte positions.
  const text = buffer.toString('latin1');
  let remaining = MAX_PDF_INFLATED_BYTES;
  let at = 0;
  for (;;) {
    const keyword = text.indexOf('stream', at);
    if (keyword < 0) return;
    at = keyword + 6;
    if (text.startsWith('end', keyword - 3)) continue;
    const objectStart = text.lastIndexOf('obj', keyword);
    const dictionary = text.slice(Math.max(objectStart, keyword - 4096, 0), keyword);
    let start = keyword + 6;
    if (text[start] === '\r') start++;
    if (text[start] === '\n') start++;
    const end = text.indexOf('endstream', start);
    const stop = end < 0 ? text.length : end;
    at = stop;
    if (!/\/FlateDecode|\/Fl\b/.test(dictionary) || /\/Subtype\s*\/Image\b/.test(dictionary)) continue;
    remaining -= await countInflatedBytes(buffer.subarray(start, stop), 'zlib', remaining);
    if (remaining < 0) throw tooLarge(bytes.byteLength);
  }
}
