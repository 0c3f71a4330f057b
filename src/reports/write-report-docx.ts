// The consolidated report as a Word document in the layout of Decree 30/2020/NĐ-CP, Appendix I:
// A4 portrait, margins top/bottom 20 mm, left 30 mm, right 15 mm; Times New Roman 14 (13 in the
// header blocks, 12 in tables, 11 for the recipients); the issuer's block and the national motto
// side by side with a short rule under each; the number beside the place and date; the page
// number centred in the top margin from page 2 on (a first page with its own, empty header).
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { ReportModel } from '../domain/reports/report-model.ts';
import { formatPlaceDate } from '../domain/reports/report-text.ts';

const mm = (value: number) => Math.round((value * 1440) / 25.4);
/** Half-points, as Word counts font sizes. */
const pt = (value: number) => value * 2;

export const reportPage = {
  widthMm: 210,
  heightMm: 297,
  margins: { topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 15 },
  font: 'Times New Roman',
  bodyPt: 14,
} as const;

const textWidth = mm(reportPage.widthMm - reportPage.margins.leftMm - reportPage.margins.rightMm);
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const gridBorders = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };

interface RunStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
}

// XML 1.0 forbids most control characters; one pasted into a plan would make Word refuse the file.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching the control characters is the point.
const xmlInvalid = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text: text.replace(xmlInvalid, ''),
    size: pt(style.size ?? reportPage.bodyPt),
    bold: style.bold,
    italics: style.italics,
  });
}

function para(
  text: string | TextRun[],
  options: RunStyle & {
    align?: (typeof AlignmentType)[keyof typeof AlignmentType];
    before?: number;
    after?: number;
    indentFirst?: boolean;
    keepNext?: boolean;
  } = {},
): Paragraph {
  return new Paragraph({
    children: typeof text === 'string' ? [run(text, options)] : text,
    alignment: options.align ?? AlignmentType.JUSTIFIED,
    spacing: { before: options.before ?? 0, after: options.after ?? 0, line: 276 },
    indent: options.indentFirst ? { firstLine: mm(12.7) } : undefined,
    keepNext: options.keepNext,
  });
}

/** The short rule under "HUYỆN X" and the motto: a bottom border, its length set by the indents. */
function rule(cellWidth: number, ruleWidth: number): Paragraph {
  const side = Math.max(0, Math.round((cellWidth - ruleWidth) / 2));
  return new Paragraph({
    children: [],
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    indent: { left: side, right: side },
    spacing: { before: 0, after: 120, line: 120, lineRule: 'exact' },
  });
}

function plainCell(children: Paragraph[], width: number): TableCell {
  return new TableCell({ children, width: { size: width, type: WidthType.DXA }, borders: noBorders });
}

function buildHeaderBlocks(model: ReportModel): Table {
  const left = mm(62);
  const right = textWidth - left;
  const center = AlignmentType.CENTER;
  // "ỦY BAN NHÂN DÂN / HUYỆN X" is the issuer's own name (no parent body above it): all bold.
  const issuer = [
    ...model.issuerLines.map((text) => para(text, { size: 13, bold: true, align: center })),
    rule(left, mm(20)),
    para(model.numberLine, { size: 13, align: center }),
  ];
  const motto = [
    para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 13, bold: true, align: center }),
    para('Độc lập - Tự do - Hạnh phúc', { size: 14, bold: true, align: center }),
    rule(right, mm(60)),
    para(formatPlaceDate(model.place, model.date), { size: 14, italics: true, align: center }),
  ];
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: noBorders,
    rows: [new TableRow({ children: [plainCell(issuer, left), plainCell(motto, right)] })],
  });
}

function gridCell(text: string, width: number, options: RunStyle & { align?: 'left' | 'center' } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 80, right: 80, top: 40, bottom: 40 },
    children: text.split('\n').map((part) =>
      para(part, {
        size: options.size ?? 12,
        bold: options.bold,
        italics: options.italics,
        align: options.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
      }),
    ),
  });
}

/** A bordered table; widths as shares of the text width, the header row repeated on each page. */
function buildGrid(
  shares: number[],
  head: string[],
  rows: Array<Array<{ text: string } & RunStyle & { align?: 'left' | 'center' }>>,
) {
  const total = shares.reduce((sum, share) => sum + share, 0);
  const widths = shares.map((share) => Math.floor((share / total) * textWidth));
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    borders: gridBorders,
    rows: [
      new TableRow({
        tableHeader: true,
        children: head.map((text, i) => gridCell(text, widths[i] ?? 0, { bold: true, align: 'center' })),
      }),
      ...rows.map(
        (cells) =>
          new TableRow({
            cantSplit: true,
            children: cells.map((cell, i) => gridCell(cell.text, widths[i] ?? 0, cell)),
          }),
      ),
    ],
  });
}

const heading = (text: string) => para(text, { bold: true, before: 120, after: 60, indentFirst: true, keepNext: true });
const body = (text: string) => para(text, { indentFirst: true, after: 60 });

