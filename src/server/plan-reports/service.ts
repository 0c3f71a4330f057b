// The consolidated report of a plan for a period (issue 10): the plan's header, its targets
// as evaluated live (listPlanTargets, on the earlier of the report's date and the period's
// last day), its tasks with each occurrence's status on the report's date (findOccurrenceStatus
// over task completions), and the units' narratives, built into the pure ReportModel and laid
// out as DOCX, XLSX or PDF. The figures are computed on every download; only the planner's
// fields and the final DOCX are stored (migration 20261203620000, decision 0029).
import { createHash } from 'node:crypto';
import { findLastDay, type IsoDate } from '../../domain/periods/iso-dates.ts';
import { parsePeriod } from '../../domain/periods/period-ids.ts';
import { labelPeriod } from '../../domain/periods/period-labels.ts';
import { windowOf } from '../../domain/periods/period-windows.ts';
import { calendarYear } from '../../domain/periods/reporting-calendars.ts';
import {
  buildReportModel,
  defaultReportFields,
  type ReportFields,
  type ReportInput,
  type ReportModel,
  type ReportPlanInput,
  type ReportTargetInput,
} from '../../domain/reports/report-model.ts';
import { listTaskOccurrences } from '../../domain/tasks/task-occurrences.ts';
import { convertDocxToPdf, PdfConverterError } from '../../reports/convert-to-pdf.ts';
import { writeReportDocx } from '../../reports/write-report-docx.ts';
import { writeReportXlsx } from '../../reports/write-report-xlsx.ts';
import { authorize } from '../access/policy.ts';
import { todayInVietnam } from '../admin-units/service.ts';
import type { Principal } from '../auth/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { AppContext } from '../context.ts';
import { AppError, badRequest, notFound } from '../errors.ts';
import { loadReporting, loadTasks } from '../plans/detail-repository.ts';
import { findPlanRow, type PlanRow } from '../plans/repository.ts';
import { planNotFound } from '../plans/service.ts';
import { type EvaluatedTargetView, listPlanTargets } from '../targets/service.ts';
import { planReportPolicy } from './policy.ts';
import { findTaskCompletions, findUnitNarratives } from './report-sources.ts';
import {
  type FinalReportInfo,
  findFinalReport,
  findReportFields,
  readFinalReportContent,
  saveFinalReport,
  saveReportFields,
  type StoredReportFields,
} from './repository.ts';

export type ReportFormat = 'docx' | 'xlsx' | 'pdf';

export const reportMediaTypes: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

export interface ReportPeriod {
  id: string;
  label: string;
  window: { from: IsoDate; until: IsoDate };
}

/** "2024", "2024H1", "2024Q3", "2024-05" -> the period and its calendar-year window; 400 otherwise. */
export function resolveReportPeriod(text: string): ReportPeriod {
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw badRequest(parsed.message, 'period');
  const window = windowOf(parsed.period, calendarYear);
  return { id: text.trim(), label: labelPeriod(parsed.period), window };
}

function toPlanInput(plan: PlanRow): ReportPlanInput {
  return {
    number: plan.number,
    documentDate: plan.documentDate,
    issuer: plan.issuer,
    place: plan.place,
    title: plan.title,
    signerName: plan.signerName,
    signerTitle: plan.signerTitle,
  };
}

function mergeFields(defaults: ReportFields, stored: StoredReportFields | null): ReportFields {
  if (!stored) return defaults;
  return {
    number: stored.number ?? defaults.number,
    date: stored.date ?? defaults.date,
    place: stored.place ?? defaults.place,
    signerName: stored.signerName ?? defaults.signerName,
    signerTitle: stored.signerTitle ?? defaults.signerTitle,
    recipients: stored.recipients ?? defaults.recipients,
    intro: stored.intro ?? defaults.intro,
  };
}

async function readFields(ctx: AppContext, plan: PlanRow, period: ReportPeriod) {
  const [reporting, stored] = await Promise.all([
    loadReporting(ctx.db, plan.id),
    findReportFields(ctx.db, plan.id, period.id),
  ]);
  const defaults = defaultReportFields(
    toPlanInput(plan),
    todayInVietnam(ctx.now()),
    reporting.flatMap((duty) => (duty.to ? [duty.to] : [])),
  );
  return { defaults, stored, fields: mergeFields(defaults, stored) };
}

