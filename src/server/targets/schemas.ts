// Shapes of GET /api/plans/{id}/targets (DESIGN §5) and the planner's status override.
import { z } from 'zod';
import { STATUS_LABELS } from '../../domain/targets/evaluation-rules.ts';
import type { TargetStatus } from '../../domain/targets/types.ts';
import { errorSchema } from '../error-schema.ts';
import { targetParams } from '../indicators/schemas.ts';
import { planIdParams } from '../plans/schemas.ts';
import { isoDateSchema } from '../schemas/date.ts';
import { nameSchema } from '../schemas/text.ts';
import type { EvaluatedTargetView, PlanTargetsView } from './service.ts';

export { errorSchema, planIdParams, targetParams };

const statuses = Object.keys(STATUS_LABELS) as [TargetStatus, ...TargetStatus[]];
export const statusSchema = z.enum(statuses, {
  error: `Trạng thái (status) phải là một trong: ${statuses.join(', ')}.`,
});

export const planTargetsQuery = z.object({
  asOf: isoDateSchema('Ngày đánh giá (asOf)').optional(),
});

export const statusOverrideBody = z.object({
  status: statusSchema,
  reason: nameSchema('Lý do (reason)', 1000),
});

const overrideSchema = z.object({
  status: statusSchema,
  reason: z.string(),
  by: z.string().nullable().describe('Tên người đặt trạng thái'),
  at: z.string().nullable(),
  computedStatus: statusSchema.describe('Trạng thái tính từ số liệu, trước khi điều chỉnh'),
});

const targetFields = {
  id: z.string(),
  text: z.string(),
  subject: z.string(),
  op: z.string(),
  value: z.number().nullable(),
  value2: z.number().nullable(),
  unit: z.string().nullable(),
  unitNoun: z.string().nullable(),
  year: z.number().int().nullable().describe('Năm phải đạt (của chỉ tiêu, hoặc năm cuối của kế hoạch)'),
  status: statusSchema,
  statusLabel: z.string().describe('Trạng thái bằng tiếng Việt: đạt, không đạt, đúng tiến độ ...'),
  explanation: z.string().describe('Một câu tiếng Việt: số liệu mới nhất, mục tiêu, kết luận'),
  explanationEn: z.string().nullable(),
  latest: z.object({ value: z.number(), period: z.string() }).nullable(),
  forecast: z
    .object({
      value: z.number(),
      year: z.number().int(),
      ratio: z
        .number()
        .nullable()
        .describe('Tốc độ thực tế / tốc độ cần thiết (≥ 0,95 đúng tiến độ, ≥ 0,6 có nguy cơ)'),
      low: z.number(),
      high: z.number(),
    })
    .nullable(),
  indicatorId: z.string().nullable(),
  indicatorName: z.string().nullable(),
  indicatorUnit: z.string().nullable(),
  series: z
    .array(
      z.object({
        period: z.string(),
        value: z.number().nullable(),
        reported: z.number().int(),
        expected: z.number().int(),
      }),
    )
    .describe('Tổng hợp theo năm trên địa bàn của kế hoạch, kèm số đơn vị đã báo cáo'),
  method: z
    .record(z.string(), z.unknown())
    .describe('Cách tính trạng thái: điểm dùng, tốc độ, tỉ số, ngưỡng, dải dự báo'),
  override: overrideSchema.nullable(),
};

export interface TargetNodeOutput extends z.infer<z.ZodObject<typeof targetFields>> {
  children: TargetNodeOutput[];
}

export const targetNodeSchema: z.ZodType<TargetNodeOutput> = z
  .object({
    ...targetFields,
    get children(): z.ZodArray<z.ZodType<TargetNodeOutput>> {
      return z.array(targetNodeSchema);
    },
  })
  .meta({ id: 'PlanTargetNode' });

const countsSchema = z.object(
  Object.fromEntries(statuses.map((status) => [status, z.number().int()])) as Record<TargetStatus, z.ZodNumber>,
);

export const planTargetsResponse = z.object({
  planId: z.string(),
  unitId: z.string(),
  unitName: z.string().nullable(),
  asOf: z.string(),
  mapDate: z.string().nullable().describe('Ngày của bản đồ hành chính mà số liệu được tổng hợp lên'),
  counts: countsSchema,
  can: z.object({ override: z.boolean() }),
  targets: z.array(targetNodeSchema),
});

export const targetNodeResponse = z.object({ target: targetNodeSchema });

export function presentTargetNode(view: EvaluatedTargetView): TargetNodeOutput {
  const { target, evaluation, indicator } = view;
  return {
    id: target.id,
    text: target.text,
    subject: target.subject,
    op: target.op,
    value: target.value,
    value2: target.value2,
    unit: target.unit,
    unitNoun: target.unitNoun,
    year: evaluation.method.targetYear,
    status: evaluation.status,
    statusLabel: STATUS_LABELS[evaluation.status].vi,
    explanation: evaluation.explanation,
    explanationEn: evaluation.explanationEn ?? null,
    latest: evaluation.latest ? { value: evaluation.latest.value, period: String(evaluation.latest.year) } : null,
    forecast: evaluation.forecast
      ? {
          value: evaluation.forecast.value,
          year: evaluation.forecast.year,
          ratio: evaluation.forecast.ratio,
          low: evaluation.forecast.low,
          high: evaluation.forecast.high,
        }
      : null,
    indicatorId: indicator?.id ?? null,
    indicatorName: indicator?.name.vi ?? null,
    indicatorUnit: indicator?.unit ?? null,
    series: view.series,
    method: { ...evaluation.method },
    override: evaluation.override
      ? {
          status: evaluation.override.status,
          reason: evaluation.override.reason,
          by: evaluation.override.by ?? null,
          at: evaluation.override.at ?? null,
          computedStatus: evaluation.override.computedStatus,
        }
      : null,
    children: view.children.map(presentTargetNode),
  };
}

export function presentPlanTargets(view: PlanTargetsView): z.infer<typeof planTargetsResponse> {
  return {
    planId: view.plan.id,
    unitId: view.plan.adminUnitId,
    unitName: view.unit?.name ?? null,
    asOf: view.asOf,
    mapDate: view.mapDate,
    counts: view.counts,
    can: { override: view.canOverride },
    targets: view.targets.map(presentTargetNode),
  };
}
