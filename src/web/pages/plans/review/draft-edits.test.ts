import { describe, expect, it } from 'vitest';
import type { ExtractedTarget, ExtractedTask, PlanExtraction } from '../../../api/types.ts';
import {
  addTarget,
  addTask,
  buildTargetTree,
  createItemId,
  deleteTarget,
  listParentCandidates,
  listUnmatchedLeads,
  locateFieldPath,
  matchMentionsNamed,
  mergeTargetWithNext,
  mergeTaskWithNext,
  readMentions,
  setTaskMentions,
  splitItemText,
  splitTask,
} from './draft-edits.ts';

function target(id: string, parent: string | null = null, text = `Chỉ tiêu ${id}`): ExtractedTarget {
  return {
    id,
    text,
    subject: text,
    op: 'gte',
    value: 90,
    value2: null,
    unit: 'percent',
    unitNoun: null,
    year: 2025,
    parent,
    line: 10,
    confidence: 0.9,
  };
}

function task(id: string, text: string, lead: string[] = ['Phòng Nội vụ']): ExtractedTask {
  return {
    id,
    text,
    lead,
    support: [],
    leadAgencies: lead.map((name) => ({ text: name, agencyId: `ag-${name}`, agencyName: name, confidence: 0.9 })),
    supportAgencies: [],
    deliverable: null,
    due: { kind: 'ongoing' },
    dueText: 'Thường xuyên',
    line: 20,
    confidence: 0.8,
  };
}

function extraction(targets: ExtractedTarget[], tasks: ExtractedTask[] = []): PlanExtraction {
  return {
    document: {
      kind: 'KH',
      number: '60/KH-UBND',
      symbol: 'KH-UBND',
      issuer: null,
      issuerLevel: null,
      place: null,
      date: null,
      year: 2021,
      title: 'Kế hoạch',
      signer: null,
    },
    period: { from: 2021, to: 2025, horizons: [] },
    references: [],
    targets,
    tasks,
    reporting: [],
    warnings: [],
  };
}

describe('draft edits', () => {
  it('picks the next free id after the highest number', () => {
    expect(createItemId('t', [{ id: 't1' }, { id: 't7' }, { id: 't3' }])).toBe('t8');
    expect(createItemId('k', [])).toBe('k1');
  });

  it('splits text at the cursor, else at the first semicolon, else not at all', () => {
    expect(splitItemText('Rà soát đội ngũ; tổ chức đào tạo', null)).toEqual(['Rà soát đội ngũ', 'Tổ chức đào tạo']);
    expect(splitItemText('Rà soát đội ngũ và tổ chức đào tạo', 15)).toEqual(['Rà soát đội ngũ', 'Và tổ chức đào tạo']);
    expect(splitItemText('Một việc duy nhất', null)).toBeNull();
  });

  it('adds a "trong đó" child after the parent subtree and builds the tree', () => {
    const start = extraction([target('t1'), target('t2', 't1'), target('t3')]);
    const { extraction: next, id } = addTarget(start, 't1', 't1');
    expect(id).toBe('t4');
    expect(next.targets.map((item) => item.id)).toEqual(['t1', 't2', 't4', 't3']);
    const tree = buildTargetTree(next.targets);
    expect(tree.map((node) => node.target.id)).toEqual(['t1', 't3']);
    expect(tree[0]!.children.map((node) => node.target.id)).toEqual(['t2', 't4']);
  });

  it('re-parents children when their parent is deleted or merged away', () => {
    const start = extraction([target('t1'), target('t2', 't1'), target('t3', 't2')]);
    expect(deleteTarget(start, 't2').targets.find((item) => item.id === 't3')?.parent).toBe('t1');
    const merged = mergeTargetWithNext(start, 't1')!;
    expect(merged.targets.map((item) => item.id)).toEqual(['t1', 't3']);
    expect(merged.targets[1]!.parent).toBe('t1');
    expect(merged.targets[0]!.text).toBe('Chỉ tiêu t1; Chỉ tiêu t2');
  });

  it('does not offer a target or its descendants as its own parent', () => {
    const targets = [target('t1'), target('t2', 't1'), target('t3', 't2'), target('t4')];
    expect(listParentCandidates(targets, 't2').map((item) => item.id)).toEqual(['t1', 't4']);
  });

  it('splits a task keeping its units and merges tasks joining their units', () => {
    const start = extraction(
      [],
      [task('k1', 'Tuyên truyền; tập huấn'), task('k2', 'Báo cáo kết quả', ['Phòng Giáo dục'])],
    );
    const split = splitTask(start, 'k1')!;
    expect(split.extraction.tasks.map((item) => [item.id, item.text, item.lead])).toEqual([
      ['k1', 'Tuyên truyền', ['Phòng Nội vụ']],
      ['k3', 'Tập huấn', ['Phòng Nội vụ']],
      ['k2', 'Báo cáo kết quả', ['Phòng Giáo dục']],
    ]);
    const merged = mergeTaskWithNext(start, 'k1')!;
    expect(merged.tasks).toHaveLength(1);
    expect(merged.tasks[0]!.lead).toEqual(['Phòng Nội vụ', 'Phòng Giáo dục']);
    expect(merged.tasks[0]!.leadAgencies).toHaveLength(2);
  });

  it('keeps agency mentions aligned with the names', () => {
    const start = extraction([], [task('k1', 'Việc')]);
    const changed = setTaskMentions(start, 'k1', 'lead', [
      { text: 'Phòng Tư pháp', agencyId: 'ag-tp', agencyName: 'Phòng Tư pháp huyện', confidence: 1 },
    ]);
    expect(changed.tasks[0]!.lead).toEqual(['Phòng Tư pháp']);
    const bare = { ...task('k2', 'Việc'), leadAgencies: undefined };
    expect(readMentions(bare, 'lead')).toEqual([
      { text: 'Phòng Nội vụ', agencyId: null, agencyName: null, confidence: 0 },
    ]);
    expect(addTask(start, 'k1').id).toBe('k2');
  });

  it('finds the item a server validation error points at', () => {
    const start = extraction([target('t1'), target('t2')], [task('k1', 'Việc')]);
    expect(locateFieldPath(start, 'extraction.targets.1.value2')).toEqual({ section: 'targets', id: 't2' });
    expect(locateFieldPath(start, 'extraction.tasks.0.lead')).toEqual({ section: 'tasks', id: 'k1' });
    expect(locateFieldPath(start, 'extraction.period.to')).toEqual({ section: 'document', id: null });
    expect(locateFieldPath(start, 'allowDuplicate')).toBeNull();
  });
});