function flattenTargets(views: readonly EvaluatedTargetView[], depth = 0): ReportTargetInput[] {
  return views.flatMap((view) => [
    {
      id: view.target.id,
      text: view.target.text,
      depth,
      status: view.evaluation.status,
      explanation: view.evaluation.explanation,
      latest: view.evaluation.latest,
      unit: view.target.unit,
      unitNoun: view.target.unitNoun,
    },
    ...flattenTargets(view.children, depth + 1),
  ]);
}

async function loadPlan(ctx: AppContext, actor: Principal, planId: string, can = planReportPolicy.canRead) {
  const plan = await findPlanRow(ctx.db, planId);
  authorize(actor, can, plan, planNotFound);
  return plan;
}

/** Everything the report is built from, for a plan the actor may read. */
export async function collectReportInput(
  ctx: AppContext,
  actor: Principal,
  planId: string,
  periodText: string,
): Promise<{ plan: PlanRow; period: ReportPeriod; input: ReportInput }> {
  const plan = await loadPlan(ctx, actor, planId);
  const period = resolveReportPeriod(periodText);
  const { fields } = await readFields(ctx, plan, period);
  const lastDay = findLastDay(period.window);
  // The earlier of the two (ISO dates sort as text).
  const targetsAsOf = [fields.date, lastDay].sort()[0] ?? lastDay;
  const [targets, tasks, completions, narratives] = await Promise.all([
    listPlanTargets(ctx, actor, plan.id, { asOf: targetsAsOf }),
    loadTasks(ctx.db, plan.id),
    findTaskCompletions(ctx.db, plan.id),
    findUnitNarratives(ctx.db, plan.id, period),
  ]);
  const planPeriod = { from: plan.periodFrom ?? plan.year, to: plan.periodTo ?? plan.year };
  const input: ReportInput = {
    plan: toPlanInput(plan),
    period,
    fields,
    targetsAsOf,
    targets: flattenTargets(targets.targets),
    tasks: tasks.map((task) => ({
      id: task.id,
      text: task.text,
      lead: task.lead.map((mention) => mention.agencyName ?? mention.text),
      occurrences: listTaskOccurrences(task.due, planPeriod),
    })),
    completions,
    narratives,
  };
  return { plan, period, input };
}

export async function buildPlanReport(ctx: AppContext, actor: Principal, planId: string, periodText: string) {
  const { plan, period, input } = await collectReportInput(ctx, actor, planId, periodText);
  return { plan, period, model: buildReportModel(input) };
}

