// The consolidated report of a plan for a period ("BÁO CÁO Kết quả thực hiện Kế hoạch số ..."),
// as a model the DOCX, XLSX and PDF writers only lay out. Built from plain inputs: the plan's
// header, the targets as evaluated live, the tasks with their occurrences, what units reported
// done (completions) and what they wrote (narratives). Both of the last two are inputs, not
// guesses: with none, every unfinished occurrence is in progress or overdue, and sections II
// and III say that no unit has reported — the truth for a plan without reports.
import type { DateWindow, IsoDate } from '../periods/iso-dates.ts';
import { STATUS_LABELS } from '../targets/evaluation-rules.ts';
import { formatFigure } from '../targets/format-figure.ts';
import type { TargetStatus } from '../targets/types.ts';
import type { TargetUnit } from '../plans/plan-model.ts';
import { findOccurrenceStatus, type TaskStatus, taskStatuses, taskStatusLabels } from '../tasks/task-status.ts';
import {
  describeSigningAuthority,
  formatCitationDate,
  formatShare,
  formatShortDate,
  joinCounts,
  lowerFirst,
  shortenIssuer,
  splitIssuerLines,
} from './report-text.ts';

export interface ReportPlanInput {
  /** "60/KH-UBND", or null when the plan was never numbered. */
  number: string | null;
  documentDate: IsoDate | null;
  /** "Ủy ban nhân dân huyện Càng Long". */
  issuer: string | null;
  place: string | null;
  title: string | null;
  signerName: string | null;
  signerTitle: string | null;
}

export interface ReportTargetInput {
  id: string;
  text: string;
  /** 0 for a target, 1 for its "trong đó" part, ... */
  depth: number;
  status: TargetStatus;
  explanation: string;
  latest: { year: number; value: number } | null;
  unit: TargetUnit | null;
  unitNoun: string | null;
}

export interface ReportTaskInput {
  id: string;
  text: string;
  lead: string[];
  /** Every occurrence of the task over its plan (listTaskOccurrences); the period picks its own. */
  occurrences: ReadonlyArray<{ dueDate: IsoDate; label: string }>;
}

/** An occurrence reported done (task progress); one per task and deadline. */
export interface TaskCompletion {
  taskId: string;
  dueDate: IsoDate;
  completedOn: IsoDate;
}

/** What one unit wrote in its report for the period (unit reports); blank parts are left out. */
export interface UnitNarrative {
  unitName: string;
  difficulties: string | null;
  proposals: string | null;
}

/** What a planner may change before downloading; each has a default from the plan. */
export interface ReportFields {
  /** The report's number ("15"); null leaves the space to fill at signing: "Số:      /BC-UBND". */
  number: string | null;
  date: IsoDate;
  place: string;
  signerName: string;
  signerTitle: string;
  recipients: string[];
  /** The opening paragraph; null for the generated one. */
  intro: string | null;
}

export interface ReportInput {
  plan: ReportPlanInput;
  period: { id: string; label: string; window: DateWindow };
  fields: ReportFields;
  /** The day targets were evaluated on: the report's date, or the period's last day when earlier. */
  targetsAsOf: IsoDate;
  targets: readonly ReportTargetInput[];
  tasks: readonly ReportTaskInput[];
  completions: readonly TaskCompletion[];
  narratives: readonly UnitNarrative[];
}

export interface ReportTargetRow {
  number: string;
  depth: number;
  text: string;
  result: string;
  status: TargetStatus;
  statusLabel: string;
  explanation: string;
}

export interface ReportTaskRow {
  number: number;
  text: string;
  lead: string;
  deadline: string;
  status: TaskStatus;
  statusLabel: string;
}

export interface ReportModel {
  issuerLines: string[];
  /** "Số: 15/BC-UBND" or "Số:        /BC-UBND". */
  numberLine: string;
  date: IsoDate;
  place: string;
  title: string;
  subtitle: string;
  intro: string;
  periodLabel: string;
  targets: { summary: string; rows: ReportTargetRow[]; counts: Record<TargetStatus, number> };
  tasks: {
    summary: string;
    counts: Array<{ status: TaskStatus; label: string; count: number; share: string }>;
    rows: ReportTaskRow[];
    /** Tasks of the plan with no deadline in the period (not in the table). */
    outsidePeriod: number;
  };
  difficulties: { emptyText: string | null; items: Array<{ unitName: string; text: string }> };
  proposals: { emptyText: string | null; items: Array<{ unitName: string; text: string }> };
  recipients: string[];
  signer: { authority: string[]; name: string };
}

