// Pure edits of a plan draft on the review screen: add, delete, split, merge and update
// targets and tasks, keeping ids unique, "trong đó" parents valid and each task's agency
// mentions aligned with its lead/support names (the server relies on that alignment).
import { normaliseAgencyName } from '../../../../domain/agencies/normalise-agency-name.ts';
import { foldDiacritics } from '../../../../domain/text/fold-diacritics.ts';
import type { AgencyMention, ExtractedTarget, ExtractedTask, PlanExtraction } from '../../../api/types.ts';

export type AgencyRole = 'lead' | 'support';

/** The next free id with this prefix: t1, t2 ... for targets, k1, k2 ... for tasks. */
export function createItemId(prefix: string, items: ReadonlyArray<{ id: string }>): string {
  let highest = 0;
  const taken = new Set(items.map((item) => item.id));
  for (const item of items) {
    const match = /^(?:[a-z]+)(\d+)$/i.exec(item.id);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  let next = highest + 1;
  while (taken.has(`${prefix}${next}`)) next += 1;
  return `${prefix}${next}`;
}

/**
 * Cuts a text in two: at the cursor when it falls inside the text, else at the first ";"
 * (Vietnamese plans list several actions in one sentence that way). Null when neither works.
 */
export function splitItemText(text: string, cursor?: number | null): [string, string] | null {
  const at = cursor ?? -1;
  if (at > 0 && at < text.length) {
    const first = text.slice(0, at).trim().replace(/[;,]$/, '').trim();
    const second = text.slice(at).trim().replace(/^[;,]/, '').trim();
    if (first && second) return [first, capitalise(second)];
  }
  const semicolon = text.indexOf(';');
  if (semicolon > 0) {
    const first = text.slice(0, semicolon).trim();
    const second = text.slice(semicolon + 1).trim();
    if (first && second) return [first, capitalise(second)];
  }
  return null;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

function joinTexts(first: string, second: string): string {
  const head = first.trim();
  if (!head) return second.trim();
  return /[.;:,]$/.test(head) ? `${head} ${second.trim()}` : `${head}; ${second.trim()}`;
}

function insertAfter<T>(items: readonly T[], index: number, item: T): T[] {
  return [...items.slice(0, index + 1), item, ...items.slice(index + 1)];
}

// ---- targets ---------------------------------------------------------------------------

export function updateTarget(extraction: PlanExtraction, id: string, patch: Partial<ExtractedTarget>): PlanExtraction {
  return {
    ...extraction,
    targets: extraction.targets.map((target) => (target.id === id ? { ...target, ...patch, id } : target)),
  };
}

/** A new, empty target after `afterId` (or at the end); with `parent` it is a "trong đó" child. */
export function addTarget(
  extraction: PlanExtraction,
  afterId: string | null,
  parent: string | null,
): { extraction: PlanExtraction; id: string } {
  const id = createItemId('t', extraction.targets);
  const after = afterId ? extraction.targets.find((target) => target.id === afterId) : undefined;
  const target: ExtractedTarget = {
    id,
    text: '',
    subject: '',
    op: 'gte',
    value: null,
    value2: null,
    unit: 'percent',
    unitNoun: null,
    year: extraction.period.to,
    parent,
    line: after?.line ?? 1,
    confidence: 1,
  };
  const index = afterId ? lastDescendantIndex(extraction.targets, afterId) : extraction.targets.length - 1;
  return { extraction: { ...extraction, targets: insertAfter(extraction.targets, index, target) }, id };
}

/** The position of a target's last descendant, so that a new sibling goes after the whole subtree. */
function lastDescendantIndex(targets: readonly ExtractedTarget[], id: string): number {
  const ids = new Set([id]);
  let last = targets.findIndex((target) => target.id === id);
  for (let index = last + 1; index < targets.length; index += 1) {
    const target = targets[index]!;
    if (target.parent && ids.has(target.parent)) {
      ids.add(target.id);
      last = index;
    }
  }
  return last;
}

/** Deleting a target moves its "trong đó" children up to its own parent. */
export function deleteTarget(extraction: PlanExtraction, id: string): PlanExtraction {
  const removed = extraction.targets.find((target) => target.id === id);
  if (!removed) return extraction;
  return {
    ...extraction,
    targets: extraction.targets
      .filter((target) => target.id !== id)
      .map((target) => (target.parent === id ? { ...target, parent: removed.parent } : target)),
  };
}

export function splitTarget(
  extraction: PlanExtraction,
  id: string,
  cursor?: number | null,
): { extraction: PlanExtraction; id: string } | null {
  const index = extraction.targets.findIndex((target) => target.id === id);
  const target = extraction.targets[index];
  const parts = target ? splitItemText(target.text, cursor) : null;
  if (!target || !parts) return null;
  const newId = createItemId('t', extraction.targets);
  const targets = extraction.targets.map((item) => (item.id === id ? { ...item, text: parts[0] } : item));
  const second: ExtractedTarget = { ...target, id: newId, text: parts[1], value: null, value2: null };
  return { extraction: { ...extraction, targets: insertAfter(targets, index, second) }, id: newId };
}

/** Merges a target with the next one in the list; the next one's children follow. */
export function mergeTargetWithNext(extraction: PlanExtraction, id: string): PlanExtraction | null {
  const index = extraction.targets.findIndex((target) => target.id === id);
  const first = extraction.targets[index];
  const second = extraction.targets[index + 1];
  if (!first || !second) return null;
  const merged: ExtractedTarget = {
    ...first,
    text: joinTexts(first.text, second.text),
    value: first.value ?? second.value,
    value2: first.value2 ?? second.value2,
    confidence: Math.min(first.confidence, second.confidence),
  };
  return {
    ...extraction,
    targets: extraction.targets
      .filter((target) => target.id !== second.id)
      .map((target) => (target.id === id ? merged : target.parent === second.id ? { ...target, parent: id } : target)),
  };
}

/** Targets that may be this one's parent: any other target that is not below it. */
export function listParentCandidates(targets: readonly ExtractedTarget[], id: string): ExtractedTarget[] {
  const below = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const target of targets) {
      if (target.parent && below.has(target.parent) && !below.has(target.id)) {
        below.add(target.id);
        grew = true;
      }
    }
  }
  return targets.filter((target) => !below.has(target.id));
}