describe('unmatched lead agencies', () => {
  const unmatched = (id: string, lead: string[], support: string[] = []): ExtractedTask => ({
    ...task(id, `Nhiệm vụ ${id}`, lead),
    leadAgencies: lead.map((text) => ({ text, agencyId: null, agencyName: null, confidence: 0 })),
    support,
    supportAgencies: support.map((text) => ({ text, agencyId: null, agencyName: null, confidence: 0 })),
  });

  it('lists leads matched to no agency, leaving out sets of bodies and matched ones', () => {
    const draft = extraction(
      [],
      [
        task('k1', 'Đã khớp'),
        unmatched('k2', ['Phòng Tư pháp', 'Các phòng, ban, ngành huyện']),
        unmatched('k3', ['', 'Ban Chỉ huy Quân sự huyện']),
      ],
    );
    expect(listUnmatchedLeads(draft)).toEqual([
      { taskId: 'k2', taskIndex: 1, text: 'Phòng Tư pháp' },
      { taskId: 'k3', taskIndex: 2, text: 'Ban Chỉ huy Quân sự huyện' },
    ]);
    expect(listUnmatchedLeads(extraction([], [task('k1', 'Đã khớp')]))).toEqual([]);
  });

  it('matches every unmatched mention of the name to a new agency, lead and support', () => {
    const draft = extraction(
      [],
      [unmatched('k1', ['Phòng Tư pháp']), unmatched('k2', ['Phòng Nội vụ'], ['phong tu  phap'])],
    );
    const next = matchMentionsNamed(draft, 'Phòng Tư pháp', { id: 'ag-tp', name: 'Phòng Tư pháp huyện' });
    expect(readMentions(next.tasks[0]!, 'lead')).toEqual([
      { text: 'Phòng Tư pháp', agencyId: 'ag-tp', agencyName: 'Phòng Tư pháp huyện', confidence: 1 },
    ]);
    expect(readMentions(next.tasks[1]!, 'lead')[0]!.agencyId).toBeNull();
    expect(readMentions(next.tasks[1]!, 'support')[0]!.agencyId).toBe('ag-tp');
    expect(listUnmatchedLeads(next)).toEqual([{ taskId: 'k2', taskIndex: 1, text: 'Phòng Nội vụ' }]);
  });
});
