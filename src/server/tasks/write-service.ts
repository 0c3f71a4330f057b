// Changes to tasks as tracked (issue 10): the lead's report on an occurrence (percentage,
// note, evidence số/ký hiệu and date, done), comments by lead and supporting agencies, and
// sub-tasks; a parent follows its sub-tasks (done when all are). Every change is audited in
// its transaction. A reader who may see the task but not do this gets 403; one who may not
// see it, 404 (the same as a task that does not exist).
import type { IsoDate } from '../../domain/admin-units/types.ts';
import { scheduleOnce } from '../../domain/plans/schedule-task-due.ts';
import {
  findCurrentOccurrence,
  listOccurrenceStatuses,
  listSharedOccurrences,
} from '../../domain/tasks/occurrence-statuses.ts';
import { rollUpSubtasks } from '../../domain/tasks/roll-up-subtasks.ts';
import { type Ability, requireReferenced, roleAllows } from '../access/policy.ts';
import { todayInVietnam } from '../admin-units/service.ts';
import { agencyPolicy } from '../agencies/policy.ts';
import type { Principal } from '../auth/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { AppContext } from '../context.ts';
import { badRequest, forbidden } from '../errors.ts';
import type { Executor } from '../plans/repository.ts';
import { ensureTaskAssignments } from './assignments.ts';
import { fallsTo, type TaskRef, taskPolicy } from './policy.ts';
import {
  type AssignmentRecord,
  type CommentRecord,
  findAgencyNames,
  findAssignmentsOf,
  findProgress,
  findSubtaskIds,
  findTask,
  holderOf,
  insertComment,
  insertSubtask,
  saveProgress,
  type TaskRecord,
} from './repository.ts';
import { taskNotFound, taskRefOf } from './service.ts';
import { indexProgress, planPeriodOf } from './views.ts';

/** 403 for a role that may never; 404 for a task the actor may not see; 403 when seen but not allowed. */
async function loadTaskFor(
  ctx: AppContext,
  actor: Principal,
  can: Ability<TaskRef>,
  taskId: string,
  refusal: string,
): Promise<{ task: TaskRecord; assignments: AssignmentRecord[]; ref: TaskRef }> {
  if (!roleAllows(actor, can)) throw forbidden();
  await ensureTaskAssignments(ctx);
  const task = await findTask(ctx.db, taskId);
  const assignments = task ? await findAssignmentsOf(ctx.db, [task.id]) : [];
  const ref = task ? taskRefOf(task, assignments) : null;
  if (!task || !ref || !taskPolicy.canRead(actor, ref)) throw taskNotFound();
  if (!can(actor, ref)) throw forbidden(refusal);
  return { task, assignments, ref };
}

export interface ProgressInput {
  assignmentId?: string | undefined;
  dueDate?: IsoDate | undefined;
  percent?: number | undefined;
  note?: string | null | undefined;
  evidenceNumber?: string | null | undefined;
  evidenceDate?: IsoDate | null | undefined;
  done?: boolean | undefined;
  completedOn?: IsoDate | undefined;
}

function pickLead(actor: Principal, assignments: readonly AssignmentRecord[], assignmentId: string | undefined) {
  const leads = assignments.filter((a) => a.role === 'lead' && holderOf(a) !== null);
  if (assignmentId !== undefined) {
    const chosen = leads.find((a) => a.id === assignmentId);
    if (!chosen || !(actor.system || actor.scope.all || fallsTo(actor, chosen)))
      throw badRequest('Phần việc (assignmentId) không phải phần chủ trì của bạn trong nhiệm vụ này.', 'assignmentId');
    return chosen;
  }
  const own = leads.filter((a) => fallsTo(actor, a));
  if (own.length === 1) return own[0]!;
  if (own.length === 0 && leads.length === 1) return leads[0]!;
  throw badRequest('Nhiệm vụ giao cho nhiều cơ quan chủ trì: cần chọn phần việc (assignmentId).', 'assignmentId');
}

async function currentOpenDue(db: Executor, task: TaskRecord, holder: string, today: IsoDate): Promise<IsoDate | null> {
  const reports = indexProgress(await findProgress(db, [task.id])).get(`${task.id}|${holder}`) ?? new Map();
  const occurrences = listOccurrenceStatuses(listSharedOccurrences(task.due, planPeriodOf(task)), reports, today);
  return findCurrentOccurrence(occurrences)?.dueDate ?? null;
}

