// Tasks: actions the plan assigns to a responsible unit, in three forms —
// 1. rows of an assignment table (task-table.ts);
// 2. items followed by "Đơn vị thực hiện: ... chủ trì, phối hợp ..." and "Thời gian thực
//    hiện: ..." lines, one such block covering the items above it;
// 3. the "Tổ chức thực hiện" section: a numbered unit heading followed by its duties, or
//    a numbered duty whose subject is the unit ("Các phòng, ban ... tiến hành ...").
// General measures with no responsible unit are not tasks.

import { foldKeepLength, isMostlyUpperCase, squeeze } from './fold.ts';
import { isImplementationHeading, isUnder, type OutlineNode } from './outline.ts';
import { readLeadingAgencies, splitAgencyList, cleanAgencyName, TIME_ADVERBIAL } from './agency-list.ts';
import { inferDueFromText, parseDuePhrase } from './due-phrases.ts';
import { extractTableTasks } from './task-table.ts';
import { readInlineAssignment } from './inline-assignment.ts';
import type { TaskDue } from '../plans/plan-model.ts';
import type { ExtractedTask } from './types.ts';

type FieldKind = 'lead' | 'support' | 'due' | 'deliverable';

const FIELD_LABELS: Array<{ kind: FieldKind; pattern: RegExp }> = [
  { kind: 'support', pattern: /^(?:(?:co quan|don vi|bo phan)(?:,\s*don vi)?\s+)?phoi hop(?:\s+thuc hien)?\s*:/ },
  {
    kind: 'lead',
    pattern:
      /^(?:(?:co quan|don vi|bo phan)(?:,\s*don vi)?\s+)?(?:chu tri|thuc hien|tham muu|phu trach)(?:\s*(?:thuc hien|\/\s*tham muu))?\s*:|^(?:trach nhiem thuc hien|phan cong thuc hien|don vi thuc hien|co quan thuc hien)\s*:/,
  },
  { kind: 'due', pattern: /^(?:thoi gian|thoi han|tien do)(?:\s+(?:thuc hien|hoan thanh))?\s*:/ },
  { kind: 'deliverable', pattern: /^(?:san pham|ket qua(?: dau ra)?)\s*:/ },
];

function readFieldText(text: string): { kind: FieldKind; value: string } | null {
  const folded = foldKeepLength(text);
  for (const { kind, pattern } of FIELD_LABELS) {
    const match = pattern.exec(folded);
    if (match) return { kind, value: squeeze(text.slice(match[0].length)) };
  }
  return null;
}

function readField(node: OutlineNode): { kind: FieldKind; value: string } | null {
  return readFieldText(node.body);
}

const EMBEDDED_LABEL =
  /;\s*(?=(?:(?:co quan|don vi|bo phan)\s+)?(?:phoi hop|thoi gian|thoi han|tien do|san pham|chu tri)[^:;]{0,25}:)/g;

/** "Chủ trì: X; phối hợp: Y; thời gian: Z" on one line: every labelled part. */
function readFields(node: OutlineNode): Array<{ kind: FieldKind; value: string }> {
  const folded = foldKeepLength(node.body);
  const cuts = [0, ...[...folded.matchAll(EMBEDDED_LABEL)].map((m) => m.index + m[0].length), node.body.length + 1];
  const fields: Array<{ kind: FieldKind; value: string }> = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const part = node.body.slice(cuts[i], cuts[i + 1]! - (i + 2 < cuts.length ? 0 : 1)).replace(/;\s*$/, '');
    const field = readFieldText(part.trim());
    if (field) fields.push({ kind: field.kind, value: field.value.replace(/[;.]\s*$/, '') });
  }
  return fields;
}

const CLOSING =
  /^(tren day la|trong qua trinh|qua trinh (trien khai |to chuc )?thuc hien|noi nhan|de nghi cac (co quan|don vi).{0,40}nghiem tuc)/;

/** "X chủ trì, phối hợp với Y" -> lead X, support Y; without "chủ trì" every unit leads. */
function readAssignment(text: string): { lead: string[]; support: string[] } {
  const folded = foldKeepLength(text);
  const chair = /\s(?:chu tri|lam dau moi)\b/.exec(folded);
  if (chair) {
    const lead =
      readLeadingAgencies(text.slice(0, chair.index)).length > 0
        ? readLeadingAgencies(text.slice(0, chair.index))
        : splitAgencyList(text.slice(0, chair.index));
    return { lead, support: readSupport(text) };
  }
  const lead = readLeadingAgencies(text);
  return {
    lead: lead.length > 0 ? lead : splitAgencyList(text.replace(/\s+(?:triển khai )?thực hiện\.?$/u, '')),
    support: [],
  };
}

