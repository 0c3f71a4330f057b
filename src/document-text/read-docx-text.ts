// DOCX -> plain text lines through mammoth's document model (the tree it builds before
// HTML): one line per paragraph; one line per table row with cells joined by a tab, which
// the extractor reads as a table row (assignment tables are tables in Word plans).
// Footnotes are kept out of the body: the reference becomes "[^n]" and the notes are
// appended at the end as "[^n]: text", the markdown form the extractor already knows.

import { checkDocxSize } from './check-docx-size.ts';
import { DocumentReadError } from './document-read-error.ts';
import { readNumberLabels } from './docx-numbering.ts';

// mammoth publishes no types for its document model; this is the part read here.
interface DocxElement {
  type: string;
  children?: DocxElement[];
  value?: string;
  breakType?: string;
  noteType?: string;
  noteId?: string;
  body?: DocxElement[];
  numbering?: { isOrdered: boolean; level: string } | null;
  colSpan?: number;
  rowSpan?: number;
  notes?: { resolve(reference: DocxElement): DocxElement | null };
}

export interface DocxText {
  lines: string[];
  warnings: string[];
}

interface WalkState {
  notes: Array<{ number: number; note: DocxElement }>;
  noteNumbers: Map<string, number>;
  document: DocxElement;
  images: number;
  orderedLists: number;
  /** Automatic number of each numbered paragraph ("II.", "1.2.", "a)"), when rebuilt. */
  labels: Map<DocxElement, string>;
}

/** Inline text of a paragraph; line breaks are returned as "\n" for the caller to place. */
function readInline(element: DocxElement, state: WalkState): string {
  switch (element.type) {
    case 'text':
      return element.value ?? '';
    case 'tab':
      return '\t';
    case 'break':
      return element.breakType === 'line' || element.breakType === undefined ? '\n' : ' ';
    case 'noteReference': {
      const key = `${element.noteType}:${element.noteId}`;
      let number = state.noteNumbers.get(key);
      if (number === undefined) {
        const note = state.document.notes?.resolve(element) ?? null;
        if (!note) return '';
        number = state.notes.length + 1;
        state.noteNumbers.set(key, number);
        state.notes.push({ number, note });
      }
      return `[^${number}]`;
    }
    case 'image':
      state.images++;
      return '';
    case 'checkbox':
    case 'commentReference':
    case 'bookmarkStart':
      return '';
    default:
      return (element.children ?? []).map((child) => readInline(child, state)).join('');
  }
}

function readParagraph(paragraph: DocxElement, state: WalkState): string {
  let text = (paragraph.children ?? []).map((child) => readInline(child, state)).join('');
  if (paragraph.numbering && text.trim()) {
    // Word keeps bullets and automatic numbers out of the text; they are put back so the
    // extractor sees the outline. Where the numbers could not be rebuilt the user is told
    // instead of guessing a wrong outline.
    const label = state.labels.get(paragraph);
    if (!paragraph.numbering.isOrdered || label === '-') {
      if (!/^\s*[-–+•]/.test(text)) text = `- ${text.trimStart()}`;
    } else if (label) text = `${label} ${text.trimStart()}`;
    else if (label === undefined) state.orderedLists++;
  }
  return text;
}

/** Text of a table cell: its paragraphs (and nested tables) on one line. */
function readCell(cell: DocxElement, state: WalkState): string {
  const parts: string[] = [];
  for (const child of cell.children ?? []) {
    if (child.type === 'paragraph') parts.push(readParagraph(child, state));
    else if (child.type === 'table') parts.push(...readTable(child, state));
    else parts.push(readInline(child, state));
  }
  return parts
    .join(' ')
    .replace(/[\t\n]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/**
 * One line per row. A cell merged down several rows (rowSpan) is repeated in each row it
 * covers and a cell merged across columns is padded with empty cells, so every row keeps
 * the same columns: "Cơ quan chủ trì" merged over three tasks belongs to all three.
 */
function readTable(table: DocxElement, state: WalkState): string[] {
  const lines: string[] = [];
  const carried: Array<{ text: string; rows: number } | undefined> = [];
  const rows = (table.children ?? []).filter((row) => row.type === 'tableRow');
  for (const row of rows) {
    const cells: string[] = [];
    const placeCarried = () => {
      let entry = carried[cells.length];
      while (entry && entry.rows > 0) {
        cells.push(entry.text);
        entry.rows--;
        entry = carried[cells.length];
      }
    };
    for (const cell of (row.children ?? []).filter((child) => child.type === 'tableCell')) {
      placeCarried();
      const text = readCell(cell, state);
      const column = cells.length;
      const colSpan = Math.max(1, cell.colSpan ?? 1);
      const rowSpan = Math.max(1, cell.rowSpan ?? 1);
      cells.push(text);
      for (let k = 1; k < colSpan; k++) cells.push('');
      for (let k = 0; k < colSpan; k++)
        carried[column + k] = rowSpan > 1 ? { text: k === 0 ? text : '', rows: rowSpan - 1 } : undefined;
    }
    // Merged cells at the end of the row, after this row's own cells.
    for (let column = cells.length; column < carried.length; column++) {
      const entry = carried[column];
      if (entry && entry.rows > 0) {
        cells.push(entry.text);
        entry.rows--;
      } else cells.push('');
    }
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    if (cells.some((cell) => cell !== '')) lines.push(cells.join('\t'));
  }
  return lines;
}

const LIST_MARKER = /^\s*(?:[-–+•]|[IVX]{1,5}[.)]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][.)])\s/u;

