// Targets written as a table: "STT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2026", with
// one value column per year when the plan spans several years.

import { foldKeepLength, squeeze } from './fold.ts';
import type { OutlineNode } from './outline.ts';
import { parseVietnameseNumber } from './vietnamese-numbers.ts';
import type { TargetOp, TargetUnit } from '../plans/plan-model.ts';
import type { ExtractedTarget } from './types.ts';

interface TargetColumns {
  subject: number;
  unit: number | null;
  values: Array<{ index: number; year: number | null }>;
}

function readTargetColumns(cells: string[]): TargetColumns | null {
  const folded = cells.map((cell) => foldKeepLength(cell));
  const subject = folded.findIndex((c) => /^(ten )?chi tieu|^noi dung( chi tieu)?$|^chi so/.test(c.trim()));
  if (subject < 0) return null;
  const unit = folded.findIndex((c) => /^(don vi tinh|dvt|don vi)$/.test(c.trim().replace(/\./g, '')));
  const values: Array<{ index: number; year: number | null }> = [];
  folded.forEach((c, index) => {
    if (index === subject || index === unit) return;
    const year = /((?:19|20|21)\d{2})/.exec(c);
    if (
      /ke hoach|muc tieu|chi tieu nam|nam\s+(?:19|20|21)\d{2}|^(?:19|20|21)\d{2}$|phan dau|giao/.test(c) &&
      !/thuc hien|uoc|ghi chu|co quan|don vi/.test(c)
    ) {
      values.push({ index, year: year ? Number(year[1]) : null });
    }
  });
  return values.length > 0 ? { subject, unit: unit >= 0 ? unit : null, values } : null;
}

function readValue(cell: string): { op: TargetOp; value: number; value2: number | null } | null {
  const folded = foldKeepLength(cell).replace(/\s+/g, ' ').trim();
  const range = /^(?:tu\s+)?([\d.,]+)\s*%?\s*(?:-|–|den)\s*([\d.,]+)\s*%?$/.exec(folded);
  if (range) {
    const low = parseVietnameseNumber(range[1]!);
    const high = parseVietnameseNumber(range[2]!);
    if (low !== null && high !== null && low < high) return { op: 'range', value: low, value2: high };
  }
  const single =
    /^(≥|>=|>|≤|<=|<|tren|duoi|it nhat|toi thieu|toi da|khong qua|khoang|dat)?\s*([\d.,]+)\s*%?\s*(tro len|tro xuong)?$/.exec(
      folded,
    );
  if (!single) return null;
  const value = parseVietnameseNumber(single[2]!);
  if (value === null) return null;
  const cue = single[1] ?? single[3] ?? '';
  const op: TargetOp = /^(≥|>=|it nhat|toi thieu|dat|tro len)$/.test(cue)
    ? 'gte'
    : /^(>|tren)$/.test(cue)
      ? 'gt'
      : /^(≤|<=|toi da|khong qua|tro xuong)$/.test(cue)
        ? 'lte'
        : /^(<|duoi)$/.test(cue)
          ? 'lt'
          : cue === 'khoang'
            ? 'approx'
            : 'eq';
  return { op, value, value2: null };
}

function readUnit(unitCell: string, subject: string, valueCell: string): { unit: TargetUnit; noun: string | null } {
  const folded = foldKeepLength(`${unitCell} ${valueCell}`);
  if (/%|phan tram/.test(folded) || /^ty le/.test(foldKeepLength(subject))) return { unit: 'percent', noun: null };
  if (/van dan|10\.000 dan/.test(folded) || /\/\s*van dan/.test(foldKeepLength(subject))) {
    return { unit: 'per10k', noun: squeeze(unitCell.replace(/\/.*$/, '')).toLocaleLowerCase('vi') || null };
  }
  return { unit: 'count', noun: squeeze(unitCell).toLocaleLowerCase('vi') || null };
}

/** Targets from every target table; `startId` continues the numbering of text targets. */
export function extractTableTargets(
  nodes: OutlineNode[],
  defaultYear: number | null,
  startId: number,
): ExtractedTarget[] {
  const targets: ExtractedTarget[] = [];
  let columns: TargetColumns | null = null;
  for (const node of nodes) {
    const cells = node.paragraph.cells;
    if (!cells) continue;
    const header = readTargetColumns(cells);
    if (header) {
      columns = header;
      continue;
    }
    if (!columns) continue;
    const subject = squeeze(cells[columns.subject] ?? '');
    if (subject.length < 3) continue;
    for (const column of columns.values) {
      const valueCell = squeeze(cells[column.index] ?? '');
      const value = readValue(valueCell);
      if (!value) continue;
      const unitCell = columns.unit === null ? '' : squeeze(cells[columns.unit] ?? '');
      const unit = readUnit(unitCell, subject, valueCell);
      targets.push({
        id: `t${startId + targets.length}`,
        text: squeeze(
          `${subject} ${valueCell}${unit.unit === 'percent' && !valueCell.includes('%') ? '%' : ''}${unit.unit === 'count' && unit.noun ? ` ${unit.noun.toLocaleLowerCase('vi')}` : ''}`,
        ),
        subject,
        op: value.op,
        value: value.value,
        value2: value.value2,
        unit: unit.unit,
        unitNoun: unit.unit === 'percent' ? null : unit.noun,
        year: column.year ?? defaultYear,
        parent: null,
        line: node.paragraph.line,
        confidence: 0.85,
      });
    }
  }
  return targets;
}
