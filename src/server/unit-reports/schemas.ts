// Shapes of the reporting cycle's API (unit reports, a plan's reports, duties) and presenters.
import { z } from 'zod';
import { reportStateLabels, reportStates, type ReportState } from '../../domain/reporting/report-workflow.ts';
import { timelinessLabels } from '../../domain/reporting/report-completeness.ts';
import { errorSchema } from '../error-schema.ts';
import { planIdParams, planRefSchema, presentPlanRef } from '../plans/schemas.ts';
import type { DutyPeriodView, DutyView, OwedReportView, PlanReportsView } from './plan-reports-service.ts';
import type { ReportView } from './service.ts';

export { errorSchema, planIdParams };

const idText = (field: string) =>
  z
    .string({ error: `Cần ${field}.` })
    .min(1, { error: `Cần ${field}.` })
    .max(200, { error: `${field} quá dài.` });

export const reportIdParams = z.object({ id: idText('mã báo cáo (id)') });
export const dutyParams = z.object({ id: idText('mã kế hoạch (id)'), dutyId: idText('mã nhiệm vụ báo cáo (dutyId)') });

const periodText = z
  .string({ error: 'Kỳ báo cáo (period) phải là chuỗi ký tự, ví dụ 2026, 2026H1, 2026Q1.' })
  .max(20, { error: 'Kỳ báo cáo (period) quá dài.' });

export const planReportsQuery = z.object({ period: periodText.optional() });

export const openReportBody = z.object({
  dutyId: idText('nhiệm vụ báo cáo (dutyId)'),
  period: periodText,
  agencyId: idText('cơ quan báo cáo (agencyId)').optional(),
});

const narrative = (field: string) =>
  z.string({ error: `${field} phải là chuỗi ký tự.` }).max(20_000, { error: `${field} dài quá 20.000 ký tự.` });
const progressSchema = z.enum(['not_started', 'in_progress', 'done'], {
  error: 'Tiến độ nhiệm vụ (progress) phải là not_started, in_progress hoặc done.',
});

export const saveReportBody = z.object({
  version: z.number({ error: 'Cần phiên bản của báo cáo (version).' }).int().min(1),
  achievements: narrative('Kết quả đạt được (achievements)').optional(),
  difficulties: narrative('Khó khăn, vướng mắc (difficulties)').optional(),
  proposals: narrative('Đề xuất, kiến nghị (proposals)').optional(),
  tasks: z
    .array(
      z.object({
        taskId: idText('mã nhiệm vụ (taskId)'),
        progress: progressSchema.nullable(),
        note: narrative('Ghi chú nhiệm vụ (note)').max(4000, { error: 'Ghi chú nhiệm vụ (note) dài quá 4.000 ký tự.' }),
      }),
    )
    .max(500, { error: 'Quá nhiều nhiệm vụ (tasks).' })
    .optional(),
});

export const stepBody = z
  .object({
    version: z.number({ error: 'Phiên bản (version) phải là số.' }).int().min(1).optional(),
    reason: narrative('Lý do (reason)').max(4000, { error: 'Lý do (reason) dài quá 4.000 ký tự.' }).optional(),
  })
  .nullish();

const dueMonth = z
  .number({ error: 'Tháng hạn báo cáo (dueMonth) phải là số.' })
  .int()
  .min(1, { error: 'Tháng hạn báo cáo (dueMonth) từ 1 đến 12.' })
  .max(12, { error: 'Tháng hạn báo cáo (dueMonth) từ 1 đến 12.' });
const dueDay = z
  .number({ error: 'Ngày hạn báo cáo (dueDay) phải là số.' })
  .int()
  .min(1, { error: 'Ngày hạn báo cáo (dueDay) từ 1 đến 31.' })
  .max(31, { error: 'Ngày hạn báo cáo (dueDay) từ 1 đến 31.' });

