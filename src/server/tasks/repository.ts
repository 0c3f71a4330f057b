// Reads and writes of tasks as tracked: assignments joined with their task and plan, the
// lead's reports per occurrence, comments, sub-tasks. Scope is filtered through the
// admin_unit_scopes join (whereUnitInScope), never with lists of unit ids.
import { randomUUID } from 'node:crypto';
import type { Frequency, TaskDue } from '../../domain/plans/plan-model.ts';
import { type Derivation, holderKeyOf } from '../../domain/tasks/fan-out-assignments.ts';
import type { Scope } from '../access/scope.ts';
import { whereUnitInScope } from '../admin-units/scope-filter.ts';
import type { Executor } from '../plans/repository.ts';

export interface TaskRecord {
  id: string;
  planId: string;
  parentId: string | null;
  position: number;
  text: string;
  deliverable: string | null;
  due: TaskDue | null;
  dueText: string | null;
  plan: {
    id: string;
    number: string | null;
    title: string | null;
    adminUnitId: string;
    periodFrom: number | null;
    periodTo: number | null;
    year: number | null;
  };
}

export interface AssignmentRecord {
  id: string;
  taskId: string;
  role: 'lead' | 'support';
  agencyId: string | null;
  adminUnitId: string | null;
  derivation: Derivation;
  mentionText: string;
  reason: string | null;
}

export interface AssignedTask {
  task: TaskRecord;
  assignment: AssignmentRecord;
}

/** The key reports are stored under: the agency, or the commune of a fan-out without one. */
export const holderOf = (assignment: Pick<AssignmentRecord, 'agencyId' | 'adminUnitId'>): string | null =>
  holderKeyOf(assignment);

function toDue(row: {
  due_kind: string | null;
  due_by: string | null;
  due_freq: Frequency | null;
  due_month: number | null;
}): TaskDue | null {
  if (row.due_kind === 'ongoing') return { kind: 'ongoing' };
  if (row.due_kind === 'once' && row.due_by !== null) return { kind: 'once', by: row.due_by };
  if (row.due_kind === 'recurring' && row.due_freq !== null)
    return { kind: 'recurring', freq: row.due_freq, month: row.due_month };
  return null;
}

function selectTasks(db: Executor) {
  return db
    .selectFrom('plan_tasks as t')
    .innerJoin('plans as p', 'p.id', 't.plan_id')
    .select([
      't.id as task_id',
      't.plan_id',
      't.parent_id',
      't.position as task_position',
      't.text',
      't.deliverable',
      't.due_kind',
      't.due_by',
      't.due_freq',
      't.due_month',
      't.due_text',
      'p.number as plan_number',
      'p.title as plan_title',
      'p.admin_unit_id as plan_unit_id',
      'p.period_from',
      'p.period_to',
      'p.year as plan_year',
    ]);
}

type TaskRowShape = Awaited<ReturnType<ReturnType<typeof selectTasks>['execute']>>[number];

function toTask(row: TaskRowShape): TaskRecord {
  return {
    id: row.task_id,
    planId: row.plan_id,
    parentId: row.parent_id,
    position: row.task_position,
    text: row.text,
    deliverable: row.deliverable,
    due: toDue(row),
    dueText: row.due_text,
    plan: {
      id: row.plan_id,
      number: row.plan_number,
      title: row.plan_title,
      adminUnitId: row.plan_unit_id,
      periodFrom: row.period_from,
      periodTo: row.period_to,
      year: row.plan_year,
    },
  };
}

function selectAssigned(db: Executor) {
  return selectTasks(db)
    .innerJoin('task_assignments as a', 'a.task_id', 't.id')
    .select([
      'a.id as assignment_id',
      'a.role',
      'a.agency_id',
      'a.admin_unit_id',
      'a.derivation',
      'a.mention_text',
      'a.reason',
    ]);
}

type AssignedShape = Awaited<ReturnType<ReturnType<typeof selectAssigned>['execute']>>[number];

function toAssigned(row: AssignedShape): AssignedTask {
  return {
    task: toTask(row),
    assignment: {
      id: row.assignment_id,
      taskId: row.task_id,
      role: row.role,
      agencyId: row.agency_id,
      adminUnitId: row.admin_unit_id,
      derivation: row.derivation,
      mentionText: row.mention_text,
      reason: row.reason,
    },
  };
}