/**
 * A paragraph read from Word is one line for the extractor, which then never rejoins
 * lines. A manual line break (Shift+Enter) starts a new line only where it ends a
 * sentence or starts a list item ("Nơi nhận:" / "- Như trên;"); elsewhere it is a
 * break typed to wrap a long title or sentence, and the pieces are joined.
 */
function splitSoftBreaks(paragraph: string): string[] {
  const lines: string[] = [];
  for (const piece of paragraph.split('\n')) {
    const text = piece.replace(/\s+$/, '');
    if (!text.trim()) continue;
    const previous = lines[lines.length - 1];
    if (previous !== undefined && !/[.;:!?…]["”’)]*$/.test(previous) && !LIST_MARKER.test(text)) {
      lines[lines.length - 1] = `${previous} ${text.trimStart()}`;
    } else lines.push(text);
  }
  return lines;
}

/** mammoth's numbered paragraphs in document order (the order of their opening tags). */
function collectNumbered(elements: DocxElement[], found: DocxElement[]): DocxElement[] {
  for (const element of elements) {
    if (element.type === 'paragraph' && element.numbering) found.push(element);
    if (element.children) collectNumbered(element.children, found);
  }
  return found;
}

/** Pairs the rebuilt labels with mammoth's paragraphs; nothing when the two lists disagree. */
function pairNumberLabels(bytes: Uint8Array, root: DocxElement): Map<DocxElement, string> {
  const paragraphs = collectNumbered(root.children ?? [], []);
  const labels = paragraphs.length > 0 ? readNumberLabels(bytes) : null;
  const paired = new Map<DocxElement, string>();
  if (!labels || labels.length !== paragraphs.length) return paired;
  if (!labels.every((label, i) => String(label.level) === String(paragraphs[i]!.numbering!.level))) return paired;
  for (const [i, paragraph] of paragraphs.entries()) paired.set(paragraph, labels[i]!.label);
  return paired;
}

function readBlocks(elements: DocxElement[], state: WalkState, lines: string[]): void {
  for (const element of elements) {
    if (element.type === 'paragraph') {
      lines.push(...splitSoftBreaks(readParagraph(element, state)));
    } else if (element.type === 'table') {
      lines.push(...readTable(element, state));
    } else if (element.children) {
      readBlocks(element.children, state, lines);
    }
  }
}

function readNotes(state: WalkState): string[] {
  const lines: string[] = [];
  // A note's body may itself cite notes, which extends the list while it is read.
  for (let i = 0; i < state.notes.length; i++) {
    const { number, note } = state.notes[i]!;
    const body: string[] = [];
    readBlocks(note.body ?? [], state, body);
    const text = body.join(' ').replace(/\t/g, ' ').replace(/\s+/g, ' ').trim();
    if (text) lines.push(`[^${number}]: ${text}`);
  }
  return lines;
}

export async function readDocxText(bytes: Uint8Array): Promise<DocxText> {
  // Loaded on first use: mammoth takes ~140 ms to import, which `nhanluc extract` of a
  // .txt plan (whole run under 0.5 s) should not pay.
  const { default: mammoth } = await import('mammoth');
  let document: DocxElement | null = null;
  await checkDocxSize(bytes);
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        // Images are counted while walking, never decoded: the HTML is thrown away.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        transformDocument: (element: DocxElement) => {
          document = element;
          return element;
        },
      },
    );
  } catch (error) {
    throw new DocumentReadError(
      'unreadable_docx',
      'Không đọc được tệp Word (.docx): tệp bị hỏng hoặc không phải định dạng DOCX.',
      { cause: error },
    );
  }
  const root = document as DocxElement | null;
  if (!root)
    throw new DocumentReadError('unreadable_docx', 'Không đọc được tệp Word (.docx): không tìm thấy nội dung văn bản.');

  const state: WalkState = {
    notes: [],
    noteNumbers: new Map(),
    document: root,
    images: 0,
    orderedLists: 0,
    labels: pairNumberLabels(bytes, root),
  };
  const lines: string[] = [];
  readBlocks(root.children ?? [], state, lines);
  const noteLines = readNotes(state);
  const warnings: string[] = [];
  if (lines.length === 0) {
    const why =
      state.images > 0
        ? 'chỉ có hình ảnh (có thể là bản scan — cần nhận dạng chữ (OCR) trước)'
        : 'không có nội dung chữ';
    throw new DocumentReadError('empty_docx', `Tệp Word ${why}.`);
  }
  if (state.orderedLists > 0) {
    warnings.push(
      'Tệp Word dùng đánh số tự động cho các mục; số thứ tự (I., 1., a) …) không có trong văn bản đọc ra, hãy kiểm tra lại cấu trúc mục.',
    );
  }
  if (state.images > 0) warnings.push(`Tệp Word có ${state.images} hình ảnh; chữ trong hình ảnh không được đọc.`);
  return { lines: noteLines.length > 0 ? [...lines, '', ...noteLines] : lines, warnings };
}
