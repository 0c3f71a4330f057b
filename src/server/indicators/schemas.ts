// Shapes of the indicators API: the catalogue, suggestions for a plan target, and the link.
import { z } from 'zod';
import type { Indicator } from '../../domain/indicators/types.ts';
import { errorSchema } from '../error-schema.ts';
import { planIdParams } from '../plans/schemas.ts';
export { errorSchema };

export const indicatorSchema = z.object({
  id: z.string().describe('Mã ổn định của chỉ số trong danh mục'),
  code: z.string().nullable().describe('Mã trong hệ thống chỉ tiêu thống kê quốc gia, nếu đã xác nhận'),
  name: z.string(),
  definition: z.string(),
  unit: z.string().describe('%, per10k (trên vạn dân), người, trường ...'),
  polarity: z.enum(['higher', 'lower']).describe('higher: càng cao càng tốt; lower: càng thấp càng tốt'),
});

export function presentIndicator(indicator: Indicator): z.infer<typeof indicatorSchema> {
  return {
    id: indicator.id,
    code: indicator.code,
    name: indicator.name.vi,
    definition: indicator.definition,
    unit: indicator.unit,
    polarity: indicator.polarity,
  };
}

export const targetParams = planIdParams.extend({
  targetId: z
    .string()
    .min(1, { error: 'Cần mã chỉ tiêu (targetId).' })
    .max(100, { error: 'Mã chỉ tiêu (targetId) quá dài.' }),
});

export const draftTargetParams = z.object({
  id: z.string().min(1, { error: 'Cần mã bản nháp.' }).max(100, { error: 'Mã bản nháp quá dài.' }),
  targetId: z
    .string()
    .min(1, { error: 'Cần mã chỉ tiêu (targetId).' })
    .max(100, { error: 'Mã chỉ tiêu (targetId) quá dài.' }),
});

export const suggestionSchema = z.object({
  indicatorId: z.string(),
  name: z.string(),
  score: z.number().describe('0..1: độ giống của chủ đề (0,85) và đơn vị tính (0,15)'),
  reasons: z.array(z.string()).describe('Lý do gợi ý, bằng tiếng Việt'),
});

export const linkBody = z.object({
  indicatorId: z
    .string({ error: 'Cần mã chỉ số (indicatorId) hoặc null để bỏ liên kết.' })
    .min(1, { error: 'Cần mã chỉ số (indicatorId) hoặc null để bỏ liên kết.' })
    .max(200, { error: 'Mã chỉ số (indicatorId) quá dài.' })
    .nullable(),
});

export const linkSchema = z.object({ targetId: z.string(), indicatorId: z.string().nullable() });
