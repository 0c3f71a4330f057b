// The report's annex as a workbook (exceljs): the same rows as the document's tables, one sheet
// for targets and one for tasks (with the counts by status above), and a sheet for what units
// wrote; Times New Roman like the report, so a printed annex matches it.
import ExcelJS from 'exceljs';
import type { ReportModel } from '../domain/reports/report-model.ts';
import { formatShortDate } from '../domain/reports/report-text.ts';

const font = { name: 'Times New Roman', size: 12 };
const thin = { style: 'thin' as const };
const border = { top: thin, bottom: thin, left: thin, right: thin };

function addTable(
  sheet: ExcelJS.Worksheet,
  startRow: number,
  head: Array<{ title: string; width: number }>,
  rows: ReadonlyArray<ReadonlyArray<string | number>>,
): number {
  head.forEach((column, i) => {
    const cell = sheet.getCell(startRow, i + 1);
    cell.value = column.title;
    cell.font = { ...font, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = border;
    const sheetColumn = sheet.getColumn(i + 1);
    sheetColumn.width = Math.max(sheetColumn.width ?? 0, column.width);
  });
  rows.forEach((values, r) => {
    values.forEach((value, i) => {
      const cell = sheet.getCell(startRow + 1 + r, i + 1);
      cell.value = value;
      cell.font = font;
      cell.alignment = { vertical: 'top', wrapText: true };
      cell.border = border;
    });
  });
  return startRow + rows.length + 1;
}

function addTitle(sheet: ExcelJS.Worksheet, model: ReportModel, title: string, columns: number): void {
  sheet.mergeCells(1, 1, 1, columns);
  sheet.mergeCells(2, 1, 2, columns);
  sheet.getCell(1, 1).value = title;
  sheet.getCell(1, 1).font = { ...font, size: 13, bold: true };
  sheet.getCell(2, 1).value =
    `(Kèm theo Báo cáo ${model.numberLine.replace(/^Số:\s*/, 'số ').replace(/\u00a0+/g, '   ')} ngày ${formatShortDate(model.date)}) — ${model.subtitle}`;
  sheet.getCell(2, 1).font = { ...font, italic: true };
  for (const row of [1, 2]) sheet.getCell(row, 1).alignment = { horizontal: 'center', wrapText: true };
  sheet.getRow(2).height = 36;
}

export async function writeReportXlsx(model: ReportModel): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Nhân Lực';
  const targets = workbook.addWorksheet('Chỉ tiêu', { views: [{ state: 'frozen', ySplit: 4 }] });
  addTitle(targets, model, 'PHỤ LỤC I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU', 5);
  addTable(
    targets,
    4,
    [
      { title: 'STT', width: 7 },
      { title: 'Chỉ tiêu', width: 60 },
      { title: 'Kết quả', width: 20 },
      { title: 'Đánh giá', width: 16 },
      { title: 'Ghi chú', width: 50 },
    ],
    model.targets.rows.map((row) => [row.number, row.text, row.result, row.statusLabel, row.explanation]),
  );

  const tasks = workbook.addWorksheet('Nhiệm vụ');
  addTitle(tasks, model, 'PHỤ LỤC II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ', 5);
  const afterCounts = addTable(
    tasks,
    4,
    [
      { title: 'STT', width: 7 },
      { title: 'Tình trạng', width: 60 },
      { title: 'Số nhiệm vụ', width: 24 },
      { title: 'Tỷ lệ', width: 18 },
    ],
    model.tasks.counts.map((entry, i) => [i + 1, entry.label, entry.count, entry.share]),
  );
  addTable(
    tasks,
    afterCounts + 1,
    [
      { title: 'STT', width: 7 },
      { title: 'Nhiệm vụ', width: 60 },
      { title: 'Cơ quan chủ trì', width: 24 },
      { title: 'Thời hạn', width: 18 },
      { title: 'Tình trạng', width: 26 },
    ],
    model.tasks.rows.map((row) => [row.number, row.text, row.lead, row.deadline, row.statusLabel]),
  );

  const narratives = workbook.addWorksheet('Báo cáo đơn vị');
  addTitle(narratives, model, 'PHỤ LỤC III. KHÓ KHĂN, ĐỀ XUẤT CỦA CÁC ĐƠN VỊ', 3);
  const rows = [
    ...model.difficulties.items.map((item) => ['Khó khăn, vướng mắc', item.unitName, item.text]),
    ...model.proposals.items.map((item) => ['Đề xuất, kiến nghị', item.unitName, item.text]),
  ];
  const empty = model.difficulties.emptyText ?? model.proposals.emptyText;
  addTable(
    narratives,
    4,
    [
      { title: 'Nội dung', width: 22 },
      { title: 'Đơn vị', width: 30 },
      { title: 'Báo cáo', width: 80 },
    ],
    rows.length > 0 ? rows : [['', '', empty ?? '']],
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
