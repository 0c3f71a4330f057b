// The value template of a plan and period (decision 0024), as grids of cells: the data sheet
// (title, a header row of Vietnamese names, a locked code row of data element ids, one row per
// unit with its id in column A) and a hidden key sheet (marker, plan, period, calendar, the
// columns in order). Reading a filled template back maps each cell to a value by the key
// sheet, and names every problem by sheet row and column header. Pure: the workbook itself is
// written and read elsewhere (src/spreadsheets).
import type { IncomingDataValue } from './dhis2-data-values.ts';
import { parseDhis2Number } from './dhis2-data-values.ts';

export const templateMarker = 'nhanluc-value-template';
export const templateVersion = 1;
export const dataSheetName = 'Số liệu';
export const keySheetName = 'Khóa';
export const instructionsSheetName = 'Hướng dẫn';
/** Sheet rows (1-based): the title, the names, the codes; units from the fourth. */
export const headerRow = 2;
export const codeRow = 3;
export const firstUnitRow = 4;
/** Sheet columns (1-based): unit id, unit name, then one per data element. */
export const firstValueColumn = 3;

export type GridCell = string | number | boolean | null;
/** A sheet as rows of cells; grid[0] is sheet row 1, grid[r][0] column A. */
export type Grid = readonly (readonly GridCell[])[];

export interface TemplateColumn {
  dataElementId: string;
  /** '' (total); kept in the key so a template may carry parts later. */
  disaggregation: string;
  /** Vietnamese name (the header) and what is counted ("người"). */
  name: string;
  unit: string;
}

export interface TemplateUnit {
  id: string;
  name: string;
}

export interface TemplateKey {
  planId: string;
  /** Canonical period id (ours). */
  period: string;
  calendarId: string;
  columns: readonly string[];
}

export interface TemplateLayout {
  title: string;
  key: TemplateKey;
  columns: readonly TemplateColumn[];
  units: readonly TemplateUnit[];
  /** Stored values by `${unitId}|${columnKey}`. */
  values: ReadonlyMap<string, number>;
}

/** 'labour-employed' or 'labour-employed#sex=female'. */
export const columnKey = (column: Pick<TemplateColumn, 'dataElementId' | 'disaggregation'>) =>
  column.disaggregation === '' ? column.dataElementId : `${column.dataElementId}#${column.disaggregation}`;

function splitColumnKey(key: string): { dataElementId: string; disaggregation: string } {
  const at = key.indexOf('#');
  return at < 0
    ? { dataElementId: key, disaggregation: '' }
    : { dataElementId: key.slice(0, at), disaggregation: key.slice(at + 1) };
}

/** The data sheet's rows: title, names, codes, then each unit with its stored values. */
export function buildDataGrid(layout: TemplateLayout): GridCell[][] {
  const names = layout.columns.map((column) => `${column.name} (${column.unit})`);
  const rows: GridCell[][] = [
    [layout.title],
    ['Mã đơn vị', 'Đơn vị hành chính', ...names],
    ['unitId', '', ...layout.columns.map(columnKey)],
  ];
  for (const unit of layout.units)
    rows.push([
      unit.id,
      unit.name,
      ...layout.columns.map((column) => layout.values.get(`${unit.id}|${columnKey(column)}`) ?? null),
    ]);
  return rows;
}

/** The key sheet's rows. */
export function buildKeyGrid(key: TemplateKey): GridCell[][] {
  return [
    [templateMarker, templateVersion],
    ['planId', key.planId],
    ['period', key.period],
    ['calendarId', key.calendarId],
    ['columns', ...key.columns],
  ];
}

const text = (cell: GridCell | undefined) => (cell === null || cell === undefined ? '' : String(cell).trim());

const wrongTemplate =
  'Tệp không phải là mẫu nhập số liệu của Nhân Lực (thiếu trang «Khóa» hoặc trang này đã bị sửa). Hãy tải lại mẫu từ kế hoạch và nhập vào mẫu đó.';

export type ReadKey = { ok: true; key: TemplateKey } | { ok: false; message: string };

