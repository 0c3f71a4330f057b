// One unit's periodic report: open it for a duty and period, fill it while it is a draft or
// returned, submit, return with a reason, accept (domain/reporting/report-workflow.ts decides
// each step), every change audited in its transaction. Access is decided by the report's
// agencies (policy.ts), not by the plan's scope.
import { randomUUID } from 'node:crypto';
import type { TaskNote, TaskProgress } from '../../db/tables/report-tables.ts';
import { labelPeriod } from '../../domain/periods/period-labels.ts';
import { formatPeriod } from '../../domain/periods/period-ids.ts';
import { judgeTimeliness, type Timeliness } from '../../domain/reporting/report-completeness.ts';
import {
  decideReportStep,
  type ReportSide,
  type ReportStep,
  type StepOutcome,
} from '../../domain/reporting/report-workflow.ts';
import { authorize } from '../access/policy.ts';
import { todayInVietnam } from '../admin-units/service.ts';
import type { Principal } from '../auth/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { AppContext } from '../context.ts';
import { AppError, badRequest, conflict } from '../errors.ts';
import { findPlanRow, type Executor } from '../plans/repository.ts';
import { findReportSides, unitReportPolicy } from './policy.ts';
import {
  dayOf,
  dutyNotFound,
  findDueDate,
  readDutyPeriod,
  type ReportContext,
  refOf,
  reportNotFound,
} from './report-context.ts';
import { readReportValues, type ReportValue } from './report-values.ts';
import {
  type AgencyTask,
  findAgencies,
  findDuty,
  findReport,
  findReportId,
  findTaskAgencyIds,
  findTasksOfAgency,
  insertReport,
  type ReportChange,
  updateReport,
} from './repository.ts';

export interface ReportTaskView extends AgencyTask {
  progress: TaskProgress | null;
  note: string;
}

export interface ReportView extends ReportContext {
  periodLabel: string;
  tasks: ReportTaskView[];
  values: ReportValue[];
  timeliness: Timeliness;
  can: { fill: boolean; submit: boolean; return: boolean; accept: boolean };
}

const staleReport = () =>
  conflict('Báo cáo đã được thay đổi ở nơi khác; hãy tải lại trang rồi sửa tiếp (version).', 'version');

/** The report with what surrounds it, or the 404 of a missing report. */
export async function loadReportContext(db: Executor, id: string): Promise<ReportContext | null> {
  const report = await findReport(db, id);
  if (!report) return null;
  const [duty, plan, agencies] = await Promise.all([
    findDuty(db, report.dutyId),
    findPlanRow(db, report.planId),
    findAgencies(db, [report.agencyId]),
  ]);
  const agency = agencies.get(report.agencyId);
  if (!duty || !plan || !agency) return null;
  return { report, plan, duty, agency, ref: refOf(duty, report.agencyId), dueDate: findDueDate(duty, report.period) };
}

async function presentReport(ctx: AppContext, actor: Principal, context: ReportContext): Promise<ReportView> {
  const { report, agency } = context;
  const [tasks, values] = await Promise.all([
    findTasksOfAgency(ctx.db, report.planId, report.agencyId),
    readReportValues(ctx.db, { planId: report.planId, unitId: agency.adminUnitId, period: report.period }),
  ]);
  const sides = findReportSides(actor, context.ref);
  const allowed = (step: ReportStep) =>
    decideReportStep(report.state, step, { sides, reason: 'x', achievements: 'x' }).ok;
  return {
    ...context,
    periodLabel: labelPeriod(readDutyPeriod(context.duty, report.period)),
    tasks: tasks.map((task) => ({
      ...task,
      progress: report.taskNotes[task.id]?.progress ?? null,
      note: report.taskNotes[task.id]?.note ?? '',
    })),
    values,
    timeliness: judgeTimeliness(
      { state: report.state, firstSubmittedOn: dayOf(report.firstSubmittedAt) },
      context.dueDate,
      todayInVietnam(ctx.now()),
    ),
    can: { fill: allowed('save'), submit: allowed('submit'), return: allowed('return'), accept: allowed('accept') },
  };
}

export async function getUnitReport(ctx: AppContext, actor: Principal, id: string): Promise<ReportView> {
  const context = await loadReportContext(ctx.db, id);
  authorize(actor, unitReportPolicy.canRead, context?.ref, reportNotFound);
  return presentReport(ctx, actor, context as ReportContext);
}

/**
 * Opens the report an agency owes for a duty and period (the actor's agency unless named):
 * the stored one, or a new draft (audited). `created` says which.
 */
export async function openUnitReport(
  ctx: AppContext,
  actor: Principal,
  planId: string,
  input: { dutyId: string; period: string; agencyId?: string | undefined },
): Promise<{ report: ReportView; created: boolean }> {
  const duty = await findDuty(ctx.db, input.dutyId);
  const agencyId = input.agencyId ?? actor.agencyId ?? '';
  const ref = duty && duty.planId === planId ? refOf(duty, agencyId) : null;
  authorize(actor, unitReportPolicy.canFill, ref, dutyNotFound);
  const checked = duty as NonNullable<typeof duty>;
  const period = formatPeriod(readDutyPeriod(checked, input.period));
  const reporting = checked.reportingAgencyIds ?? (await findTaskAgencyIds(ctx.db, [planId])).get(planId) ?? [];
  if (!reporting.includes(agencyId))
    throw badRequest('Cơ quan, đơn vị này không thuộc danh sách đơn vị báo cáo của nhiệm vụ.', 'agencyId');
  const id = randomUUID();
  const created = await ctx.db.transaction().execute(async (trx) => {
    const inserted = await insertReport(trx, {
      id,
      planId,
      dutyId: checked.id,
      period,
      agencyId,
      createdBy: actor.userId,
    });
    if (inserted)
      await recordAudit(trx, {
        actor,
        action: 'create',
        entity: 'unit_report',
        entityId: id,
        after: { planId, dutyId: checked.id, period, agencyId, state: 'draft' },
      });
    return inserted;
  });
  const reportId = created ? id : await findReportId(ctx.db, { dutyId: checked.id, period, agencyId });
  const context = await loadReportContext(ctx.db, reportId ?? id);
  if (!context) throw reportNotFound();
  return { report: await presentReport(ctx, actor, context), created };
}

