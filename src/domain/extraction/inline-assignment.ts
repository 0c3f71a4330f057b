// An item that carries its own assignment inline: "... (Phòng GD&ĐT chủ trì, thời gian:
// Quý I/2022)" or "... Đơn vị thực hiện: Phòng Nội vụ; thời gian: tháng 6/2025."

import { foldKeepLength, squeeze } from './fold.ts';

export interface InlineAssignment {
  text: string;
  assignment: string;
  support: string | null;
  dueText: string | null;
  deliverable: string | null;
}

const LABEL =
  /(?:^|[.;,(]\s*|\s[-–]\s)((?:don vi|co quan|bo phan)\s+(?:chu tri|thuc hien)(?:\s+thuc hien)?|chu tri(?:\s+thuc hien)?|trach nhiem thuc hien)\s*:\s*/;
const DUE_LABEL = /(?:^|[.;,]\s*)(?:thoi gian|thoi han|tien do)(?:\s+(?:thuc hien|hoan thanh))?\s*:\s*/;
const SUPPORT_LABEL = /(?:^|[.;,]\s*)(?:(?:don vi|co quan)\s+)?phoi hop(?:\s+thuc hien)?\s*:\s*/;
const DELIVERABLE_LABEL = /(?:^|[.;,]\s*)san pham\s*:\s*/;

function cut(text: string, folded: string, label: RegExp): { value: string | null; rest: string; restFolded: string } {
  const match = label.exec(folded);
  if (!match) return { value: null, rest: text, restFolded: folded };
  const start = match.index + match[0].length;
  const tail = folded.slice(start);
  const end = tail.search(/[;.]\s|[;.]$|\)$|\s*$(?![\s\S])/);
  const valueEnd = start + (end < 0 ? tail.length : end);
  const value = squeeze(text.slice(start, valueEnd).replace(/[.;)]+$/, ''));
  return {
    value: value || null,
    rest: text.slice(0, match.index) + text.slice(valueEnd),
    restFolded: folded.slice(0, match.index) + folded.slice(valueEnd),
  };
}

function readFields(inner: string): Omit<InlineAssignment, 'text'> | null {
  let text = inner;
  let folded = foldKeepLength(inner);
  const due = cut(text, folded, DUE_LABEL);
  ({ rest: text, restFolded: folded } = due);
  const deliverable = cut(text, folded, DELIVERABLE_LABEL);
  ({ rest: text, restFolded: folded } = deliverable);
  const support = cut(text, folded, SUPPORT_LABEL);
  ({ rest: text, restFolded: folded } = support);
  const labelled = cut(text, folded, LABEL);
  const assignment =
    labelled.value ?? (/\s(?:chu tri|thuc hien)\b/.test(folded) ? squeeze(text.replace(/[,;.\s]+$/, '')) : null);
  if (!assignment) return null;
  return { assignment, support: support.value, dueText: due.value, deliverable: deliverable.value };
}

export function readInlineAssignment(body: string): InlineAssignment | null {
  const paren = /\(([^()]{3,240})\)\s*[.;]?\s*$/.exec(body);
  if (paren) {
    const innerFolded = foldKeepLength(paren[1]!);
    if (/chu tri|don vi thuc hien|co quan thuc hien|thoi gian/.test(innerFolded)) {
      const fields = readFields(paren[1]!);
      if (fields) return { text: squeeze(body.slice(0, paren.index).replace(/[\s,;:]+$/, '')), ...fields };
    }
  }
  const folded = foldKeepLength(body);
  const label = LABEL.exec(folded);
  if (!label || label.index < 10) return null;
  const fields = readFields(body.slice(label.index).replace(/^[.;,(\s–-]+/, ''));
  if (!fields) return null;
  return { text: squeeze(body.slice(0, label.index).replace(/[\s,;:(–-]+$/, '')), ...fields };
}