const frequencySchema = z.enum(['yearly', 'half-yearly', 'quarterly', 'monthly', 'adhoc'], {
  error: 'Chu kỳ báo cáo (freq) phải là yearly, half-yearly, quarterly, monthly hoặc adhoc.',
});

export const dutyPatchBody = z.object({
  freq: frequencySchema.optional(),
  consolidatingAgencyId: idText('cơ quan tổng hợp (consolidatingAgencyId)').nullable().optional(),
  reportingAgencyIds: z
    .array(idText('cơ quan báo cáo (reportingAgencyIds)'))
    .max(500, { error: 'Quá nhiều cơ quan báo cáo (reportingAgencyIds).' })
    .nullable()
    .optional(),
  dueMonth: dueMonth.nullable().optional(),
  dueDay: dueDay.nullable().optional(),
  recipientText: z
    .string()
    .max(500, { error: 'Nơi nhận báo cáo (recipientText) dài quá 500 ký tự.' })
    .nullable()
    .optional(),
});

const stateSchema = z.enum(reportStates as [ReportState, ...ReportState[]]);
const timelinessSchema = z.enum(['on_time', 'late', 'overdue', 'pending']);
const agencySchema = z.object({ id: z.string(), name: z.string() });
const at = z.string().nullable();
const iso = (date: Date | null) => (date === null ? null : date.toISOString());

const dutySchema = z.object({
  id: z.string(),
  text: z.string(),
  freq: z.string(),
  dueMonth: z.number().int().nullable(),
  dueDay: z.number().int().nullable(),
  recipientText: z.string().nullable(),
  viaText: z.string().nullable(),
  consolidatingAgency: agencySchema.nullable(),
  reportingAgencies: z.array(agencySchema),
  reportingAgenciesDefault: z.boolean().describe('Mặc định: mọi cơ quan, đơn vị có nhiệm vụ trong kế hoạch'),
});

export const reportSchema = z.object({
  id: z.string(),
  plan: planRefSchema,
  duty: z.object({ id: z.string(), text: z.string(), freq: z.string() }),
  period: z.string(),
  periodLabel: z.string(),
  dueDate: z.string(),
  agency: agencySchema,
  state: stateSchema,
  stateLabel: z.string(),
  timeliness: timelinessSchema,
  timelinessLabel: z.string(),
  achievements: z.string(),
  difficulties: z.string(),
  proposals: z.string(),
  tasks: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      role: z.enum(['lead', 'support']),
      dueText: z.string().nullable(),
      progress: progressSchema.nullable(),
      note: z.string(),
    }),
  ),
  values: z.array(
    z.object({
      indicatorId: z.string(),
      indicatorName: z.string(),
      dataElementId: z.string(),
      dataElementName: z.string(),
      unit: z.string(),
      value: z.number().nullable(),
      enteredAt: at,
      enteredByName: z.string().nullable(),
    }),
  ),
  returnReason: z.string().nullable(),
  submittedAt: at,
  submittedByName: z.string().nullable(),
  returnedAt: at,
  returnedByName: z.string().nullable(),
  acceptedAt: at,
  acceptedByName: z.string().nullable(),
  version: z.number().int(),
  can: z.object({ fill: z.boolean(), submit: z.boolean(), return: z.boolean(), accept: z.boolean() }),
});
export const reportResponse = z.object({ report: reportSchema });

export function presentReport(view: ReportView): z.infer<typeof reportSchema> {
  const { report } = view;
  return {
    id: report.id,
    plan: presentPlanRef(view.plan),
    duty: { id: view.duty.id, text: view.duty.text, freq: view.duty.freq },
    period: report.period,
    periodLabel: view.periodLabel,
    dueDate: view.dueDate,
    agency: { id: view.agency.id, name: view.agency.name },
    state: report.state,
    stateLabel: reportStateLabels[report.state].vi,
    timeliness: view.timeliness,
    timelinessLabel: timelinessLabels[view.timeliness].vi,
    achievements: report.achievements,
    difficulties: report.difficulties,
    proposals: report.proposals,
    tasks: view.tasks,
    values: view.values,
    returnReason: report.returnReason,
    submittedAt: iso(report.submittedAt),
    submittedByName: report.submittedByName,
    returnedAt: iso(report.returnedAt),
    returnedByName: report.returnedByName,
    acceptedAt: iso(report.acceptedAt),
    acceptedByName: report.acceptedByName,
    version: report.version,
    can: view.can,
  };
}

