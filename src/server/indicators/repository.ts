// A plan target as the indicator link needs it (with its plan's unit, for the plan policy),
// and the link's columns on plan_targets (decision 0022).
import type { TargetUnit } from '../../domain/plans/plan-model.ts';
import type { Executor } from '../plans/repository.ts';

export interface LinkableTarget {
  id: string;
  planId: string;
  /** The plan's unit: what the plan policy decides on. */
  adminUnitId: string;
  text: string;
  subject: string;
  unit: TargetUnit | null;
  unitNoun: string | null;
  indicatorId: string | null;
  /** When a person (or the demo import) last decided the link; null: never. */
  indicatorLinkedAt: Date | null;
}

const targetColumns = [
  'plan_targets.id as id',
  'plan_targets.plan_id as planId',
  'plans.admin_unit_id as adminUnitId',
  'plan_targets.text as text',
  'plan_targets.subject as subject',
  'plan_targets.unit as unit',
  'plan_targets.unit_noun as unitNoun',
  'plan_targets.indicator_id as indicatorId',
  'plan_targets.indicator_linked_at as indicatorLinkedAt',
] as const;

/** One target of one plan; undefined when the plan has no such target. */
export async function findPlanTarget(
  db: Executor,
  planId: string,
  targetId: string,
): Promise<LinkableTarget | undefined> {
  return db
    .selectFrom('plan_targets')
    .innerJoin('plans', 'plans.id', 'plan_targets.plan_id')
    .select(targetColumns)
    .where('plan_targets.plan_id', '=', planId)
    .where('plan_targets.id', '=', targetId)
    .executeTakeFirst();
}

/** Every target of a plan, in plan order. */
export async function findPlanTargets(db: Executor, planId: string): Promise<LinkableTarget[]> {
  return db
    .selectFrom('plan_targets')
    .innerJoin('plans', 'plans.id', 'plan_targets.plan_id')
    .select(targetColumns)
    .where('plan_targets.plan_id', '=', planId)
    .orderBy('plan_targets.position')
    .execute();
}

export async function setTargetIndicator(
  db: Executor,
  targetId: string,
  link: { indicatorId: string | null; linkedBy: string | null; at: Date },
): Promise<void> {
  await db
    .updateTable('plan_targets')
    .set({ indicator_id: link.indicatorId, indicator_linked_by: link.linkedBy, indicator_linked_at: link.at })
    .where('id', '=', targetId)
    .execute();
}