export const targetStatusOrder: readonly TargetStatus[] = [
  'met',
  'not_met',
  'on_track',
  'at_risk',
  'off_track',
  'no_data',
];
export const noUnitReportText = 'Chưa có báo cáo của đơn vị nào.';
export const reportSymbol = 'BC-UBND';

/** The fields' defaults from the plan: dated today, placed and signed as the plan was. */
export function defaultReportFields(
  plan: ReportPlanInput,
  today: IsoDate,
  reportingRecipients: readonly string[],
): ReportFields {
  const recipients = [...new Set(reportingRecipients.map((text) => text.trim()).filter(Boolean))];
  return {
    number: null,
    date: today,
    place: plan.place ?? '',
    signerName: plan.signerName ?? '',
    signerTitle: plan.signerTitle ?? 'Chủ tịch',
    recipients: [...recipients, 'Lưu: VT'],
    intro: null,
  };
}

function describePlan(plan: ReportPlanInput): string {
  const number = plan.number ? `Kế hoạch số ${plan.number}` : 'Kế hoạch';
  const date = plan.documentDate ? ` ngày ${formatCitationDate(plan.documentDate)}` : '';
  const issuer = plan.issuer ? ` của ${shortenIssuer(plan.issuer)}` : '';
  // An unnumbered plan is known by its title only.
  const title = !plan.number && plan.title ? ` về ${lowerFirst(plan.title)}` : '';
  return `${number}${date}${issuer}${title}`;
}

function formatResult(target: ReportTargetInput): string {
  if (!target.latest) return 'Chưa có số liệu';
  return `${formatFigure(target.latest.value, target.unit, target.unitNoun)} (năm ${target.latest.year})`;
}

function numberTargets(targets: readonly ReportTargetInput[]): ReportTargetRow[] {
  const counters: number[] = [];
  return targets.map((target) => {
    counters.length = target.depth + 1;
    counters[target.depth] = (counters[target.depth] ?? 0) + 1;
    return {
      number: counters.map((value) => value ?? 1).join('.'),
      depth: target.depth,
      text: target.text,
      result: formatResult(target),
      status: target.status,
      statusLabel: STATUS_LABELS[target.status].vi,
      explanation: target.explanation,
    };
  });
}

function summariseTargets(rows: readonly ReportTargetRow[], counts: Record<TargetStatus, number>, asOf: IsoDate) {
  if (rows.length === 0) return 'Kế hoạch không có chỉ tiêu định lượng.';
  const parts = targetStatusOrder.map((status) => ({
    count: counts[status],
    text: `chỉ tiêu ${STATUS_LABELS[status].vi}`,
  }));
  return (
    `Kế hoạch có ${rows.length} chỉ tiêu; đánh giá đến ngày ${formatShortDate(asOf)}: ${joinCounts(parts)}. ` +
    `Có ${formatShare(counts.met, rows.length)} chỉ tiêu đạt.`
  );
}

const statusRank = (status: TaskStatus) => taskStatuses.indexOf(status);

function buildTaskRows(input: ReportInput, today: IsoDate) {
  const done = new Map(input.completions.map((entry) => [`${entry.taskId}|${entry.dueDate}`, entry.completedOn]));
  const { from, until } = input.period.window;
  const rows: ReportTaskRow[] = [];
  let outsidePeriod = 0;
  for (const task of input.tasks) {
    const inPeriod = task.occurrences.filter((occurrence) => occurrence.dueDate >= from && occurrence.dueDate < until);
    if (inPeriod.length === 0) {
      outsidePeriod += 1;
      continue;
    }
    // A task due several times in the period (monthly, quarterly) shows its worst occurrence.
    const statuses = inPeriod.map(
      (occurrence) =>
        findOccurrenceStatus(
          { dueDate: occurrence.dueDate, completedOn: done.get(`${task.id}|${occurrence.dueDate}`) ?? null },
          today,
        ).status,
    );
    const status = statuses.reduce((worst, next) => (statusRank(next) < statusRank(worst) ? next : worst));
    const labels = inPeriod.map((occurrence) => occurrence.label);
    rows.push({
      number: rows.length + 1,
      text: task.text,
      lead: task.lead.join('; '),
      deadline:
        labels.length > 3 ? `${labels.length} lần: ${labels[0]} … ${labels[labels.length - 1]}` : labels.join('; '),
      status,
      statusLabel: taskStatusLabels[status].vi,
    });
  }
  return { rows, outsidePeriod };
}