/** What falls to an agency, or to a commune as such (a fan-out to "UBND các xã"). */
export async function findTasksOfHolder(
  db: Executor,
  holder: { agencyId: string | null; communeId: string | null },
): Promise<AssignedTask[]> {
  const rows = await selectAssigned(db)
    .where((eb) => {
      const either = [];
      if (holder.agencyId !== null) either.push(eb('a.agency_id', '=', holder.agencyId));
      if (holder.communeId !== null)
        either.push(eb.and([eb('a.derivation', '=', 'communes'), eb('a.admin_unit_id', '=', holder.communeId)]));
      return either.length === 0 ? eb.val(false) : eb.or(either);
    })
    .orderBy('p.list_key', 'desc')
    .orderBy('t.position')
    .execute();
  return rows.map(toAssigned);
}

export async function findTasksOfPlan(db: Executor, planId: string): Promise<TaskRecord[]> {
  const rows = await selectTasks(db).where('t.plan_id', '=', planId).orderBy('t.position').execute();
  return rows.map(toTask);
}

export async function findTask(db: Executor, taskId: string): Promise<TaskRecord | null> {
  const row = await selectTasks(db).where('t.id', '=', taskId).executeTakeFirst();
  return row ? toTask(row) : null;
}

export async function findAssignmentsOf(db: Executor, taskIds: readonly string[]): Promise<AssignmentRecord[]> {
  if (taskIds.length === 0) return [];
  const rows = await selectAssigned(db)
    .where('a.task_id', 'in', [...new Set(taskIds)])
    .orderBy('a.position')
    .execute();
  return rows.map((row) => toAssigned(row).assignment);
}

/** Lead assignments (placed ones) of the plans in scope: what the overdue list counts. */
export async function findLeadTasksInScope(db: Executor, scope: Scope): Promise<AssignedTask[]> {
  const rows = await whereUnitInScope(
    db,
    selectAssigned(db).where('a.role', '=', 'lead').where('a.derivation', '<>', 'unassigned'),
    'p.admin_unit_id',
    scope,
  ).execute();
  return rows.map(toAssigned);
}

export interface ProgressRecord {
  taskId: string;
  holder: string;
  dueDate: string;
  percent: number;
  note: string | null;
  evidenceNumber: string | null;
  evidenceDate: string | null;
  completedOn: string | null;
  updatedBy: string | null;
  updatedAt: Date;
}

/** Reports on the tasks; only those of `holders` when given ("Việc của tôi" reads its own). */
export async function findProgress(
  db: Executor,
  taskIds: readonly string[],
  holders?: readonly string[],
): Promise<ProgressRecord[]> {
  if (taskIds.length === 0 || holders?.length === 0) return [];
  let query = db
    .selectFrom('task_progress as g')
    .leftJoin('users as u', 'u.id', 'g.updated_by')
    .select([
      'g.task_id',
      'g.holder',
      'g.due_date',
      'g.percent',
      'g.note',
      'g.evidence_number',
      'g.evidence_date',
      'g.completed_on',
      'u.display_name',
      'g.updated_at',
    ])
    .where('g.task_id', 'in', [...new Set(taskIds)]);
  if (holders) query = query.where('g.holder', 'in', [...new Set(holders)]);
  const rows = await query.execute();
  return rows.map((row) => ({
    taskId: row.task_id,
    holder: row.holder,
    dueDate: row.due_date,
    percent: row.percent,
    note: row.note,
    evidenceNumber: row.evidence_number,
    evidenceDate: row.evidence_date,
    completedOn: row.completed_on,
    updatedBy: row.display_name ?? null,
    updatedAt: new Date(row.updated_at),
  }));
}

export interface ProgressWrite {
  taskId: string;
  holder: string;
  dueDate: string;
  percent: number;
  note: string | null;
  evidenceNumber: string | null;
  evidenceDate: string | null;
  completedOn: string | null;
  updatedBy: string | null;
}

