// Form 1 of tasks: rows of an assignment table ("Phụ lục nhiệm vụ và phân công":
// nhiệm vụ | cơ quan chủ trì | phối hợp | sản phẩm | thời gian).

import { foldKeepLength, squeeze } from './fold.ts';
import type { OutlineNode } from './outline.ts';
import { splitAgencyList } from './agency-list.ts';
import { parseDuePhrase } from './due-phrases.ts';
import type { ExtractedTask } from './types.ts';

export interface TaskColumns {
  text: number;
  lead: number | null;
  support: number | null;
  deliverable: number | null;
  due: number | null;
  order: number | null;
}

export function readTaskColumns(cells: string[]): TaskColumns | null {
  const folded = cells.map((cell) => foldKeepLength(cell));
  const find = (test: (cell: string) => boolean): number | null => {
    const index = folded.findIndex(test);
    return index >= 0 ? index : null;
  };
  const text = find(
    (c) =>
      /nhiem vu|noi dung|giai phap|hoat dong|ten (de an|du an|van ban)|cong viec/.test(c) &&
      !/chu tri|phoi hop|ban hanh/.test(c),
  );
  const lead = find(
    (c) =>
      /chu tri|tham muu|(don vi|co quan|bo phan) (thuc hien|phu trach)|trach nhiem/.test(c) &&
      !/phoi hop/.test(c.replace(/chu tri\s*\/\s*phoi hop/, '')) &&
      !/ban hanh/.test(c),
  );
  const support = find((c) => /phoi hop/.test(c) && !/chu tri/.test(c));
  const due = find((c) => /thoi gian|thoi han|tien do|han hoan thanh/.test(c));
  if (text === null || (lead === null && due === null)) return null;
  return {
    text,
    lead,
    support,
    deliverable: find((c) => /san pham|ket qua dau ra|hinh thuc van ban/.test(c)),
    due,
    order: find((c) => /^(so\s*)?t\.?t\.?$|^stt$/.test(c.trim())),
  };
}

function cell(cells: string[], index: number | null): string {
  return index === null ? '' : squeeze(cells[index] ?? '');
}

/** Tasks from every assignment table; returns the nodes it consumed. */
export function extractTableTasks(
  nodes: OutlineNode[],
  makeId: () => string,
): { tasks: ExtractedTask[]; consumed: Set<OutlineNode> } {
  const tasks: ExtractedTask[] = [];
  const consumed = new Set<OutlineNode>();
  let columns: TaskColumns | null = null;
  let previousRowWasTask = false;
  for (const node of nodes) {
    const cells = node.paragraph.cells;
    if (!cells) {
      if (
        node.paragraph.text.length > 0 &&
        !node.isHeading &&
        columns &&
        node.marker === null &&
        node.paragraph.text.length > 200
      )
        columns = null;
      continue;
    }
    const header = readTaskColumns(cells);
    if (header) {
      columns = header;
      consumed.add(node);
      previousRowWasTask = false;
      continue;
    }
    if (!columns) continue;
    consumed.add(node);
    const text = cell(cells, columns.text);
    const leadText = cell(cells, columns.lead);
    const dueText = cell(cells, columns.due);
    const order = cell(cells, columns.order);
    if (text.length < 4) continue;
    // Group rows ("I | Nhóm nhiệm vụ về ...") carry no unit and no time.
    if (!leadText && !dueText && (/^[IVX]+\.?$/.test(order) || text === text.toUpperCase())) {
      previousRowWasTask = false;
      continue;
    }
    // Vertically merged cells (one chair for several rows) arrive empty below their first row.
    const previous = tasks.at(-1);
    const inherit = previous !== undefined && previousRowWasTask && /^\d/.test(order);
    const lead = leadText ? splitAgencyList(leadText) : inherit ? previous.lead : [];
    const supportText = cell(cells, columns.support);
    const effectiveDue = dueText || (inherit ? (previous.dueText ?? '') : '');
    tasks.push({
      id: makeId(),
      text,
      lead,
      support: supportText ? splitAgencyList(supportText) : inherit ? previous.support : [],
      deliverable: cell(cells, columns.deliverable) || null,
      due: parseDuePhrase(effectiveDue),
      dueText: effectiveDue || null,
      line: node.paragraph.line,
      confidence: lead.length > 0 ? (leadText ? 0.9 : 0.75) : 0.5,
    });
    previousRowWasTask = true;
  }
  return { tasks, consumed };
}