export function presentDuty(duty: DutyView): z.infer<typeof dutySchema> {
  const agency = (a: { id: string; name: string }) => ({ id: a.id, name: a.name });
  return {
    id: duty.id,
    text: duty.text,
    freq: duty.freq,
    dueMonth: duty.dueMonth,
    dueDay: duty.dueDay,
    recipientText: duty.recipientText,
    viaText: duty.viaText,
    consolidatingAgency: duty.consolidatingAgency ? agency(duty.consolidatingAgency) : null,
    reportingAgencies: duty.reportingAgencies.map(agency),
    reportingAgenciesDefault: duty.reportingAgenciesDefault,
  };
}
export const dutyResponse = z.object({ duty: dutySchema });

const completenessSchema = z.object({
  expected: z.number().int(),
  sent: z.number().int(),
  accepted: z.number().int(),
  onTime: z.number().int(),
  overdue: z.number().int(),
  sentence: z.string().describe('"8/11 đơn vị đã gửi, 2 đúng hạn"'),
  sentenceEn: z.string(),
});

export const planReportsResponse = z.object({
  canEditDuties: z.boolean(),
  duties: z.array(
    z.object({
      duty: dutySchema,
      period: z.string().nullable(),
      periodLabel: z.string().nullable(),
      dueDate: z.string().nullable(),
      completeness: completenessSchema.nullable(),
      units: z.array(
        z.object({
          agency: agencySchema,
          reportId: z.string().nullable(),
          state: stateSchema.nullable(),
          timeliness: timelinessSchema,
          firstSubmittedOn: z.string().nullable(),
        }),
      ),
    }),
  ),
});

function presentDutyPeriod(view: DutyPeriodView) {
  return {
    duty: presentDuty(view.duty),
    period: view.period,
    periodLabel: view.periodLabel,
    dueDate: view.dueDate,
    completeness: view.completeness && {
      ...view.completeness,
      sentence: view.completeness.sentence.vi,
      sentenceEn: view.completeness.sentence.en,
    },
    units: view.units.map((unit) => ({ ...unit, agency: { id: unit.agency.id, name: unit.agency.name } })),
  };
}

export function presentPlanReports(view: PlanReportsView): z.infer<typeof planReportsResponse> {
  return { canEditDuties: view.canEditDuties, duties: view.duties.map(presentDutyPeriod) };
}

export const myReportsResponse = z.object({
  items: z.array(
    z.object({
      plan: planRefSchema,
      duty: z.object({ id: z.string(), text: z.string(), freq: z.string() }),
      agency: agencySchema,
      period: z.string(),
      periodLabel: z.string(),
      dueDate: z.string(),
      reportId: z.string().nullable(),
      state: stateSchema.nullable(),
      timeliness: timelinessSchema,
    }),
  ),
});

export function presentMyReports(items: OwedReportView[]): z.infer<typeof myReportsResponse> {
  return {
    items: items.map((item) => ({
      plan: presentPlanRef(item.plan),
      duty: { id: item.duty.id, text: item.duty.text, freq: item.duty.freq },
      agency: { id: item.agency.id, name: item.agency.name },
      period: item.period,
      periodLabel: item.periodLabel,
      dueDate: item.dueDate,
      reportId: item.reportId,
      state: item.state,
      timeliness: item.timeliness,
    })),
  };
}
