// Shapes of the consolidated report's endpoints: the download (format by query), the fields a
// planner edits before downloading, and the final version stored with the plan.
import { z } from 'zod';
import { errorSchema } from '../error-schema.ts';
import { planIdParams } from '../plans/schemas.ts';
import { isoDateSchema } from '../schemas/date.ts';
import type { FinalReportInfo } from './repository.ts';
import type { ReportFieldsView } from './service.ts';

export { errorSchema, planIdParams };

const periodSchema = z
  .string({ error: 'Cần chọn kỳ báo cáo (period), ví dụ 2024, 2024H1, 2024Q1, 2024-03.' })
  .trim()
  .min(1, 'Cần chọn kỳ báo cáo (period), ví dụ 2024, 2024H1, 2024Q1, 2024-03.')
  .max(20, 'Kỳ báo cáo (period) quá dài.');

export const reportPeriodQuery = z.object({ period: periodSchema });

export const reportDownloadQuery = z.object({
  period: periodSchema,
  format: z.enum(['docx', 'xlsx', 'pdf'], { error: 'Định dạng (format) phải là docx, xlsx hoặc pdf.' }).default('docx'),
});

const text = (field: string, max: number) =>
  z
    .string({ error: `${field} phải là chữ.` })
    .max(max, `${field} dài quá ${max} ký tự.`)
    .nullable();

export const reportFieldsBody = z.object({
  number: text('Số báo cáo (number)', 20),
  date: isoDateSchema('Ngày báo cáo (date)').nullable(),
  place: text('Địa danh (place)', 100),
  signerName: text('Người ký (signerName)', 100),
  signerTitle: text('Chức vụ người ký (signerTitle)', 100),
  recipients: z
    .array(z.string({ error: 'Mỗi nơi nhận phải là chữ.' }).max(300, 'Một nơi nhận dài quá 300 ký tự.'), {
      error: 'Nơi nhận (recipients) phải là danh sách.',
    })
    .max(40, 'Nhiều nhất 40 nơi nhận.')
    .nullable(),
  intro: text('Đoạn mở đầu (intro)', 5000),
});

const fieldsSchema = z.object({
  number: z.string().nullable(),
  date: z.string(),
  place: z.string(),
  signerName: z.string(),
  signerTitle: z.string(),
  recipients: z.array(z.string()),
  intro: z.string().nullable().describe('null: đoạn mở đầu tự sinh'),
});

const finalSchema = z.object({
  period: z.string(),
  fileName: z.string(),
  sha256: z.string(),
  sizeBytes: z.number(),
  finalisedAt: z.string(),
  finalisedByName: z.string().nullable(),
});

export const reportFieldsResponse = z.object({
  period: z.object({ id: z.string(), label: z.string(), from: z.string(), until: z.string() }),
  fields: fieldsSchema,
  defaults: fieldsSchema,
  edited: z.boolean(),
  final: finalSchema.nullable(),
  canEdit: z.boolean(),
});

export const finalReportResponse = z.object({ final: finalSchema });

export function presentFinal(final: FinalReportInfo): z.infer<typeof finalSchema> {
  return { ...final, finalisedAt: final.finalisedAt.toISOString() };
}

export function presentReportFields(view: ReportFieldsView): z.infer<typeof reportFieldsResponse> {
  return {
    period: {
      id: view.period.id,
      label: view.period.label,
      from: view.period.window.from,
      until: view.period.window.until,
    },
    fields: view.fields,
    defaults: view.defaults,
    edited: view.edited,
    final: view.final ? presentFinal(view.final) : null,
    canEdit: view.canEdit,
  };
}