export async function recordProgress(ctx: AppContext, actor: Principal, taskId: string, input: ProgressInput) {
  const { task, assignments } = await loadTaskFor(
    ctx,
    actor,
    taskPolicy.canReport,
    taskId,
    'Chỉ cơ quan chủ trì mới cập nhật tiến độ của nhiệm vụ; cơ quan phối hợp có thể góp ý.',
  );
  const today = todayInVietnam(ctx.now());
  const lead = pickLead(actor, assignments, input.assignmentId);
  const holder = holderOf(lead)!;
  const occurrences = listSharedOccurrences(task.due, planPeriodOf(task));
  if (occurrences.length === 0)
    throw badRequest('Nhiệm vụ chưa có thời hạn nên chưa thể báo cáo tiến độ theo kỳ.', 'dueDate');
  const dueDate = input.dueDate ?? (await currentOpenDue(ctx.db, task, holder, today));
  if (!dueDate || !occurrences.some((o) => o.dueDate === dueDate))
    throw badRequest(
      `Hạn (dueDate) "${input.dueDate}" không phải một kỳ hạn của nhiệm vụ; các kỳ hạn: ${occurrences.map((o) => o.dueDate).join(', ')}.`,
      'dueDate',
    );
  const completedOn = input.done ? (input.completedOn ?? today) : null;
  if (completedOn !== null && completedOn > today)
    throw badRequest('Ngày hoàn thành (completedOn) không được sau hôm nay.', 'completedOn');
  if (input.evidenceDate && input.evidenceDate > today)
    throw badRequest('Ngày của văn bản minh chứng (evidenceDate) không được sau hôm nay.', 'evidenceDate');
  const before = (await findProgress(ctx.db, [task.id])).find((r) => r.holder === holder && r.dueDate === dueDate);
  const write = {
    taskId: task.id,
    holder,
    dueDate,
    percent: completedOn !== null ? 100 : (input.percent ?? before?.percent ?? 0),
    note: input.note === undefined ? (before?.note ?? null) : input.note,
    evidenceNumber: input.evidenceNumber === undefined ? (before?.evidenceNumber ?? null) : input.evidenceNumber,
    evidenceDate: input.evidenceDate === undefined ? (before?.evidenceDate ?? null) : input.evidenceDate,
    completedOn,
    updatedBy: actor.userId,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await saveProgress(trx, write);
    await recordAudit(trx, {
      actor,
      action: 'update',
      entity: 'task_progress',
      entityId: task.id,
      before: before
        ? {
            holder,
            dueDate,
            percent: before.percent,
            note: before.note,
            evidenceNumber: before.evidenceNumber,
            evidenceDate: before.evidenceDate,
            completedOn: before.completedOn,
          }
        : undefined,
      after: {
        holder,
        dueDate,
        percent: write.percent,
        note: write.note,
        evidenceNumber: write.evidenceNumber,
        evidenceDate: write.evidenceDate,
        completedOn: write.completedOn,
      },
    });
    if (task.parentId) await rollUpParents(trx, actor, task.parentId, today);
  });
  return { taskId: task.id, assignmentId: lead.id, dueDate };
}