/** "Bao-cao-KH-60-KH-UBND-nam-2024.docx": the plan's number and the period, safe in any file system. */
export function nameReportFile(plan: PlanRow, period: ReportPeriod, format: ReportFormat): string {
  const number = (plan.number ?? 'ke-hoach').replace(/[\\/:*?"<>|\s]+/g, '-');
  return `Báo cáo ${number} ${period.id}.${format}`.replace(/\s+/g, '_');
}

export async function renderReport(model: ReportModel, format: ReportFormat): Promise<Buffer> {
  if (format === 'xlsx') return writeReportXlsx(model);
  const docx = await writeReportDocx(model);
  if (format === 'docx') return docx;
  try {
    return await convertDocxToPdf(docx);
  } catch (error) {
    if (error instanceof PdfConverterError)
      throw new AppError(error.reason === 'failed' ? 500 : 503, 'pdf_unavailable', error.message);
    throw error;
  }
}

export async function downloadPlanReport(
  ctx: AppContext,
  actor: Principal,
  planId: string,
  periodText: string,
  format: ReportFormat,
) {
  const { plan, period, model } = await buildPlanReport(ctx, actor, planId, periodText);
  return {
    fileName: nameReportFile(plan, period, format),
    mediaType: reportMediaTypes[format],
    content: await renderReport(model, format),
  };
}

export interface ReportFieldsView {
  period: ReportPeriod;
  fields: ReportFields;
  defaults: ReportFields;
  edited: boolean;
  final: FinalReportInfo | null;
  canEdit: boolean;
}

export async function getReportFields(
  ctx: AppContext,
  actor: Principal,
  planId: string,
  periodText: string,
): Promise<ReportFieldsView> {
  const plan = await loadPlan(ctx, actor, planId);
  const period = resolveReportPeriod(periodText);
  const [{ defaults, stored, fields }, final] = await Promise.all([
    readFields(ctx, plan, period),
    findFinalReport(ctx.db, plan.id, period.id),
  ]);
  return { period, fields, defaults, edited: stored !== null, final, canEdit: planReportPolicy.canEdit(actor, plan) };
}

/** A planner's fields for the report; a null (or blank) field goes back to its default. Audited. */
export async function updateReportFields(
  ctx: AppContext,
  actor: Principal,
  planId: string,
  periodText: string,
  input: StoredReportFields,
): Promise<ReportFieldsView> {
  const plan = await loadPlan(ctx, actor, planId, planReportPolicy.canEdit);
  const period = resolveReportPeriod(periodText);
  const blankToNull = (text: string | null) => (text === null || text.trim() === '' ? null : text.trim());
  const recipients = input.recipients?.map((text) => text.trim()).filter(Boolean) ?? null;
  const next: StoredReportFields = {
    number: blankToNull(input.number),
    date: input.date,
    place: blankToNull(input.place),
    signerName: blankToNull(input.signerName),
    signerTitle: blankToNull(input.signerTitle),
    recipients: recipients && recipients.length > 0 ? recipients : null,
    intro: blankToNull(input.intro),
  };
  await ctx.db.transaction().execute(async (trx) => {
    const before = await findReportFields(trx, plan.id, period.id);
    await saveReportFields(trx, plan.id, period.id, next, actor.userId, ctx.now());
    await recordAudit(trx, {
      actor,
      action: 'update',
      entity: 'plan_report',
      entityId: plan.id,
      before: { period: period.id, reportFields: before },
      after: { period: period.id, reportFields: next },
    });
  });
  return getReportFields(ctx, actor, planId, periodText);
}

/** Renders the DOCX as it stands and stores it with the plan (replacing an earlier final). Audited. */
export async function finalisePlanReport(
  ctx: AppContext,
  actor: Principal,
  planId: string,
  periodText: string,
): Promise<FinalReportInfo> {
  await loadPlan(ctx, actor, planId, planReportPolicy.canEdit);
  const { plan, period, model } = await buildPlanReport(ctx, actor, planId, periodText);
  const content = await writeReportDocx(model);
  const sha256 = createHash('sha256').update(content).digest('hex');
  const fileName = nameReportFile(plan, period, 'docx');
  await ctx.db.transaction().execute(async (trx) => {
    const before = await findFinalReport(trx, plan.id, period.id);
    await saveFinalReport(trx, {
      planId: plan.id,
      period: period.id,
      fileName,
      sha256,
      content,
      by: actor.userId,
      at: ctx.now(),
    });
    await recordAudit(trx, {
      actor,
      action: 'create',
      entity: 'plan_report',
      entityId: plan.id,
      before: before ? { period: period.id, fileName: before.fileName, sha256: before.sha256 } : undefined,
      after: { period: period.id, fileName, sha256, sizeBytes: content.byteLength },
    });
  });
  return (await findFinalReport(ctx.db, plan.id, period.id)) as FinalReportInfo;
}

export async function downloadFinalReport(ctx: AppContext, actor: Principal, planId: string, periodText: string) {
  const plan = await loadPlan(ctx, actor, planId);
  const period = resolveReportPeriod(periodText);
  const [info, content] = await Promise.all([
    findFinalReport(ctx.db, plan.id, period.id),
    readFinalReportContent(ctx.db, plan.id, period.id),
  ]);
  if (!info || !content) throw notFound(`bản báo cáo chính thức của kỳ ${period.label}`);
  return { fileName: info.fileName, mediaType: reportMediaTypes.docx, content };
}