/** The key sheet read back; a missing or altered one is refused. */
export function readTemplateKey(grid: Grid | undefined): ReadKey {
  if (!grid) return { ok: false, message: wrongTemplate };
  const row = (label: string) => grid.find((cells) => text(cells[0]) === label);
  if (text(grid[0]?.[0]) !== templateMarker) return { ok: false, message: wrongTemplate };
  if (Number(grid[0]?.[1]) !== templateVersion)
    return { ok: false, message: 'Mẫu nhập số liệu thuộc phiên bản khác; hãy tải lại mẫu từ kế hoạch.' };
  const planId = text(row('planId')?.[1]);
  const period = text(row('period')?.[1]);
  const calendarId = text(row('calendarId')?.[1]);
  const columns = (row('columns') ?? []).slice(1).map(text);
  if (!planId || !period || !calendarId || columns.some((column) => column === ''))
    return { ok: false, message: wrongTemplate };
  return { ok: true, key: { planId, period, calendarId, columns } };
}

export interface TemplateCell extends IncomingDataValue {
  /** "Dòng 7, cột 'Số lao động qua đào tạo (người)'". */
  label: string;
}

export interface TemplateProblem {
  row: number;
  column: string | null;
  message: string;
}

export type ReadTemplate = { ok: true; cells: TemplateCell[] } | { ok: false; problems: TemplateProblem[] };

/** Column letters of a 1-based column number (3 -> 'C'). */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The filled data sheet -> one incoming value per non-empty cell; empty cells leave what is stored. */
export function readTemplateValues(grid: Grid | undefined, key: TemplateKey): ReadTemplate {
  if (!grid)
    return { ok: false, problems: [{ row: 0, column: null, message: `Không có trang «${dataSheetName}» trong tệp.` }] };
  const problems: TemplateProblem[] = [];
  const names = grid[headerRow - 1] ?? [];
  const codes = grid[codeRow - 1] ?? [];
  const columnName = (index: number) =>
    text(names[firstValueColumn - 1 + index]) || columnLetters(firstValueColumn + index);
  key.columns.forEach((expected, index) => {
    const found = text(codes[firstValueColumn - 1 + index]);
    if (found !== expected)
      problems.push({
        row: codeRow,
        column: columnName(index),
        message: `Dòng ${codeRow}, cột ${columnLetters(firstValueColumn + index)}: mã cột phải là "${expected}" (đã bị sửa hoặc xóa); hãy giữ nguyên các dòng tiêu đề của mẫu.`,
      });
  });
  if (problems.length > 0) return { ok: false, problems };
  const cells: TemplateCell[] = [];
  for (let r = firstUnitRow - 1; r < grid.length; r++) {
    const cellsOfRow = grid[r] ?? [];
    const sheetRow = r + 1;
    const unitId = text(cellsOfRow[0]);
    const values = key.columns.map((_, index) => cellsOfRow[firstValueColumn - 1 + index] ?? null);
    const filled = values.some((cell) => text(cell) !== '');
    if (!filled) continue;
    if (unitId === '') {
      problems.push({
        row: sheetRow,
        column: 'Mã đơn vị',
        message: `Dòng ${sheetRow}: thiếu mã đơn vị ở cột A; mỗi dòng số liệu phải giữ mã đơn vị của mẫu.`,
      });
      continue;
    }
    values.forEach((cell, index) => {
      const label = `Dòng ${sheetRow}, cột '${columnName(index)}'`;
      if (cell === null || text(cell) === '') return;
      const value = typeof cell === 'number' ? cell : typeof cell === 'string' ? parseDhis2Number(cell) : null;
      if (value === null || !Number.isFinite(value)) {
        problems.push({
          row: sheetRow,
          column: columnName(index),
          message: `${label}: «${text(cell).slice(0, 40)}» không phải là số; hãy nhập một số (ví dụ 120 hoặc 12,5 theo định dạng số của Excel).`,
        });
        return;
      }
      const { dataElementId, disaggregation } = splitColumnKey(key.columns[index]!);
      cells.push({
        dataElement: dataElementId,
        categoryOptionCombo: disaggregation,
        orgUnit: unitId,
        period: key.period,
        value,
        label,
      });
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, cells };
}