export interface TargetNode {
  target: ExtractedTarget;
  children: TargetNode[];
}

/** The "trong đó" tree in document order; a target whose parent is missing becomes a root. */
export function buildTargetTree(targets: readonly ExtractedTarget[]): TargetNode[] {
  const nodes = new Map(targets.map((target) => [target.id, { target, children: [] as TargetNode[] }]));
  const roots: TargetNode[] = [];
  for (const target of targets) {
    const node = nodes.get(target.id)!;
    const parent = target.parent && target.parent !== target.id ? nodes.get(target.parent) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

// ---- tasks -----------------------------------------------------------------------------

/** The task's agency mentions for a role, made from the names when the server sent none. */
export function readMentions(task: ExtractedTask, role: AgencyRole): AgencyMention[] {
  const names = role === 'lead' ? task.lead : task.support;
  const mentions = role === 'lead' ? task.leadAgencies : task.supportAgencies;
  if (mentions && mentions.length === names.length) return mentions;
  return names.map((text) => ({ text, agencyId: null, agencyName: null, confidence: 0 }));
}

export function updateTask(extraction: PlanExtraction, id: string, patch: Partial<ExtractedTask>): PlanExtraction {
  return { ...extraction, tasks: extraction.tasks.map((task) => (task.id === id ? { ...task, ...patch, id } : task)) };
}

export function setTaskMentions(
  extraction: PlanExtraction,
  id: string,
  role: AgencyRole,
  mentions: AgencyMention[],
): PlanExtraction {
  const names = mentions.map((mention) => mention.text);
  return updateTask(
    extraction,
    id,
    role === 'lead' ? { lead: names, leadAgencies: mentions } : { support: names, supportAgencies: mentions },
  );
}

export function addTask(
  extraction: PlanExtraction,
  afterId: string | null,
): { extraction: PlanExtraction; id: string } {
  const id = createItemId('k', extraction.tasks);
  const index = afterId ? extraction.tasks.findIndex((task) => task.id === afterId) : extraction.tasks.length - 1;
  const after = extraction.tasks[index];
  const task: ExtractedTask = {
    id,
    text: '',
    lead: [],
    support: [],
    leadAgencies: [],
    supportAgencies: [],
    deliverable: null,
    due: null,
    dueText: null,
    line: after?.line ?? 1,
    confidence: 1,
  };
  return { extraction: { ...extraction, tasks: insertAfter(extraction.tasks, index, task) }, id };
}

export function deleteTask(extraction: PlanExtraction, id: string): PlanExtraction {
  return { ...extraction, tasks: extraction.tasks.filter((task) => task.id !== id) };
}

/** Both halves keep the same responsible units and due time; the reviewer adjusts either. */
export function splitTask(
  extraction: PlanExtraction,
  id: string,
  cursor?: number | null,
): { extraction: PlanExtraction; id: string } | null {
  const index = extraction.tasks.findIndex((task) => task.id === id);
  const task = extraction.tasks[index];
  const parts = task ? splitItemText(task.text, cursor) : null;
  if (!task || !parts) return null;
  const newId = createItemId('k', extraction.tasks);
  const tasks = extraction.tasks.map((item) => (item.id === id ? { ...item, text: parts[0] } : item));
  const second: ExtractedTask = {
    ...task,
    id: newId,
    text: parts[1],
    lead: [...task.lead],
    support: [...task.support],
    leadAgencies: readMentions(task, 'lead').map((mention) => ({ ...mention })),
    supportAgencies: readMentions(task, 'support').map((mention) => ({ ...mention })),
  };
  return { extraction: { ...extraction, tasks: insertAfter(tasks, index, second) }, id: newId };
}

function mergeMentions(first: AgencyMention[], second: AgencyMention[]): AgencyMention[] {
  const seen = new Set(first.map((mention) => mention.agencyId ?? mention.text));
  return [...first, ...second.filter((mention) => !seen.has(mention.agencyId ?? mention.text))];
}

export function mergeTaskWithNext(extraction: PlanExtraction, id: string): PlanExtraction | null {
  const index = extraction.tasks.findIndex((task) => task.id === id);
  const first = extraction.tasks[index];
  const second = extraction.tasks[index + 1];
  if (!first || !second) return null;
  const leadAgencies = mergeMentions(readMentions(first, 'lead'), readMentions(second, 'lead'));
  const supportAgencies = mergeMentions(readMentions(first, 'support'), readMentions(second, 'support'));
  const merged: ExtractedTask = {
    ...first,
    text: joinTexts(first.text, second.text),
    lead: leadAgencies.map((mention) => mention.text),
    leadAgencies,
    support: supportAgencies.map((mention) => mention.text),
    supportAgencies,
    deliverable: first.deliverable ?? second.deliverable,
    due: first.due ?? second.due,
    dueText: first.dueText ?? second.dueText,
    confidence: Math.min(first.confidence, second.confidence),
  };
  return {
    ...extraction,
    tasks: extraction.tasks.filter((task) => task.id !== second.id).map((task) => (task.id === id ? merged : task)),
  };
}

// ---- server field paths ------------------------------------------------------------------

export type ReviewSection = 'document' | 'references' | 'targets' | 'tasks' | 'reporting';

/** "extraction.targets.3.value2" → the section and, for targets and tasks, the item's id. */
export function locateFieldPath(
  extraction: PlanExtraction,
  field: string | undefined,
): { section: ReviewSection; id: string | null } | null {
  if (!field) return null;
  const match = /^(?:extraction\.)?(document|period|references|targets|tasks|reporting)(?:\.(\d+))?/.exec(field);
  if (!match) return field === 'adminUnitId' ? { section: 'document', id: null } : null;
  const section = match[1] === 'period' ? 'document' : (match[1] as ReviewSection);
  const index = match[2] === undefined ? -1 : Number(match[2]);
  if (section === 'targets') return { section, id: extraction.targets[index]?.id ?? null };
  if (section === 'tasks') return { section, id: extraction.tasks[index]?.id ?? null };
  return { section, id: null };
}

// ---- unmatched agencies ------------------------------------------------------------------

/** "Các phòng, ban, ngành huyện", "UBND các xã": a set of bodies, which no single agency matches. */
export function isCollectiveName(text: string): boolean {
  return normaliseAgencyName(text).collective;
}

export interface UnmatchedLead {
  taskId: string;
  /** 0-based position of the task, for "Nhiệm vụ 3". */
  taskIndex: number;
  text: string;
}

/** Lead agencies named in the plan but matched to no registered agency (sets of bodies aside). */
export function listUnmatchedLeads(extraction: PlanExtraction): UnmatchedLead[] {
  return extraction.tasks.flatMap((task, taskIndex) =>
    readMentions(task, 'lead')
      .filter((mention) => !mention.agencyId && mention.text.trim() !== '' && !isCollectiveName(mention.text))
      .map((mention) => ({ taskId: task.id, taskIndex, text: mention.text })),
  );
}

/**
 * Matches every unmatched lead or support mention written as `text` (diacritics, case and
 * spacing aside) to `agency`: after adding an agency for a name, each task naming it gets it.
 */
export function matchMentionsNamed(
  extraction: PlanExtraction,
  text: string,
  agency: { id: string; name: string },
): PlanExtraction {
  const wanted = foldDiacritics(text);
  let next = extraction;
  for (const task of extraction.tasks) {
    for (const role of ['lead', 'support'] as const) {
      const mentions = readMentions(task, role);
      if (!mentions.some((mention) => !mention.agencyId && foldDiacritics(mention.text) === wanted)) continue;
      next = setTaskMentions(
        next,
        task.id,
        role,
        mentions.map((mention) =>
          !mention.agencyId && foldDiacritics(mention.text) === wanted
            ? { ...mention, agencyId: agency.id, agencyName: agency.name, confidence: 1 }
            : mention,
        ),
      );
    }
  }
  return next;
}

/**
 * React keys for a read-only list of mentions: the name and agency, numbered when the same
 * one appears twice ("Phòng Nội vụ", "Phòng Nội vụ#2"); stable as long as the list is.
 */
export function withTextKeys<T extends { text: string; agencyId: string | null }>(
  items: readonly T[],
): Array<{ key: string; item: T }> {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const base = `${item.agencyId ?? ''}|${item.text}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return { key: count === 1 ? base : `${base}#${count}`, item };
  });
}