function summariseTasks(rows: readonly ReportTaskRow[], periodLabel: string, completions: number, today: IsoDate) {
  if (rows.length === 0) return `Không có nhiệm vụ nào đến hạn trong ${lowerFirst(periodLabel)}.`;
  const count = (status: TaskStatus) => rows.filter((row) => row.status === status).length;
  const parts = taskStatuses.map((status) => ({ count: count(status), text: lowerFirst(taskStatusLabels[status].vi) }));
  const done = count('done_on_time') + count('done_late');
  const tail =
    completions === 0
      ? ' Chưa có nhiệm vụ nào được báo cáo hoàn thành.'
      : ` Đã hoàn thành ${formatShare(done, rows.length)} nhiệm vụ.`;
  return (
    `Trong ${lowerFirst(periodLabel)} có ${rows.length} nhiệm vụ đến hạn; tình hình đến ngày ` +
    `${formatShortDate(today)}: ${joinCounts(parts)}.${tail}`
  );
}

function collectNarratives(narratives: readonly UnitNarrative[], part: 'difficulties' | 'proposals') {
  const items = narratives
    .map((narrative) => ({ unitName: narrative.unitName.trim(), text: (narrative[part] ?? '').trim() }))
    .filter((item) => item.text.length > 0);
  const emptyText =
    narratives.length === 0
      ? noUnitReportText
      : items.length === 0
        ? part === 'difficulties'
          ? 'Các đơn vị không báo cáo khó khăn, vướng mắc.'
          : 'Các đơn vị không có đề xuất, kiến nghị.'
        : null;
  return { emptyText, items };
}

/** The report as laid out; the evaluation date of targets and tasks is the report's date. */
export function buildReportModel(input: ReportInput): ReportModel {
  const { plan, period, fields } = input;
  const today = fields.date;
  const targetRows = numberTargets(input.targets);
  const counts: Record<TargetStatus, number> = {
    met: 0,
    not_met: 0,
    on_track: 0,
    at_risk: 0,
    off_track: 0,
    no_data: 0,
  };
  for (const row of targetRows) counts[row.status] += 1;
  const tasks = buildTaskRows(input, today);
  const taskCounts = taskStatuses.map((status) => {
    const count = tasks.rows.filter((row) => row.status === status).length;
    return { status, label: taskStatusLabels[status].vi, count, share: formatShare(count, tasks.rows.length) };
  });
  const issuerShort = shortenIssuer(plan.issuer) || 'Ủy ban nhân dân';
  const cited = describePlan(plan);
  const number = fields.number?.trim();
  return {
    issuerLines: splitIssuerLines(plan.issuer),
    numberLine: `Số: ${number ? number : '\u00a0'.repeat(8)}/${reportSymbol}`,
    date: today,
    place: fields.place,
    title: 'BÁO CÁO',
    subtitle: `Kết quả thực hiện ${cited} ${lowerFirst(period.label)}`,
    intro:
      fields.intro?.trim() ||
      `Thực hiện ${cited}, ${issuerShort} báo cáo kết quả thực hiện ${lowerFirst(period.label)} như sau:`,
    periodLabel: period.label,
    targets: { summary: summariseTargets(targetRows, counts, input.targetsAsOf), rows: targetRows, counts },
    tasks: {
      summary: summariseTasks(tasks.rows, period.label, input.completions.length, today),
      counts: taskCounts,
      rows: tasks.rows,
      outsidePeriod: tasks.outsidePeriod,
    },
    difficulties: collectNarratives(input.narratives, 'difficulties'),
    proposals: collectNarratives(input.narratives, 'proposals'),
    recipients: fields.recipients.map((text) => text.trim()).filter(Boolean),
    signer: { authority: describeSigningAuthority(plan.issuer, fields.signerTitle), name: fields.signerName.trim() },
  };
}