export interface ReportContentInput {
  version: number;
  achievements?: string | undefined;
  difficulties?: string | undefined;
  proposals?: string | undefined;
  tasks?: Array<{ taskId: string; progress: TaskProgress | null; note: string }> | undefined;
}

async function requireContext(ctx: AppContext, actor: Principal, id: string, can: typeof unitReportPolicy.canFill) {
  const context = await loadReportContext(ctx.db, id);
  // Someone who may not read the report learns nothing about it; a reader without the right gets 403.
  authorize(actor, unitReportPolicy.canRead, context?.ref, reportNotFound);
  authorize(
    actor,
    can,
    context?.ref,
    () => new AppError(403, 'forbidden', 'Bạn không có quyền thực hiện thao tác này với báo cáo.'),
  );
  return context as ReportContext;
}

/** A refused step as an HTTP error: not this side's step 403, a locked or wrong state 409, a missing reason or result 400. */
function refuseStep(outcome: StepOutcome): asserts outcome is Extract<StepOutcome, { ok: true }> {
  if (outcome.ok) return;
  if (outcome.field === 'actor') throw new AppError(403, 'forbidden', outcome.message);
  if (outcome.field === 'state') throw conflict(outcome.message, 'state');
  throw badRequest(outcome.message, outcome.field);
}

/** Fills the report (narratives, task notes) while it is a draft or returned; audited. */
export async function saveUnitReport(
  ctx: AppContext,
  actor: Principal,
  id: string,
  input: ReportContentInput,
): Promise<ReportView> {
  const context = await requireContext(ctx, actor, id, unitReportPolicy.canFill);
  const { report } = context;
  const outcome = decideReportStep(report.state, 'save', { sides: findReportSides(actor, context.ref) });
  refuseStep(outcome);
  if (input.version !== report.version) throw staleReport();
  const tasks = await findTasksOfAgency(ctx.db, report.planId, report.agencyId);
  const taskNotes: Record<string, TaskNote> = { ...report.taskNotes };
  for (const [index, line] of (input.tasks ?? []).entries()) {
    if (!tasks.some((task) => task.id === line.taskId))
      throw badRequest(
        `Nhiệm vụ thứ ${index + 1} không phải nhiệm vụ của đơn vị trong kế hoạch.`,
        `tasks.${index}.taskId`,
      );
    taskNotes[line.taskId] = { progress: line.progress, note: line.note.trim() };
  }
  const change: ReportChange = {
    achievements: input.achievements?.trim(),
    difficulties: input.difficulties?.trim(),
    proposals: input.proposals?.trim(),
    taskNotes,
  };
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await updateReport(trx, id, report.version, change, ctx.now()))) throw staleReport();
    await recordAudit(trx, {
      actor,
      action: 'update',
      entity: 'unit_report',
      entityId: id,
      before: {
        achievements: report.achievements,
        difficulties: report.difficulties,
        proposals: report.proposals,
        taskNotes: report.taskNotes,
      },
      after: change,
    });
  });
  return getUnitReport(ctx, actor, id);
}

async function auditStep(trx: Executor, actor: Principal, step: ReportStep, id: string, before: object, after: object) {
  const entry = { actor, entityId: id, before, after };
  if (step === 'submit') await recordAudit(trx, { ...entry, action: 'submit', entity: 'unit_report' });
  else if (step === 'return') await recordAudit(trx, { ...entry, action: 'return', entity: 'unit_report' });
  else if (step === 'accept') await recordAudit(trx, { ...entry, action: 'accept', entity: 'unit_report' });
}

/** Submit (the reporting unit), return with a reason or accept (the consolidating side); audited. */
export async function stepUnitReport(
  ctx: AppContext,
  actor: Principal,
  id: string,
  step: Exclude<ReportStep, 'save'>,
  input: { reason?: string | undefined; version?: number | undefined },
): Promise<ReportView> {
  const can = step === 'submit' ? unitReportPolicy.canFill : unitReportPolicy.canReview;
  const context = await requireContext(ctx, actor, id, can);
  const { report } = context;
  const sides: ReportSide[] = findReportSides(actor, context.ref);
  const reason = input.reason?.trim() ?? '';
  refuseStep(decideReportStep(report.state, step, { sides, reason, achievements: report.achievements }));
  if (input.version !== undefined && input.version !== report.version) throw staleReport();
  const at = ctx.now();
  const by = actor.userId;
  const change: ReportChange =
    step === 'submit'
      ? { state: 'submitted', submittedAt: at, submittedBy: by, firstSubmittedAt: report.firstSubmittedAt ?? at }
      : step === 'return'
        ? { state: 'returned', returnedAt: at, returnedBy: by, returnReason: reason }
        : { state: 'accepted', acceptedAt: at, acceptedBy: by };
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await updateReport(trx, id, report.version, change, at))) throw staleReport();
    await auditStep(
      trx,
      actor,
      step,
      id,
      { state: report.state },
      step === 'return' ? { state: change.state, reason } : { state: change.state },
    );
  });
  return getUnitReport(ctx, actor, id);
}
