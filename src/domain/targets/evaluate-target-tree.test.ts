import { describe, expect, it } from 'vitest';
import type { Target } from '../plans/plan-model.ts';
import { applyOverride, evaluateTargetTree, stripOverride } from './evaluate-target-tree.ts';
import { evaluateTarget } from './evaluate-target.ts';
import type { Observation } from './types.ts';

const target = (id: string, parent: string | null, op: Target['op'], value: number | null): Target => ({
  id,
  text: '',
  subject: id,
  op,
  value,
  value2: null,
  unit: 'percent',
  unitNoun: null,
  year: 2024,
  parent,
  line: 1,
});

const series: Record<string, Observation[]> = {
  t14: [{ year: 2024, value: 73.4 }],
  t15: [{ year: 2024, value: 55 }],
  t16: [{ year: 2024, value: 5600 }],
};

describe('evaluateTargetTree', () => {
  it('evaluates "trong đó" children in their own right, under their parent', () => {
    const targets = [target('t14', null, 'gt', 72), target('t15', 't14', 'eq', 58), target('t16', null, 'gte', 5500)];
    const tree = evaluateTargetTree(
      targets,
      (t) => ({ polarity: 'higher', observations: series[t.id] ?? [] }),
      '2025-02-01',
    );
    expect(tree.map((node) => node.target.id)).toEqual(['t14', 't16']);
    expect(tree[0]?.evaluation.status).toBe('met');
    expect(tree[0]?.children.map((node) => [node.target.id, node.evaluation.status])).toEqual([['t15', 'not_met']]);
  });

  it('nests grandchildren and keeps plan order', () => {
    const targets = [
      target('a', null, 'gte', 1),
      target('b', 'a', 'gte', 1),
      target('c', 'b', 'gte', 1),
      target('d', 'a', 'gte', 1),
    ];
    const tree = evaluateTargetTree(targets, () => ({ polarity: 'higher', observations: [] }), '2025-02-01');
    expect(tree).toHaveLength(1);
    expect(tree[0]?.children.map((node) => node.target.id)).toEqual(['b', 'd']);
    expect(tree[0]?.children[0]?.children.map((node) => node.target.id)).toEqual(['c']);
  });

  it('makes roots of orphans and cycles', () => {
    const targets = [
      target('x', 'missing', 'gte', 1),
      target('y', 'z', 'gte', 1),
      target('z', 'y', 'gte', 1),
      target('s', 's', 'gte', 1),
    ];
    const tree = evaluateTargetTree(targets, () => ({ polarity: 'higher', observations: [] }), '2025-02-01');
    expect(tree.map((node) => node.target.id)).toEqual(['x', 'y', 'z', 's']);
  });
});

describe('applyOverride', () => {
  const computed = evaluateTarget({
    target: target('t1', null, 'gt', 72),
    polarity: 'higher',
    observations: [{ year: 2024, value: 71.9 }],
    asOf: '2025-02-01',
  });

  it('sets the planner status with the reason and keeps the computed one', () => {
    const result = applyOverride(computed, { status: 'met', reason: 'Số liệu điều tra bổ sung đạt 72,5%', by: 'u-1' });
    if (!result.ok) throw new Error(result.message);
    expect(result.evaluation.status).toBe('met');
    expect(result.evaluation.override).toMatchObject({ status: 'met', computedStatus: 'not_met', by: 'u-1' });
    expect(result.evaluation.explanation).toContain(
      'Trạng thái được điều chỉnh thành “đạt”: Số liệu điều tra bổ sung đạt 72,5%',
    );
    expect(result.evaluation.explanationEn).toContain('Status set to “met”');
    expect(stripOverride(result.evaluation)).toEqual(computed);
  });

  it('replaces an earlier override, keeping the computed status', () => {
    const first = applyOverride(computed, { status: 'met', reason: 'a' });
    if (!first.ok) throw new Error(first.message);
    const second = applyOverride(first.evaluation, { status: 'at_risk', reason: 'b' });
    if (!second.ok) throw new Error(second.message);
    expect(second.evaluation.override?.computedStatus).toBe('not_met');
    expect(second.evaluation.explanation).not.toContain(': a');
    expect(stripOverride(second.evaluation)).toEqual(computed);
  });

  it('refuses an override without a reason', () => {
    expect(applyOverride(computed, { status: 'met', reason: '  ' })).toEqual({
      ok: false,
      message: 'Cần nêu lý do khi điều chỉnh trạng thái chỉ tiêu.',
    });
  });
});