const SUPPORT_END =
  /(?<!các|những)\s(?:triển khai|thực hiện|tổ chức|trong|để|nhằm|xây dựng|vận động|tham mưu|hướng dẫn|theo dõi|kiểm tra|tuyên truyền|rà soát)(?!\p{L})|[.;(]|$/u;
const SUPPORT_START =
  /^(các|phòng|sở|ban|ủy ban|uỷ ban|ubnd|trung tâm|trường|hội|đoàn|đơn vị|cơ quan|địa phương|công an|ngành|doanh nghiệp|công đoàn|văn phòng)(?!\p{L})/iu;

function readSupport(text: string): string[] {
  const folded = foldKeepLength(text);
  const match = /phoi hop(?:\s+chat che)?(?:\s+voi)?\s*:?\s+/.exec(folded);
  if (!match) return [];
  const rest = text
    .slice(match.index + match[0].length)
    .replace(/(\S)\s*;\s*(?=(?:các|Ủy ban|UBND|Phòng|Trung tâm)(?!\p{L}))/gu, '$1, ');
  if (!SUPPORT_START.test(rest)) return [];
  const end = SUPPORT_END.exec(rest);
  return splitAgencyList(rest.slice(0, end ? end.index : rest.length));
}

function makeTask(
  id: string,
  node: OutlineNode,
  lead: string[],
  support: string[],
  due: TaskDue | null,
  dueText: string | null,
  deliverable: string | null,
  confidence: number,
): ExtractedTask {
  return {
    id,
    text: squeeze(node.body),
    lead,
    support,
    deliverable,
    due,
    dueText,
    line: node.paragraph.line,
    confidence: lead.length > 0 ? confidence : Math.min(confidence, 0.4),
  };
}

export function extractTasks(nodes: OutlineNode[], bodyStart: number): ExtractedTask[] {
  let counter = 0;
  const makeId = (): string => `k${++counter}`;
  const { tasks: tableTasks, consumed } = extractTableTasks(nodes, makeId);
  const found: Array<{ order: number; task: ExtractedTask }> = tableTasks.map((task) => ({ order: task.line, task }));
  const body = nodes.slice(bodyStart);

  // Form 2: assignment blocks.
  for (let i = 0; i < body.length; i++) {
    if (consumed.has(body[i]!) || !readField(body[i]!)) continue;
    const fields: Partial<Record<FieldKind, string>> = {};
    let j = i;
    for (; j < body.length && readField(body[j]!); j++) {
      for (const field of readFields(body[j]!)) fields[field.kind] ??= field.value;
      consumed.add(body[j]!);
    }
    const items: OutlineNode[] = [];
    for (let k = i - 1; k >= 0; k--) {
      const node = body[k]!;
      if (consumed.has(node) || node.paragraph.cells) break;
      if (node.isHeading) {
        if (
          items.length === 0 &&
          /phan cong|to chuc thuc hien|trach nhiem/.test(foldKeepLength(node.label || node.body))
        )
          continue;
        // "1. Tổ chức 05 lớp đào tạo nghề" directly above its own block is the task itself.
        if (items.length === 0 && k === i - 1 && node.marker !== 'roman' && !isImplementationHeading(node))
          items.unshift(node);
        break;
      }
      items.unshift(node);
    }
    const assignment = readAssignment(fields.lead ?? '');
    const support = [...assignment.support, ...(fields.support ? splitAgencyList(fields.support) : [])];
    for (const item of items) {
      consumed.add(item);
      found.push({
        order: item.paragraph.line,
        task: makeTask(
          '',
          item,
          assignment.lead,
          support,
          parseDuePhrase(fields.due ?? ''),
          fields.due ?? null,
          fields.deliverable ?? null,
          0.85,
        ),
      });
    }
    i = j - 1;
  }

  // Form 2, inline: "... (Phòng GD&ĐT chủ trì, thời gian: Quý I/2022)".
  for (const node of body) {
    if (consumed.has(node) || node.paragraph.cells || node.isHeading || isUnder(node, isImplementationHeading, false))
      continue;
    const inline = readInlineAssignment(node.body);
    if (!inline || inline.text.length < 8) continue;
    const assignment = readAssignment(inline.assignment);
    if (assignment.lead.length === 0) continue;
    consumed.add(node);
    const task = makeTask(
      '',
      node,
      assignment.lead,
      [...assignment.support, ...(inline.support ? splitAgencyList(inline.support) : [])],
      parseDuePhrase(inline.dueText ?? ''),
      inline.dueText,
      inline.deliverable,
      0.8,
    );
    task.text = inline.text;
    found.push({ order: node.paragraph.line, task });
  }

  // An assignment sentence inside a measure ("... Giao Phòng Y tế chủ trì ...", "... do
  // Phòng Nội vụ chủ trì thực hiện") makes the measure a task wherever it stands.
  for (const node of body) {
    if (consumed.has(node) || node.paragraph.cells || node.isHeading || isUnder(node, isImplementationHeading, false))
      continue;
    const assigned = findAssignmentSentence(node.body);
    if (!assigned) continue;
    consumed.add(node);
    found.push({
      order: node.paragraph.line,
      task: makeTask(
        '',
        node,
        assigned.lead,
        readSupport(assigned.sentence),
        inferDueFromText(assigned.rest),
        null,
        null,
        0.75,
      ),
    });
  }

  // Form 3: the implementation section.
  let unit: { node: OutlineNode; lead: string[] } | null = null;
  for (const node of body) {
    if (consumed.has(node) || node.paragraph.cells) continue;
    if (!isUnder(node, isImplementationHeading, false)) {
      unit = null;
      continue;
    }
    const folded = foldKeepLength(node.body);
    if (CLOSING.test(folded)) {
      unit = null;
      continue;
    }
    if (unit && !isUnder(node, (n) => n === unit!.node, false)) unit = null;
    const unitHeading = readUnitHeading(node);
    if (unitHeading) {
      unit = { node, lead: unitHeading.lead };
      if (unitHeading.duty) {
        const task = makeTask(
          '',
          node,
          unitHeading.lead,
          readSupport(unitHeading.duty),
          inferDueFromText(unitHeading.duty),
          null,
          null,
          0.8,
        );
        task.text = unitHeading.duty;
        found.push({ order: node.paragraph.line, task });
      }
      continue;
    }
    if (isMostlyUpperCase(node.body)) continue;
    const ownLead = TIME_ADVERBIAL.test(foldKeepLength(node.body)) ? readLeadingAgencies(node.body) : [];
    if (unit && ownLead.length === 0) {
      found.push({
        order: node.paragraph.line,
        task: makeTask('', node, unit.lead, readSupport(node.body), inferDueFromText(node.body), null, null, 0.8),
      });
      continue;
    }
    if (node.isHeading) continue;
    const lead = readLeadingAgencies(node.body);
    if (lead.length === 0) continue;
    found.push({
      order: node.paragraph.line,
      task: makeTask('', node, lead, readSupport(node.body), inferDueFromText(node.body), null, null, 0.7),
    });
  }

  found.sort((a, b) => a.order - b.order);
  return found.map(({ task }, index) => ({ ...task, id: `k${index + 1}` }));
}

/** The sentence of a paragraph that hands the work to a unit, with that unit. */
function findAssignmentSentence(body: string): { sentence: string; rest: string; lead: string[] } | null {
  const starts = [0, ...[...body.matchAll(/[.;]\s+(?=\p{Lu})/gu)].map((m) => m.index + m[0].length)];
  for (const start of starts) {
    const rest = body.slice(start);
    const end = rest.search(/[.;]\s+(?=\p{Lu})|[.;]?\s*$/u);
    const sentence = rest.slice(0, end < 0 ? rest.length : end);
    if (/^Giao\s+(?:cho\s+)?\p{Lu}/u.test(sentence)) {
      const lead = readLeadingAgencies(sentence);
      if (lead.length > 0) return { sentence, rest, lead };
    }
    const chairs = /^(.{3,120}?)\s+chủ trì(?!\p{L})/u.exec(sentence);
    // "Các cơ quan, đơn vị được giao chủ trì ..." restates the plan, it does not assign.
    if (chairs && start > 0 && !/được giao|có liên quan|liên quan$/u.test(chairs[1]!)) {
      const lead = readLeadingAgencies(chairs[1]!);
      if (
        lead.length > 0 &&
        foldKeepLength(lead.join(' ')).replace(/[^a-z0-9]/g, '').length >=
          foldKeepLength(chairs[1]!).replace(/[^a-z0-9]/g, '').length * 0.85
      )
        return { sentence, rest, lead };
    }
    const by = /(?:^|\s)do\s+(\p{Lu}.{2,100}?)\s+chủ trì(?!\p{L})/u.exec(sentence);
    if (by) {
      const lead = readLeadingAgencies(by[1]!);
      if (lead.length > 0) return { sentence, rest, lead };
    }
  }
  return null;
}

/** "1. Phòng Giáo dục và Đào tạo" or "6. Đề nghị UBMTTQ Việt Nam xã" or "2. Phòng Nội vụ: Hướng dẫn ...". */
function readUnitHeading(node: OutlineNode): { lead: string[]; duty: string | null } | null {
  if (node.marker !== 'arabic' && node.marker !== 'letter' && node.marker !== 'roman') return null;
  const body = node.body.replace(/^(?:Đề nghị|Giao)\s+/u, '');
  const colon = body.indexOf(':');
  const head = colon > 0 && colon < 160 ? body.slice(0, colon) : body;
  const duty = colon > 0 && colon < 160 ? squeeze(body.slice(colon + 1)) : null;
  if (!duty && !node.isHeading) return null;
  if (head.length > 160 || /[.;!?]$/.test(head)) return null;
  const lead = readLeadingAgencies(head);
  if (lead.length === 0) return null;
  // The whole head must be unit names: a verb inside means it is a duty, not a heading.
  const covered = foldKeepLength(lead.join(' ')).replace(/[^a-z0-9]/g, '').length;
  const total = foldKeepLength(head).replace(/[^a-z0-9]/g, '').length;
  if (covered < total * 0.85) return null;
  return { lead: lead.map(cleanAgencyName), duty: duty && duty.length > 3 ? duty : null };
}
