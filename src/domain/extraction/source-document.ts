// Plain text -> cleaned lines and reflowed paragraphs, keeping every paragraph's source
// lines so an extracted item can point back at the line it came from.
//
// Real plans arrive hard-wrapped mid-sentence with blank lines between the pieces
// (PDF and Word copies), with markdown emphasis, with footnotes in the middle of a
// paragraph, and with table rows as tab- or "|"-separated cells.

import { isMostlyUpperCase, startsLower, startsUpper } from './fold.ts';

export interface SourceLine {
  /** 1-based line number in the input. */
  number: number;
  raw: string;
  /** Markup removed, white space squeezed; "" for blank lines. */
  text: string;
  kind: 'blank' | 'text' | 'table-row' | 'footnote' | 'rule';
  cells: string[] | null;
}

export interface Paragraph {
  index: number;
  text: string;
  /** First source line. */
  line: number;
  /** Offsets in `text` where each joined source line starts. */
  segments: Array<{ offset: number; line: number }>;
  cells: string[] | null;
}

const SUPERSCRIPT_DIGITS = /[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g;
const FOOTNOTE_LINE = /^\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\^\d+\]:|\(\d+\)\s+(?=Theo|Quyết|Kế|Nghị|Thông|Công|Chỉ))/;
const TERMINAL = /[.;:!?…]["”’)]*$|\.\/\.$/;
const LIST_START = /^(?:[-–—+•·●▪◦]\s*|(?:[IVX]{1,5}|\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ])[.)]\s+)/u;

