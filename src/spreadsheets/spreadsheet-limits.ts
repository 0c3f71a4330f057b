// Every limit on an uploaded spreadsheet (value templates), in one place, beside
// document-limits.ts. A template of a province (about 100 communes × a few dozen columns) is
// tens of kilobytes; the limits leave room for a hundred times that and stop a zip bomb or a
// sheet of a million rows before exceljs builds it in memory.

/** The upload itself (XLSX or CSV). */
export const MAX_SPREADSHEET_BYTES = 5 * 1024 * 1024;
/** Entries in the XLSX (ZIP) archive. */
export const MAX_XLSX_ENTRIES = 200;
/** Uncompressed bytes of the archive's parts (sheets are XML, so inflate well). */
export const MAX_XLSX_UNCOMPRESSED_BYTES = 60 * 1024 * 1024;
/** Sheets in one workbook. */
export const MAX_XLSX_SHEETS = 20;
/** Rows of one sheet, and of one CSV file or DHIS2 payload. */
export const MAX_IMPORT_ROWS = 20_000;
/** Non-empty cells of one workbook. */
export const MAX_XLSX_CELLS = 400_000;

/** The pool that reads spreadsheets: one worker (the document pool has the other core). */
export const SPREADSHEET_WORKERS = 1;
export const SPREADSHEET_QUEUE = 4;
export const SPREADSHEET_TIME_LIMIT_MS = 20_000;
export const SPREADSHEET_HEAP_LIMIT_MB = 512;