export async function saveProgress(db: Executor, write: ProgressWrite): Promise<void> {
  const values = {
    percent: write.percent,
    note: write.note,
    evidence_number: write.evidenceNumber,
    evidence_date: write.evidenceDate,
    completed_on: write.completedOn,
    updated_by: write.updatedBy,
    updated_at: new Date(),
  };
  await db
    .insertInto('task_progress')
    .values({ task_id: write.taskId, holder: write.holder, due_date: write.dueDate, ...values })
    .onConflict((oc) => oc.columns(['task_id', 'holder', 'due_date']).doUpdateSet(values))
    .execute();
}

export interface CommentRecord {
  id: string;
  taskId: string;
  agencyId: string | null;
  authorName: string;
  text: string;
  createdAt: Date;
}

export async function findComments(db: Executor, taskIds: readonly string[]): Promise<CommentRecord[]> {
  if (taskIds.length === 0) return [];
  const rows = await db
    .selectFrom('task_comments')
    .selectAll()
    .where('task_id', 'in', [...new Set(taskIds)])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    taskId: row.task_id,
    agencyId: row.agency_id,
    authorName: row.author_name,
    text: row.text,
    createdAt: new Date(row.created_at),
  }));
}

export async function insertComment(
  db: Executor,
  comment: { taskId: string; agencyId: string | null; authorId: string | null; authorName: string; text: string },
): Promise<CommentRecord> {
  const row = await db
    .insertInto('task_comments')
    .values({
      id: randomUUID(),
      task_id: comment.taskId,
      agency_id: comment.agencyId,
      author_id: comment.authorId,
      author_name: comment.authorName,
      text: comment.text,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return {
    id: row.id,
    taskId: row.task_id,
    agencyId: row.agency_id,
    authorName: row.author_name,
    text: row.text,
    createdAt: new Date(row.created_at),
  };
}

/** Adds a sub-task due on one day, led by one agency, with its assignment; returns its id. */
export async function insertSubtask(
  trx: Executor,
  subtask: {
    parent: TaskRecord;
    text: string;
    dueDate: string;
    dueLabel: string;
    lead: { agencyId: string; name: string; adminUnitId: string };
  },
): Promise<string> {
  const id = randomUUID();
  const last = await trx
    .selectFrom('plan_tasks')
    .select((eb) => eb.fn.max('position').as('position'))
    .where('plan_id', '=', subtask.parent.planId)
    .executeTakeFirst();
  await trx
    .insertInto('plan_tasks')
    .values({
      id,
      plan_id: subtask.parent.planId,
      parent_id: subtask.parent.id,
      position: Number(last?.position ?? -1) + 1,
      text: subtask.text,
      deliverable: null,
      due_kind: 'once',
      due_by: subtask.dueDate,
      due_freq: null,
      due_month: null,
      due_text: subtask.dueLabel,
      source_line: null,
    })
    .execute();
  await trx
    .insertInto('plan_task_agencies')
    .values({ task_id: id, role: 'lead', position: 0, text: subtask.lead.name, agency_id: subtask.lead.agencyId })
    .execute();
  await trx
    .insertInto('plan_task_deadlines')
    .values({ task_id: id, due_date: subtask.dueDate, label: subtask.dueLabel })
    .execute();
  await trx
    .insertInto('task_assignments')
    .values({
      id: randomUUID(),
      task_id: id,
      plan_id: subtask.parent.planId,
      position: 0,
      role: 'lead',
      agency_id: subtask.lead.agencyId,
      admin_unit_id: subtask.lead.adminUnitId,
      derivation: 'agency',
      mention_text: subtask.lead.name,
      reason: null,
    })
    .execute();
  await trx
    .updateTable('plans')
    .set((eb) => ({ task_count: eb('task_count', '+', 1) }))
    .where('id', '=', subtask.parent.planId)
    .execute();
  return id;
}

export async function findSubtaskIds(db: Executor, parentId: string): Promise<string[]> {
  const rows = await db.selectFrom('plan_tasks').select('id').where('parent_id', '=', parentId).execute();
  return rows.map((row) => row.id);
}

export async function findAgencyNames(
  db: Executor,
  ids: readonly string[],
): Promise<Map<string, { name: string; adminUnitId: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('agencies')
    .select(['id', 'name', 'admin_unit_id'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((row) => [row.id, { name: row.name, adminUnitId: row.admin_unit_id }]));
}
