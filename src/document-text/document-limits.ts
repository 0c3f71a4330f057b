// Every limit on what an uploaded document may hold, in one place. Each is checked as early
// as it can be (before inflating, while inflating, before extracting text) and each refusal
// names its limit in Vietnamese. Seed plans are 15–20 KB of text with a few dozen items;
// the limits leave room for fifty to a hundred and fifty times that.

/** The upload itself. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
/** Entries in a DOCX (ZIP) archive. */
export const MAX_DOCX_ENTRIES = 2_000;
/** Uncompressed bytes of a DOCX's parts that are read (all but the pictures under word/media). */
export const MAX_DOCX_UNCOMPRESSED_BYTES = 40 * 1024 * 1024;
/** Pages of a PDF, checked before any text is extracted. */
export const MAX_PDF_PAGES = 500;
/** Inflated bytes of a PDF's compressed streams that pdf.js may read (all but images). */
export const MAX_PDF_INFLATED_BYTES = 64 * 1024 * 1024;
/** Characters of text read from one document. */
export const MAX_TEXT_CHARACTERS = 3_000_000;
/** Items of each kind in one extracted plan (draft). */
export const MAX_DRAFT_ITEMS = { targets: 2_000, tasks: 2_000, reporting: 500, references: 500 } as const;

/** The worker pool that reads uploads: two cores on the target machine, so two workers. */
export const DOCUMENT_WORKERS = 2;
export const DOCUMENT_QUEUE = 8;
export const DOCUMENT_TIME_LIMIT_MS = 20_000;
export const DOCUMENT_HEAP_LIMIT_MB = 512;

export const formatCount = (n: number) => n.toLocaleString('vi-VN');
