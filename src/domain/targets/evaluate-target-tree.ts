// A plan's targets as a tree: each "trong đó" child (parent = another target's id) is
// evaluated in its own right, with its own series; and a planner's status override.
import type { Target } from '../plans/plan-model.ts';
import { STATUS_LABELS } from './evaluation-rules.ts';
import { evaluateTarget } from './evaluate-target.ts';
import type {
  EvaluatedTarget,
  StatusOverride,
  TargetEvaluation,
  TargetEvaluationInput,
  TargetEvaluationNode,
} from './types.ts';

/** What evaluation needs beyond the target itself: polarity, series, baseline, tolerance. */
export type TargetContext = Omit<TargetEvaluationInput, 'target' | 'asOf'>;

/**
 * Evaluates every target; children are nested under their parent in plan order. A child whose
 * parent is missing (or would make a cycle) becomes a root.
 */
export function evaluateTargetTree<T extends EvaluatedTarget & { id: string; parent: string | null } = Target>(
  targets: readonly T[],
  contextOf: (target: T) => TargetContext,
  asOf: string,
): TargetEvaluationNode<T>[] {
  const nodes = new Map<string, TargetEvaluationNode<T>>();
  for (const target of targets) {
    nodes.set(target.id, { target, evaluation: evaluateTarget({ ...contextOf(target), target, asOf }), children: [] });
  }
  const byId = new Map(targets.map((target) => [target.id, target]));
  const reachesItself = (target: T): boolean => {
    const seen = new Set<string>([target.id]);
    let parent = target.parent;
    while (parent !== null) {
      if (seen.has(parent)) return true;
      seen.add(parent);
      parent = byId.get(parent)?.parent ?? null;
    }
    return false;
  };
  const roots: TargetEvaluationNode<T>[] = [];
  for (const target of targets) {
    const node = nodes.get(target.id) as TargetEvaluationNode<T>;
    const parent = target.parent === null ? undefined : nodes.get(target.parent);
    if (parent && parent !== node && !reachesItself(target)) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

export type OverrideResult = { ok: true; evaluation: TargetEvaluation } | { ok: false; message: string };

/** A planner's status replaces the computed one, with the reason said; the computed status is kept. */
export function applyOverride(evaluation: TargetEvaluation, override: StatusOverride): OverrideResult {
  const reason = override.reason.trim();
  if (!reason) return { ok: false, message: 'Cần nêu lý do khi điều chỉnh trạng thái chỉ tiêu.' };
  const base = stripOverride(evaluation);
  const label = STATUS_LABELS[override.status];
  const computed = {
    computedStatus: base.status,
    computedExplanation: base.explanation,
    ...(base.explanationEn === undefined ? {} : { computedExplanationEn: base.explanationEn }),
  };
  return {
    ok: true,
    evaluation: {
      ...base,
      status: override.status,
      explanation: `${base.explanation}. Trạng thái được điều chỉnh thành “${label.vi}”: ${reason}`,
      ...(base.explanationEn === undefined
        ? {}
        : { explanationEn: `${base.explanationEn}. Status set to “${label.en}” by a planner: ${reason}` }),
      override: { ...override, reason, ...computed },
    },
  };
}

/** The evaluation as computed, before any override. */
export function stripOverride(evaluation: TargetEvaluation): TargetEvaluation {
  if (!evaluation.override) return evaluation;
  const { override, explanationEn: _shown, ...rest } = evaluation;
  return {
    ...rest,
    status: override.computedStatus,
    explanation: override.computedExplanation,
    ...(override.computedExplanationEn === undefined ? {} : { explanationEn: override.computedExplanationEn }),
  };
}
