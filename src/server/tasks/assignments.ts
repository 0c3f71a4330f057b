// Deriving who each task falls to (decision 0027): the pure fan-out (domain/tasks) fed with
// the plan's area on today's map — the plan's unit while it exists, else the units that
// carry it on (an old district: its communes) — and the agencies valid there today. A plan
// whose assignments were never derived (plans.tasks_assigned_at null: just confirmed, or
// stored before this feature) is derived on the next task read, under a row lock so two
// readers do not derive it twice. Nothing is guessed: what cannot be placed stays unassigned.
import { randomUUID } from 'node:crypto';
import type { AdminUnitIndex } from '../../domain/admin-units/admin-unit-index.ts';
import type { AdminUnit, IsoDate } from '../../domain/admin-units/types.ts';
import { isAgencyValidOn } from '../../domain/agencies/types.ts';
import {
  type AgencyMentionInput,
  type AgencyOnMap,
  type FanOutArea,
  fanOutTask,
} from '../../domain/tasks/fan-out-assignments.ts';
import { todayInVietnam } from '../admin-units/service.ts';
import type { AppContext } from '../context.ts';
import type { Executor } from '../plans/repository.ts';
import { readDataGeneration } from '../targets/evaluation-cache.ts';

/** The units standing for a plan's unit on a day, and the communes among or under them. */
export function findPlanArea(index: AdminUnitIndex, unitId: string, today: IsoDate) {
  const unit = index.get(unitId);
  const seats: AdminUnit[] = !unit ? [] : index.isValidOn(unit, today) ? [unit] : index.successorsAsOf(unitId, today);
  const communes = new Map<string, AdminUnit>();
  for (const seat of seats)
    for (const member of index.subtreeAsOf(seat.id, today))
      if (member.level === 'commune') communes.set(member.id, member);
  return { seats, communes: [...communes.values()] };
}

async function loadArea(
  db: Executor,
  index: AdminUnitIndex,
  planUnitId: string,
  mentionAgencyIds: string[],
  today: IsoDate,
) {
  const { seats, communes } = findPlanArea(index, planUnitId, today);
  const unitIds = [...new Set([...seats, ...communes].map((unit) => unit.id))];
  const agencyRows =
    unitIds.length === 0
      ? []
      : await db
          .selectFrom('agencies')
          .select(['id', 'name', 'type', 'admin_unit_id', 'valid_from', 'valid_to'])
          .where('admin_unit_id', 'in', unitIds)
          .orderBy('sort_name')
          .execute();
  const agencies: AgencyOnMap[] = agencyRows
    .filter((row) => isAgencyValidOn({ validFrom: row.valid_from, validTo: row.valid_to }, today))
    .map((row) => ({ id: row.id, name: row.name, type: row.type, adminUnitId: row.admin_unit_id }));
  const named =
    mentionAgencyIds.length === 0
      ? []
      : await db.selectFrom('agencies').select(['id', 'admin_unit_id']).where('id', 'in', mentionAgencyIds).execute();
  const area: FanOutArea = {
    seats: seats.map((unit) => ({ id: unit.id, name: unit.name })),
    communes: communes.map((unit) => ({ id: unit.id, name: unit.name })),
    agencies,
    agencyUnits: new Map(named.map((row) => [row.id, row.admin_unit_id])),
  };
  return area;
}

/** Replaces a plan's assignments with those derived on `today`; inside the caller's transaction. */
export async function derivePlanAssignments(
  trx: Executor,
  index: AdminUnitIndex,
  plan: { id: string; adminUnitId: string },
  today: IsoDate,
): Promise<number> {
  const mentions = await trx
    .selectFrom('plan_task_agencies')
    .innerJoin('plan_tasks', 'plan_tasks.id', 'plan_task_agencies.task_id')
    .select(['plan_task_agencies.task_id', 'role', 'plan_task_agencies.text', 'agency_id'])
    .where('plan_tasks.plan_id', '=', plan.id)
    .orderBy('plan_tasks.position')
    .orderBy('plan_task_agencies.role')
    .orderBy('plan_task_agencies.position')
    .execute();
  const agencyIds = [...new Set(mentions.flatMap((row) => (row.agency_id ? [row.agency_id] : [])))];
  const area = await loadArea(trx, index, plan.adminUnitId, agencyIds, today);
  const byTask = new Map<string, AgencyMentionInput[]>();
  for (const row of mentions) {
    const list = byTask.get(row.task_id) ?? [];
    list.push({ role: row.role, text: row.text, agencyId: row.agency_id });
    byTask.set(row.task_id, list);
  }
  const rows = [...byTask].flatMap(([taskId, taskMentions]) =>
    fanOutTask(taskMentions, area).map((assignment, position) => ({
      id: randomUUID(),
      task_id: taskId,
      plan_id: plan.id,
      position,
      role: assignment.role,
      agency_id: assignment.agencyId,
      admin_unit_id: assignment.adminUnitId,
      derivation: assignment.derivation,
      mention_text: assignment.mentionText,
      reason: assignment.reason,
    })),
  );
  await trx.deleteFrom('task_assignments').where('plan_id', '=', plan.id).execute();
  for (let i = 0; i < rows.length; i += 500)
    await trx
      .insertInto('task_assignments')
      .values(rows.slice(i, i + 500))
      .execute();
  await trx.updateTable('plans').set({ tasks_assigned_at: new Date() }).where('id', '=', plan.id).execute();
  return rows.length;
}

/** Derives the assignments of every plan that has none yet; cheap (one query) when there are none. */
export async function ensureTaskAssignments(ctx: AppContext): Promise<number> {
  let derived = 0;
  for (;;) {
    const pending = await ctx.db
      .selectFrom('plans')
      .select('id')
      .where('tasks_assigned_at', 'is', null)
      .orderBy('id')
      .limit(50)
      .execute();
    if (pending.length === 0) return derived;
    const index = await ctx.adminUnits.get();
    const today = todayInVietnam(ctx.now());
    for (const { id } of pending)
      await ctx.db.transaction().execute(async (trx) => {
        const plan = await trx
          .selectFrom('plans')
          .select(['id', 'admin_unit_id', 'tasks_assigned_at'])
          .where('id', '=', id)
          .forUpdate()
          .executeTakeFirst();
        if (!plan || plan.tasks_assigned_at !== null) return;
        await derivePlanAssignments(trx, index, { id: plan.id, adminUnitId: plan.admin_unit_id }, today);
        derived += 1;
      });
  }
}

// The data generation at which no plan was missing its assignments, per database handle: a
// plan stored since then moves the generation (a trigger on plans), so a hot read at the same
// generation may skip the look for missing plans.
const cleanAt = new WeakMap<object, number>();

/**
 * ensureTaskAssignments, skipped while the data generation has not moved since the last time
 * nothing was missing; returns the generation to compute at (after any derivation).
 */
export async function ensureTaskAssignmentsAt(ctx: AppContext, generation: number): Promise<number> {
  if (cleanAt.get(ctx.db) === generation) return generation;
  const derived = await ensureTaskAssignments(ctx);
  const now = derived === 0 ? generation : await readDataGeneration(ctx.db);
  cleanAt.set(ctx.db, now);
  return now;
}