/** The parent (and its parents) follow their sub-tasks: each lead's open occurrence gets the roll-up. */
async function rollUpParents(trx: Executor, actor: Principal, parentId: string, today: IsoDate): Promise<void> {
  let nextId: string | null = parentId;
  for (let depth = 0; nextId !== null && depth < 10; depth++) {
    const parent = await findTask(trx, nextId);
    if (!parent) return;
    const childIds = await findSubtaskIds(trx, parent.id);
    const children = (await Promise.all(childIds.map((id) => findTask(trx, id)))).filter((c) => c !== null);
    const assignments = await findAssignmentsOf(trx, [parent.id, ...childIds]);
    const reports = indexProgress(await findProgress(trx, [parent.id, ...childIds]));
    const childProgress = children.map((child) => {
      const lead = assignments.find((a) => a.taskId === child.id && a.role === 'lead' && holderOf(a) !== null);
      const holder = lead ? holderOf(lead)! : '';
      const rows = listOccurrenceStatuses(
        listSharedOccurrences(child.due, planPeriodOf(child)),
        reports.get(`${child.id}|${holder}`) ?? new Map(),
        today,
      );
      const current = findCurrentOccurrence(rows);
      return { percent: current?.percent ?? 0, completedOn: current?.completedOn ?? null };
    });
    const rolled = rollUpSubtasks(childProgress);
    if (!rolled) return;
    for (const lead of assignments.filter((a) => a.taskId === parent.id && a.role === 'lead' && holderOf(a) !== null)) {
      const holder = holderOf(lead)!;
      const dueDate = await currentOpenDue(trx, parent, holder, today);
      if (!dueDate) continue;
      const existing = reports.get(`${parent.id}|${holder}`)?.get(dueDate);
      await saveProgress(trx, {
        taskId: parent.id,
        holder,
        dueDate,
        percent: rolled.percent,
        note: existing?.note ?? null,
        evidenceNumber: existing?.evidenceNumber ?? null,
        evidenceDate: existing?.evidenceDate ?? null,
        completedOn: rolled.completedOn,
        updatedBy: actor.userId,
      });
      await recordAudit(trx, {
        actor,
        action: 'update',
        entity: 'task_progress',
        entityId: parent.id,
        after: { holder, dueDate, percent: rolled.percent, completedOn: rolled.completedOn, subtasks: childIds.length },
      });
    }
    nextId = parent.parentId;
  }
}

export async function addComment(
  ctx: AppContext,
  actor: Principal,
  taskId: string,
  input: { text: string },
): Promise<CommentRecord> {
  const { task } = await loadTaskFor(
    ctx,
    actor,
    taskPolicy.canComment,
    taskId,
    'Chỉ cơ quan chủ trì và cơ quan phối hợp của nhiệm vụ mới góp ý được.',
  );
  return ctx.db.transaction().execute(async (trx) => {
    const comment = await insertComment(trx, {
      taskId: task.id,
      agencyId: actor.agencyId,
      authorId: actor.userId,
      authorName: actor.displayName,
      text: input.text,
    });
    await recordAudit(trx, {
      actor,
      action: 'create',
      entity: 'task_comment',
      entityId: comment.id,
      after: { taskId: task.id, agencyId: actor.agencyId, text: input.text },
    });
    return comment;
  });
}

export async function addSubtask(
  ctx: AppContext,
  actor: Principal,
  planId: string,
  taskId: string,
  input: { text: string; dueDate: IsoDate; leadAgencyId?: string | undefined },
): Promise<{ id: string }> {
  const { task: parent } = await loadTaskFor(
    ctx,
    actor,
    taskPolicy.canAddSubtask,
    taskId,
    'Chỉ cơ quan chủ trì của nhiệm vụ hoặc người lập kế hoạch mới chia nhiệm vụ con.',
  );
  if (parent.planId !== planId) throw taskNotFound();
  const leadId = input.leadAgencyId ?? actor.agencyId;
  if (leadId === null) throw badRequest('Cần chọn cơ quan chủ trì (leadAgencyId) cho nhiệm vụ con.', 'leadAgencyId');
  const agency = (await findAgencyNames(ctx.db, [leadId])).get(leadId);
  requireReferenced(actor, agencyPolicy.canRead, agency ? { adminUnit: { id: agency.adminUnitId } } : null, () =>
    badRequest('Cơ quan chủ trì (leadAgencyId) không có trong danh mục cơ quan bạn được xem.', 'leadAgencyId'),
  );
  const deadline = scheduleOnce(input.dueDate)!;
  return ctx.db.transaction().execute(async (trx) => {
    const id = await insertSubtask(trx, {
      parent,
      text: input.text,
      dueDate: input.dueDate,
      dueLabel: deadline.label,
      lead: { agencyId: leadId, name: agency!.name, adminUnitId: agency!.adminUnitId },
    });
    await recordAudit(trx, {
      actor,
      action: 'create',
      entity: 'plan_task',
      entityId: id,
      after: { planId, parentId: parent.id, text: input.text, dueDate: input.dueDate, agencyId: leadId },
    });
    return { id };
  });
}
