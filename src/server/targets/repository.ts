// A plan's targets as evaluation needs them (figures, year, parent, indicator link) with the
// planner's status override, in one statement; and the override's own row.
import type { TargetOp, TargetUnit } from '../../domain/plans/plan-model.ts';
import type { TargetStatus } from '../../domain/targets/types.ts';
import { targetColumns, toTargetRow } from '../plans/detail-repository.ts';
import type { Executor } from '../plans/repository.ts';

export interface StoredOverride {
  status: TargetStatus;
  reason: string;
  setBy: string | null;
  setByName: string | null;
  setAt: string;
}

export interface EvaluableTarget {
  id: string;
  parent: string | null;
  text: string;
  subject: string;
  op: TargetOp;
  value: number | null;
  value2: number | null;
  unit: TargetUnit | null;
  unitNoun: string | null;
  year: number | null;
  line: number;
  indicatorId: string | null;
  override: StoredOverride | null;
}

/** Every target of a plan in plan order, with its override (if any). */
export async function findEvaluableTargets(db: Executor, planId: string): Promise<EvaluableTarget[]> {
  const rows = await db
    .selectFrom('plan_targets')
    .leftJoin('plan_target_status_overrides as o', 'o.target_id', 'plan_targets.id')
    .leftJoin('users', 'users.id', 'o.set_by')
    .select(targetColumns)
    .select([
      'o.status as override_status',
      'o.reason as override_reason',
      'o.set_by as override_set_by',
      'o.set_at as override_set_at',
      'users.display_name as override_set_by_name',
    ])
    .where('plan_targets.plan_id', '=', planId)
    .orderBy('plan_targets.position')
    .execute();
  return rows.map((row) => {
    // Evaluation reads targets in the domain's shape (parent, a line always set); the position
    // only orders them, and stays out of what the targets API returns.
    const { parentId, position: _position, line, ...target } = toTargetRow(row);
    return {
      ...target,
      parent: parentId,
      line: line ?? 0,
      override:
        row.override_status === null || row.override_status === undefined
          ? null
          : {
              status: row.override_status,
              reason: row.override_reason ?? '',
              setBy: row.override_set_by ?? null,
              setByName: row.override_set_by_name ?? null,
              setAt: new Date(row.override_set_at as Date | string).toISOString(),
            },
    };
  });
}

export async function findOverride(
  db: Executor,
  targetId: string,
): Promise<{ status: TargetStatus; reason: string } | undefined> {
  return db
    .selectFrom('plan_target_status_overrides')
    .select(['status', 'reason'])
    .where('target_id', '=', targetId)
    .executeTakeFirst();
}

export async function saveOverride(
  db: Executor,
  override: { targetId: string; status: TargetStatus; reason: string; setBy: string | null; setAt: Date },
): Promise<void> {
  const row = {
    target_id: override.targetId,
    status: override.status,
    reason: override.reason,
    set_by: override.setBy,
    set_at: override.setAt,
  };
  await db
    .insertInto('plan_target_status_overrides')
    .values(row)
    .onConflict((conflict) =>
      conflict
        .column('target_id')
        .doUpdateSet({ status: row.status, reason: row.reason, set_by: row.set_by, set_at: row.set_at }),
    )
    .execute();
}

export async function deleteOverride(db: Executor, targetId: string): Promise<void> {
  await db.deleteFrom('plan_target_status_overrides').where('target_id', '=', targetId).execute();
}
