import { z } from 'zod';
import { STATUS_LABELS } from '../../domain/targets/evaluation-rules.ts';
import type { TargetStatus } from '../../domain/targets/types.ts';
import { isoDateSchema } from '../schemas/date.ts';
import { presentTargetNode, statusSchema, targetNodeSchema } from '../targets/schemas.ts';
import type { DashboardOverview } from './overview-service.ts';

export const summaryQuery = z.object({
  /** The day the units and agencies are counted on; today (server time) when absent. */
  asOf: isoDateSchema('asOf').optional(),
});

export const summarySchema = z.object({
  asOf: z.string(),
  scopeUnit: z.object({ id: z.string(), name: z.string(), level: z.string() }).nullable(),
  unitsByLevel: z.array(z.object({ level: z.string(), count: z.number() })),
  agencies: z.object({
    current: z.number(),
    total: z.number(),
    byType: z.array(z.object({ type: z.string(), count: z.number() })),
  }),
  plans: z.number(),
  users: z.number().nullable(),
});

const statuses = Object.keys(STATUS_LABELS) as TargetStatus[];
const countsSchema = z.object(
  Object.fromEntries(statuses.map((status) => [status, z.number().int()])) as Record<TargetStatus, z.ZodNumber>,
);

export const overviewSchema = z.object({
  asOf: z.string(),
  plans: z.object({
    total: z.number().int().describe('Kế hoạch đang thực hiện (hoặc vừa kết thúc năm trước) trong phạm vi'),
    evaluated: z.array(
      z.object({
        id: z.string(),
        number: z.string().nullable(),
        title: z.string().nullable(),
        unitName: z.string().nullable(),
        periodFrom: z.number().int().nullable(),
        periodTo: z.number().int().nullable(),
        counts: countsSchema,
      }),
    ),
  }),
  counts: countsSchema.describe('Chỉ tiêu của các kế hoạch trên, theo trạng thái'),
  attention: z
    .array(
      z.object({
        planId: z.string(),
        planTitle: z.string().nullable(),
        planNumber: z.string().nullable(),
        status: statusSchema,
        target: targetNodeSchema,
      }),
    )
    .describe('Chỉ tiêu cần chú ý: không đạt, chậm tiến độ, có nguy cơ (nặng nhất trước)'),
  missingData: z.object({
    period: z.string().describe('Năm đã kết thúc gần nhất'),
    indicators: z.number().int(),
    expected: z.number().int().describe('Số xã, phường phải báo cáo'),
    complete: z.number().int().describe('Số xã, phường đã có đủ số liệu'),
    units: z.array(z.object({ unitId: z.string(), name: z.string(), missing: z.number().int() })),
    unitsMissing: z.number().int(),
  }),
});

export function presentOverview(overview: DashboardOverview): z.infer<typeof overviewSchema> {
  return {
    ...overview,
    attention: overview.attention.map((item) => ({
      planId: item.planId,
      planTitle: item.planTitle,
      planNumber: item.planNumber,
      status: item.view.evaluation.status,
      target: { ...presentTargetNode(item.view), children: [] },
    })),
  };
}