export function stripMarkup(line: string): string {
  let text = line.replace(/\u00a0/g, ' ').replace(/\t/g, ' ');
  text = text.replace(/^\s{0,3}#{1,6}\s+/, '');
  text = text.replace(/^\s*>\s?/, '');
  text = text.replace(/^\s*[*+]\s+(?=\S)/, '- ');
  text = text.replace(/\*\*|__/g, '');
  text = text.replace(/(^|[\s(“"])\*(?=\S)|(?<=\S)\*(?=$|[\s).,;:”"])/g, '$1');
  text = text.replace(/\\([-*_.#()[\]!+`])/g, '$1');
  text = text.replace(/\[\^\d+\]/g, '');
  text = text.replace(SUPERSCRIPT_DIGITS, '');
  // Web copies glue words together ("Lao độngThương binh").
  text = text.replace(/(\p{Ll})(\p{Lu}\p{Ll})/gu, '$1 $2');
  return text.replace(/\s+/g, ' ').trim();
}

function splitCells(raw: string): string[] | null {
  if (raw.includes('\t')) {
    const cells = raw.split('\t').map((cell) => stripMarkup(cell));
    if (cells.filter((cell) => cell.length > 0).length >= 2) return cells;
    return null;
  }
  const pipes = raw.split('|').length - 1;
  if (pipes >= 2) {
    let cells = raw.split('|').map((cell) => stripMarkup(cell));
    if (/^\s*\|/.test(raw)) cells = cells.slice(1);
    if (/\|\s*$/.test(raw)) cells = cells.slice(0, -1);
    if (cells.filter((cell) => cell.length > 0).length >= 2) return cells;
  }
  return null;
}

export function readSourceLines(text: string): SourceLine[] {
  const rawLines = text.replace(/\r\n?/g, '\n').split('\n');
  return rawLines.map((raw, i): SourceLine => {
    const number = i + 1;
    // A line holding only a page number ("2", "- 3 -") is a page break, not text.
    if (raw.trim() === '' || /^\s*(?:-\s*)?\d{1,3}(?:\s*-)?\s*$/.test(raw))
      return { number, raw, text: '', kind: 'blank', cells: null };
    if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(raw)) {
      return { number, raw, text: '', kind: 'rule', cells: null };
    }
    if (FOOTNOTE_LINE.test(raw)) {
      return { number, raw, text: stripMarkup(raw.replace(/^\s*\[\^\d+\]:/, '')), kind: 'footnote', cells: null };
    }
    const cells = splitCells(raw);
    if (cells) return { number, raw, text: cells.filter(Boolean).join(' | '), kind: 'table-row', cells };
    const cleaned = stripMarkup(raw);
    if (cleaned === '') return { number, raw, text: '', kind: 'blank', cells: null };
    return { number, raw, text: cleaned, kind: 'text', cells: null };
  });
}

/** The length a hard-wrapped line reaches: lines near it were wrapped, not ended. */
function estimateWrapWidth(lines: SourceLine[]): number {
  const lengths = lines
    .filter((l) => l.kind === 'text')
    .map((l) => l.text.length)
    .sort((a, b) => a - b);
  if (lengths.length === 0) return 80;
  return lengths[Math.floor(lengths.length * 0.85)] ?? 80;
}

function continuesParagraph(previous: string, next: string, wrapWidth: number, singleMarkedLine: boolean): boolean {
  if (LIST_START.test(next)) return false;
  if (isMostlyUpperCase(next) || isMostlyUpperCase(previous)) return false;
  if (startsLower(next)) return !/\.\/\.$/.test(previous);
  if (TERMINAL.test(previous)) return false;
  if (/^(Căn cứ|Thực hiện|Triển khai|Để|Nhằm|Theo đề nghị|Xét|Trên đây)\s/u.test(next) && !/[,;]$/.test(previous))
    return false;
  if (/,$/.test(previous) || /\s(?:của|và|về|số|với|các|tại|theo|cho|trong|đến|từ|là|có|được)$/u.test(previous))
    return true;
  // A one-line list item followed by a capitalised line is a heading and its first paragraph.
  if (startsUpper(next) && singleMarkedLine) return false;
  return previous.length >= wrapWidth * 0.8;
}

/**
 * `paragraphPerLine`: the source already has one paragraph per line (text read from a Word
 * file), so lines are never joined.
 */
export function buildParagraphs(lines: SourceLine[], paragraphPerLine = false): Paragraph[] {
  const wrapWidth = estimateWrapWidth(lines);
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | null = null;
  let lastTextLine = '';
  for (const line of lines) {
    if (line.kind === 'blank' || line.kind === 'footnote' || line.kind === 'rule') continue;
    if (line.kind === 'table-row') {
      current = null;
      paragraphs.push({
        index: paragraphs.length,
        text: line.text,
        line: line.number,
        segments: [{ offset: 0, line: line.number }],
        cells: line.cells,
      });
      continue;
    }
    if (
      current &&
      !paragraphPerLine &&
      continuesParagraph(
        lastTextLine,
        line.text,
        wrapWidth,
        current.segments.length === 1 && LIST_START.test(current.text),
      )
    ) {
      const joinHyphen = /[-–]$/.test(current.text) && /\d[-–]$|[A-ZĐ][-–]$/u.test(current.text);
      const separator = joinHyphen ? '' : ' ';
      current.segments.push({ offset: current.text.length + separator.length, line: line.number });
      current.text += separator + line.text;
    } else {
      current = {
        index: paragraphs.length,
        text: line.text,
        line: line.number,
        segments: [{ offset: 0, line: line.number }],
        cells: null,
      };
      paragraphs.push(current);
    }
    lastTextLine = line.text;
  }
  return paragraphs;
}

/** Source line of a character offset inside a paragraph. */
export function lineAt(paragraph: Paragraph, offset: number): number {
  let line = paragraph.line;
  for (const segment of paragraph.segments) {
    if (segment.offset <= offset) line = segment.line;
    else break;
  }
  return line;
}

export function footnoteParagraphs(lines: SourceLine[]): Paragraph[] {
  return lines
    .filter((line) => line.kind === 'footnote')
    .map((line, i) => ({
      index: -1 - i,
      text: line.text,
      line: line.number,
      segments: [{ offset: 0, line: line.number }],
      cells: null,
    }));
}
