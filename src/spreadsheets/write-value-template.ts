// The value template as an .xlsx (exceljs): the data sheet from buildDataGrid with its title,
// header and code rows and the unit columns locked (only value cells editable, no password:
// the lock guards against slips, the key sheet and the upload checks against the rest), a
// very hidden key sheet from buildKeyGrid, and a sheet of Vietnamese instructions.

import ExcelJS from 'exceljs';
import {
  buildDataGrid,
  buildKeyGrid,
  codeRow,
  dataSheetName,
  firstUnitRow,
  firstValueColumn,
  type GridCell,
  headerRow,
  instructionsSheetName,
  keySheetName,
  type TemplateLayout,
} from '../domain/values/value-template.ts';

const instructions = [
  'Hướng dẫn nhập số liệu',
  '',
  '1. Nhập số liệu vào trang «Số liệu»: mỗi dòng là một đơn vị hành chính, mỗi cột là một chỉ số dữ liệu của kế hoạch.',
  '2. Chỉ nhập số (không âm), ví dụ 120 hoặc 12,5. Không nhập chữ, dấu % hay đơn vị tính vào ô số liệu.',
  '3. Ô để trống: số liệu đã lưu (nếu có) được giữ nguyên. Số đã có sẵn trong mẫu là số liệu đang lưu.',
  '4. Không sửa, xóa hay sắp xếp lại các dòng tiêu đề, cột «Mã đơn vị» và không xóa trang «Khóa» (trang ẩn): hệ thống dùng chúng để nhận biết ô nào là số liệu nào.',
  '5. Lưu tệp ở định dạng Excel (.xlsx) rồi tải lên tại kế hoạch. Nếu có lỗi, không số liệu nào được lưu; danh sách lỗi ghi rõ dòng và cột cần sửa.',
  '6. Mẫu này chỉ dùng cho kế hoạch và kỳ báo cáo ghi ở dòng đầu trang «Số liệu».',
];

function writeGrid(sheet: ExcelJS.Worksheet, grid: readonly (readonly GridCell[])[]): void {
  grid.forEach((cells, row) => {
    cells.forEach((value, column) => {
      if (value !== null) sheet.getCell(row + 1, column + 1).value = value;
    });
  });
}

export async function writeValueTemplate(layout: TemplateLayout): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Nhân Lực';
  const sheet = workbook.addWorksheet(dataSheetName, {
    views: [{ state: 'frozen', xSplit: firstValueColumn - 1, ySplit: codeRow }],
  });
  const grid = buildDataGrid(layout);
  writeGrid(sheet, grid);
  sheet.getRow(1).font = { bold: true, size: 13 };
  sheet.getRow(headerRow).font = { bold: true };
  sheet.getRow(headerRow).alignment = { wrapText: true, vertical: 'top' };
  sheet.getRow(codeRow).font = { color: { argb: 'FF808080' }, size: 9 };
  sheet.getColumn(1).width = 16;
  sheet.getColumn(2).width = 32;
  for (let column = firstValueColumn; column < firstValueColumn + layout.columns.length; column++) {
    sheet.getColumn(column).width = 22;
    for (let row = firstUnitRow; row < firstUnitRow + layout.units.length; row++) {
      const cell = sheet.getCell(row, column);
      cell.protection = { locked: false };
      cell.numFmt = '#,##0.##';
    }
  }
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });

  const help = workbook.addWorksheet(instructionsSheetName);
  help.getColumn(1).width = 120;
  instructions.forEach((line, index) => {
    help.getCell(index + 1, 1).value = line;
  });
  help.getRow(1).font = { bold: true, size: 13 };

  const key = workbook.addWorksheet(keySheetName, { state: 'veryHidden' });
  writeGrid(key, buildKeyGrid(layout.key));
  await key.protect('', {});
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
