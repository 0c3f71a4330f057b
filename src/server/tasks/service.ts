// Reads of tasks as tracked (issue 10): "Việc của tôi" (what falls to the actor's agency, or
// to their commune, across every plan), a plan's task board, the overdue list with both
// rates. Statuses are computed on every read against today in Vietnam; only the lead's
// reports are stored. Each method starts with its access call (taskPolicy).
import type { AdminUnitIndex } from '../../domain/admin-units/admin-unit-index.ts';
import type { IsoDate } from '../../domain/admin-units/types.ts';
import { parsePeriod } from '../../domain/periods/period-ids.ts';
import { labelPeriod } from '../../domain/periods/period-labels.ts';
import { windowOf } from '../../domain/periods/period-windows.ts';
import { calendarYear } from '../../domain/periods/reporting-calendars.ts';
import { listSharedOccurrences } from '../../domain/tasks/occurrence-statuses.ts';
import { findCutOff, type OverdueRow, rankOverdue, totalOverdue } from '../../domain/tasks/overdue-rates.ts';
import type { TaskStatus } from '../../domain/tasks/task-status.ts';
import { authorize } from '../access/policy.ts';
import { scopeIncludes } from '../access/scope.ts';
import { todayInVietnam } from '../admin-units/service.ts';
import type { Principal } from '../auth/actor.ts';
import type { AppContext } from '../context.ts';
import { badRequest, notFound } from '../errors.ts';
import { findPlanRow, type PlanRow } from '../plans/repository.ts';
import { planNotFound } from '../plans/service.ts';
import { readDataGeneration, rememberEvaluation } from '../targets/evaluation-cache.ts';
import { ensureTaskAssignments, ensureTaskAssignmentsAt } from './assignments.ts';
import { taskPolicy, type TaskRef } from './policy.ts';
import {
  type AssignmentRecord,
  type CommentRecord,
  findAgencyNames,
  findAssignmentsOf,
  findComments,
  findLeadTasksInScope,
  findProgress,
  findTasksOfHolder,
  findTasksOfPlan,
  holderOf,
  type TaskRecord,
} from './repository.ts';
import { type AssignmentView, buildAssignmentView, indexProgress, planPeriodOf, type ViewContext } from './views.ts';

export const taskNotFound = () => notFound('nhiệm vụ');

export interface TaskAbilities {
  report: boolean;
  comment: boolean;
  addSubtask: boolean;
}

export const taskRefOf = (task: TaskRecord, assignments: readonly AssignmentRecord[]): TaskRef => ({
  planUnitId: task.plan.adminUnitId,
  holders: assignments,
});

export function describeAbilities(actor: Principal, ref: TaskRef): TaskAbilities {
  return {
    report: taskPolicy.canReport(actor, ref),
    comment: taskPolicy.canComment(actor, ref),
    addSubtask: taskPolicy.canAddSubtask(actor, ref),
  };
}

/** Node 20 has no Map.groupBy. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

const emptyCounts = (): Record<TaskStatus, number> => ({ done_on_time: 0, done_late: 0, in_progress: 0, overdue: 0 });

async function loadViewContext(
  ctx: AppContext,
  actor: Principal,
  index: AdminUnitIndex,
  tasks: readonly TaskRecord[],
  assignments: readonly AssignmentRecord[],
): Promise<ViewContext> {
  const [agencies, progress] = await Promise.all([
    findAgencyNames(
      ctx.db,
      assignments.flatMap((a) => (a.agencyId ? [a.agencyId] : [])),
    ),
    findProgress(
      ctx.db,
      tasks.map((task) => task.id),
    ),
  ]);
  return { actor, today: todayInVietnam(ctx.now()), index, agencies, progress: indexProgress(progress) };
}

// ── Việc của tôi ─────────────────────────────────────────────────────────────────
export interface MyTaskItem {
  task: TaskRecord;
  view: AssignmentView;
  can: TaskAbilities;
}

export interface MyTasksView {
  today: IsoDate;
  /** Every item, most urgent first; the route pages them. */
  items: MyTaskItem[];
  counts: Record<TaskStatus, number>;
  dueSoon: number;
}

