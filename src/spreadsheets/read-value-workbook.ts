// An uploaded workbook -> plain grids of the sheets a value template has, inside the
// spreadsheet worker: checked as a ZIP before exceljs inflates it (entries, inflated bytes),
// then sheets, rows and cells counted against spreadsheet-limits.ts. Every refusal is an
// AppError with a Vietnamese message (400 not a workbook, 413 over a limit).

import ExcelJS from 'exceljs';
import { checkZipSize } from '../document-text/check-zip-size.ts';
import { formatByteSize } from '../document-text/document-read-error.ts';
import { formatCount } from '../document-text/document-limits.ts';
import type { GridCell } from '../domain/values/value-template.ts';
import { AppError } from '../server/errors.ts';
import {
  MAX_IMPORT_ROWS,
  MAX_SPREADSHEET_BYTES,
  MAX_XLSX_CELLS,
  MAX_XLSX_ENTRIES,
  MAX_XLSX_SHEETS,
  MAX_XLSX_UNCOMPRESSED_BYTES,
} from './spreadsheet-limits.ts';

export interface WorkbookGrids {
  /** Sheet name -> rows of cells (grid[0] is row 1). */
  sheets: Record<string, GridCell[][]>;
}

const notXlsx = () =>
  new AppError(
    400,
    'not_xlsx',
    'Tệp không phải là bảng tính Excel (.xlsx). Hãy tải mẫu nhập số liệu, điền vào và lưu ở định dạng .xlsx.',
    'file',
  );

const tooLarge = (message: string) => new AppError(413, 'spreadsheet_too_large', message, 'file');

/** A cell as plain data: formulas by their result, rich text as its text, dates as YYYY-MM-DD. */
function plainCell(value: ExcelJS.CellValue): GridCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((run) => run.text).join('');
    if ('result' in value) return plainCell((value.result ?? null) as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
  }
  return null;
}

export async function readValueWorkbook(bytes: Uint8Array): Promise<WorkbookGrids> {
  if (bytes.byteLength > MAX_SPREADSHEET_BYTES)
    throw tooLarge(
      `Tệp quá lớn (${formatByteSize(bytes.byteLength)}); tối đa ${formatByteSize(MAX_SPREADSHEET_BYTES)}.`,
    );
  if (bytes.byteLength < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04)
    throw notXlsx();
  const isZip = await checkZipSize(bytes, {
    maxEntries: MAX_XLSX_ENTRIES,
    maxUncompressedBytes: MAX_XLSX_UNCOMPRESSED_BYTES,
    isRead: (entry) => !entry.name.endsWith('/') && !entry.name.startsWith('xl/media/'),
    tooManyEntries: (count) =>
      tooLarge(`Bảng tính có ${formatCount(count)} thành phần, vượt giới hạn ${formatCount(MAX_XLSX_ENTRIES)}.`),
    tooLarge: (fileBytes) =>
      tooLarge(
        `Bảng tính quá lớn khi giải nén: vượt ${formatByteSize(MAX_XLSX_UNCOMPRESSED_BYTES)} (tệp nén chỉ ${formatByteSize(fileBytes)}).`,
      ),
  });
  if (!isZip) throw notXlsx();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch {
    throw notXlsx();
  }
  if (workbook.worksheets.length > MAX_XLSX_SHEETS)
    throw tooLarge(`Bảng tính có ${workbook.worksheets.length} trang, vượt giới hạn ${MAX_XLSX_SHEETS} trang.`);
  const sheets: Record<string, GridCell[][]> = {};
  let cells = 0;
  for (const sheet of workbook.worksheets) {
    if (sheet.rowCount > MAX_IMPORT_ROWS)
      throw tooLarge(
        `Trang «${sheet.name}» có ${formatCount(sheet.rowCount)} dòng, vượt giới hạn ${formatCount(MAX_IMPORT_ROWS)} dòng.`,
      );
    const grid: GridCell[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values: GridCell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        cells++;
        values[column - 1] = plainCell(cell.value);
      });
      for (let i = 0; i < values.length; i++) values[i] ??= null;
      grid[rowNumber - 1] = values;
    });
    if (cells > MAX_XLSX_CELLS)
      throw tooLarge(`Bảng tính có hơn ${formatCount(MAX_XLSX_CELLS)} ô có dữ liệu, vượt giới hạn.`);
    for (let i = 0; i < grid.length; i++) grid[i] ??= [];
    sheets[sheet.name] = grid;
  }
  return { sheets };
}