function buildNarrative(section: ReportModel['difficulties']): Paragraph[] {
  if (section.emptyText) return [body(section.emptyText)];
  return section.items.flatMap((item) => [
    para([run(`- ${item.unitName}: `, { bold: true }), run(item.text)], { indentFirst: true, after: 60 }),
  ]);
}

function buildSigning(model: ReportModel): Table {
  const left = Math.round(textWidth * 0.5);
  const right = textWidth - left;
  const recipients = model.recipients.map((text, i) =>
    para(`- ${text}${i === model.recipients.length - 1 ? '.' : ';'}`, { size: 11, align: AlignmentType.LEFT }),
  );
  const signer = [
    ...model.signer.authority.map((text) => para(text, { bold: true, align: AlignmentType.CENTER })),
    // Room for the signature and the seal.
    ...Array.from({ length: 4 }, () => para('', { align: AlignmentType.CENTER })),
    para(model.signer.name, { bold: true, align: AlignmentType.CENTER }),
  ];
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: noBorders,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          plainCell(
            [para('Nơi nhận:', { size: 12, bold: true, italics: true, align: AlignmentType.LEFT }), ...recipients],
            left,
          ),
          plainCell(signer, right),
        ],
      }),
    ],
  });
}

/** A "trong đó" part reads as one, whether or not its text already says so. */
const describePart = (row: ReportModel['targets']['rows'][number]) =>
  row.depth === 0 || /^trong đó/i.test(row.text.trim()) ? row.text : `Trong đó: ${row.text}`;

function buildBody(model: ReportModel): Array<Paragraph | Table> {
  const targetRows = model.targets.rows.map((row) => [
    { text: row.number, align: 'center' as const },
    { text: describePart(row), italics: row.depth > 0 },
    { text: row.result, align: 'center' as const },
    { text: row.statusLabel, align: 'center' as const, bold: true },
    { text: row.explanation, size: 11 },
  ]);
  const countRows = model.tasks.counts.map((entry) => [
    { text: entry.label },
    { text: String(entry.count), align: 'center' as const },
    { text: entry.share, align: 'center' as const },
  ]);
  const taskRows = model.tasks.rows.map((row) => [
    { text: String(row.number), align: 'center' as const },
    { text: row.text },
    { text: row.lead || '—' },
    { text: row.deadline, align: 'center' as const },
    { text: row.statusLabel, align: 'center' as const },
  ]);
  const parts: Array<Paragraph | Table> = [
    body(model.intro),
    heading('I. KẾT QUẢ THỰC HIỆN'),
    heading('1. Kết quả thực hiện các chỉ tiêu'),
    body(model.targets.summary),
  ];
  if (targetRows.length > 0)
    parts.push(buildGrid([8, 40, 16, 13, 25], ['STT', 'Chỉ tiêu', 'Kết quả', 'Đánh giá', 'Ghi chú'], targetRows));
  parts.push(heading('2. Kết quả thực hiện các nhiệm vụ'), body(model.tasks.summary));
  if (model.tasks.rows.length > 0) {
    parts.push(buildGrid([50, 20, 30], ['Tình trạng', 'Số nhiệm vụ', 'Tỷ lệ'], countRows), para('', { after: 120 }));
    parts.push(
      buildGrid([8, 40, 20, 14, 18], ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Tình trạng'], taskRows),
    );
  }
  parts.push(
    heading('II. KHÓ KHĂN, VƯỚNG MẮC'),
    ...buildNarrative(model.difficulties),
    heading('III. ĐỀ XUẤT, KIẾN NGHỊ'),
    ...buildNarrative(model.proposals),
    para('', { after: 120 }),
    buildSigning(model),
  );
  return parts;
}

export function buildReportDocument(model: ReportModel): Document {
  const { margins } = reportPage;
  return new Document({
    creator: 'Nhân Lực',
    title: `${model.title} ${model.subtitle}`,
    styles: { default: { document: { run: { font: reportPage.font, size: pt(reportPage.bodyPt) } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: mm(reportPage.widthMm), height: mm(reportPage.heightMm) },
            margin: {
              top: mm(margins.topMm),
              bottom: mm(margins.bottomMm),
              left: mm(margins.leftMm),
              right: mm(margins.rightMm),
              header: mm(10),
              footer: mm(10),
            },
          },
        },
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], size: pt(13) })],
              }),
            ],
          }),
        },
        children: [
          buildHeaderBlocks(model),
          para(model.title, { bold: true, align: AlignmentType.CENTER, before: 240 }),
          para(model.subtitle, { bold: true, align: AlignmentType.CENTER }),
          rule(textWidth, mm(35)),
          ...buildBody(model),
        ],
      },
    ],
  });
}

/** The report as DOCX bytes. */
export async function writeReportDocx(model: ReportModel): Promise<Buffer> {
  return Packer.toBuffer(buildReportDocument(model));
}