const statusOrder: Record<TaskStatus, number> = { overdue: 0, in_progress: 1, done_late: 2, done_on_time: 3 };

/**
 * What falls to the actor, with statuses as of today; remembered per reader and day until the
 * next write to tasks, reports, plans or agencies (the data generation, decision 0027).
 */
export async function listMyTasks(ctx: AppContext, actor: Principal): Promise<MyTasksView> {
  authorize(actor, taskPolicy.canListMine);
  const [index, seen] = await Promise.all([ctx.adminUnits.get(), readDataGeneration(ctx.db)]);
  const generation = await ensureTaskAssignmentsAt(ctx, seen);
  const communeId =
    actor.adminUnitId !== null && index.get(actor.adminUnitId)?.level === 'commune' ? actor.adminUnitId : null;
  const today = todayInVietnam(ctx.now());
  const reader = `${actor.role}|${actor.scope.all ? '*' : actor.scope.rootUnitId}`;
  return rememberEvaluation(
    ctx.db,
    `my-tasks|${actor.agencyId}|${communeId}|${reader}|${today}`,
    { generation, map: index },
    () => computeMyTasks(ctx, actor, index, communeId),
  );
}

async function computeMyTasks(
  ctx: AppContext,
  actor: Principal,
  index: AdminUnitIndex,
  communeId: string | null,
): Promise<MyTasksView> {
  const rows = await findTasksOfHolder(ctx.db, { agencyId: actor.agencyId, communeId });
  const tasks = [...new Map(rows.map((row) => [row.task.id, row.task])).values()];
  const own = rows.map((row) => row.assignment);
  const holders = [...new Set(own.flatMap((a) => holderOf(a) ?? []))];
  const [agencies, progress] = await Promise.all([
    findAgencyNames(
      ctx.db,
      own.flatMap((a) => (a.agencyId ? [a.agencyId] : [])),
    ),
    findProgress(
      ctx.db,
      tasks.map((task) => task.id),
      holders,
    ),
  ]);
  const view: ViewContext = {
    actor,
    today: todayInVietnam(ctx.now()),
    index,
    agencies,
    progress: indexProgress(progress),
  };
  // Abilities here turn only on the actor's own assignments (and role, scope): no need to load
  // every other commune's share of a fanned-out task.
  const byTask = groupBy(own, (assignment) => assignment.taskId);
  const counts = emptyCounts();
  let dueSoon = 0;
  const items: MyTaskItem[] = [];
  for (const row of rows) {
    const built = buildAssignmentView(row.task, row.assignment, view);
    const status = built.current?.status;
    if (status) counts[status] += 1;
    if (built.current?.dueSoon) dueSoon += 1;
    items.push({
      task: row.task,
      view: built,
      can: describeAbilities(actor, taskRefOf(row.task, byTask.get(row.task.id) ?? [])),
    });
  }
  items.sort(
    (a, b) =>
      statusOrder[a.view.current?.status ?? 'done_on_time'] - statusOrder[b.view.current?.status ?? 'done_on_time'] ||
      (a.view.current?.dueDate ?? '9999').localeCompare(b.view.current?.dueDate ?? '9999'),
  );
  return { today: view.today, items, counts, dueSoon };
}

// ── A plan's task board ──────────────────────────────────────────────────────────
export interface BoardTask {
  task: TaskRecord;
  assignments: AssignmentView[];
  comments: CommentRecord[];
  subtaskIds: string[];
  can: TaskAbilities;
}

export interface TaskBoardView {
  plan: PlanRow;
  today: IsoDate;
  tasks: BoardTask[];
  /** Current statuses of the lead assignments. */
  counts: Record<TaskStatus, number>;
}

export async function getTaskBoard(ctx: AppContext, actor: Principal, planId: string): Promise<TaskBoardView> {
  const plan = await findPlanRow(ctx.db, planId);
  authorize(actor, taskPolicy.canReadBoard, plan, planNotFound);
  await ensureTaskAssignments(ctx);
  const index = await ctx.adminUnits.get();
  const tasks = await findTasksOfPlan(ctx.db, plan.id);
  const ids = tasks.map((task) => task.id);
  const [assignments, comments] = await Promise.all([findAssignmentsOf(ctx.db, ids), findComments(ctx.db, ids)]);
  const view = await loadViewContext(ctx, actor, index, tasks, assignments);
  const byTask = groupBy(assignments, (assignment) => assignment.taskId);
  const commentsByTask = groupBy(comments, (comment) => comment.taskId);
  const counts = emptyCounts();
  const board = tasks.map((task): BoardTask => {
    const own = byTask.get(task.id) ?? [];
    const views = own.map((assignment) => buildAssignmentView(task, assignment, view));
    for (const built of views) if (built.assignment.role === 'lead' && built.current) counts[built.current.status] += 1;
    return {
      task,
      assignments: views,
      comments: commentsByTask.get(task.id) ?? [],
      subtaskIds: tasks.filter((other) => other.parentId === task.id).map((other) => other.id),
      can: describeAbilities(actor, taskRefOf(task, own)),
    };
  });
  return { plan, today: view.today, tasks: board, counts };
}

// ── The overdue list ─────────────────────────────────────────────────────────────
export interface OverdueListRow extends OverdueRow {
  agencyId: string | null;
  name: string;
  unitName: string | null;
}

export interface OverdueListView {
  period: string;
  periodLabel: string;
  cutOff: IsoDate;
  rows: OverdueListRow[];
  total: Omit<OverdueRow, 'holder'>;
}

export async function listOverdue(ctx: AppContext, actor: Principal, periodText: string): Promise<OverdueListView> {
  authorize(actor, taskPolicy.canListOverdue);
  const parsed = parsePeriod(periodText);
  if (!parsed.ok || parsed.period.kind === 'cumulative')
    throw badRequest(
      parsed.ok
        ? 'Kỳ (period) phải là năm, 6 tháng, quý hoặc tháng, không phải kỳ lũy kế.'
        : `Kỳ (period): ${parsed.message}`,
      'period',
    );
  await ensureTaskAssignments(ctx);
  const index = await ctx.adminUnits.get();
  const today = todayInVietnam(ctx.now());
  const window = windowOf(parsed.period, calendarYear);
  const rows = await findLeadTasksInScope(ctx.db, actor.scope);
  const progress = indexProgress(
    await findProgress(
      ctx.db,
      rows.map((row) => row.task.id),
    ),
  );
  const occurrences = rows.flatMap(({ task, assignment }) => {
    const holder = holderOf(assignment);
    if (holder === null) return [];
    const reports = progress.get(`${task.id}|${holder}`);
    return listSharedOccurrences(task.due, planPeriodOf(task)).map((occurrence) => ({
      holder,
      dueDate: occurrence.dueDate,
      completedOn: reports?.get(occurrence.dueDate)?.completedOn ?? null,
    }));
  });
  const ranked = rankOverdue(occurrences, window, today);
  const agencies = await findAgencyNames(
    ctx.db,
    ranked.flatMap((row) => (row.holder.startsWith('unit:') ? [] : [row.holder])),
  );
  // A holder outside the reader's scope (a plan in scope naming another province's agency)
  // is counted but not named, and its id is not shown (decision 0011).
  let hidden = 0;
  const named = ranked.map((row): OverdueListRow => {
    const unitId = row.holder.startsWith('unit:') ? row.holder.slice(5) : agencies.get(row.holder)?.adminUnitId;
    const unit = unitId ? index.get(unitId) : undefined;
    if (!unit || !scopeIncludes(actor.scope, unit.id)) {
      hidden += 1;
      return {
        ...row,
        holder: `ngoai-pham-vi-${hidden}`,
        agencyId: null,
        name: 'Cơ quan ngoài phạm vi',
        unitName: null,
      };
    }
    const agency = agencies.get(row.holder);
    return { ...row, agencyId: agency ? row.holder : null, name: agency?.name ?? unit.name, unitName: unit.name };
  });
  return {
    period: periodText.trim().toUpperCase(),
    periodLabel: labelPeriod(parsed.period),
    cutOff: findCutOff(window, today),
    rows: named,
    total: totalOverdue(ranked),
  };
}
