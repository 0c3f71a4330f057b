import { z } from 'zod';
import { isoDateSchema } from '../schemas/date.ts';

export const idText = (field: string, max = 200) =>
  z
    .string({ error: `${field} phải là chuỗi.` })
    .trim()
    .min(1, { error: `Cần ${field}.` })
    .max(max, { error: `${field} quá dài.` });

/** A built-in calendar ('year', 'decree-09') or a province's own; the service checks it exists. */
export const calendarIdSchema = z
  .string({ error: 'Lịch báo cáo (calendarId) phải là chuỗi.' })
  .trim()
  .min(1, { error: 'Cần lịch báo cáo (calendarId).' })
  .max(100, { error: 'Lịch báo cáo (calendarId) quá dài.' })
  .optional();
const periodSchema = (field: string) => idText(field, 20);

export const valueCellSchema = z.object({
  dataElementId: idText('mã chỉ số dữ liệu (dataElementId)'),
  unitId: idText('mã đơn vị hành chính (unitId)'),
  period: periodSchema('kỳ báo cáo (period)'),
  disaggregation: z.string({ error: 'Phân tổ (disaggregation) phải là chuỗi.' }).max(200).optional(),
  value: z
    .number({ error: 'Số liệu (value) phải là một số, hoặc null để xóa.' })
    .finite({ error: 'Số liệu (value) phải là một số hữu hạn.' })
    .nullable(),
  confirm: z.boolean({ error: 'confirm phải là true hoặc false.' }).optional(),
});

export const saveValuesBody = z.object({
  calendarId: calendarIdSchema,
  values: z
    .array(valueCellSchema, { error: 'values phải là danh sách các ô số liệu.' })
    .min(1, { error: 'Cần ít nhất một ô số liệu (values).' })
    .max(1000, { error: 'Mỗi lần lưu tối đa 1.000 ô số liệu (values).' }),
});

export const saveValuesResponse = z.object({ saved: z.number().int(), deleted: z.number().int() });

export const listValuesQuery = z.object({
  dataElementId: idText('mã chỉ số dữ liệu (dataElementId)'),
  unitId: idText('mã đơn vị hành chính (unitId)'),
  from: periodSchema('kỳ đầu (from)').optional(),
  to: periodSchema('kỳ cuối (to)').optional(),
  calendarId: calendarIdSchema,
});

export const valueSchema = z.object({
  dataElementId: z.string(),
  unitId: z.string(),
  period: z.string(),
  calendarId: z.string(),
  disaggregation: z.string(),
  value: z.number(),
  source: z.enum(['entered', 'imported', 'computed']),
  enteredBy: z.string().nullable(),
  /** Who entered it, by name: null when no user did or the user no longer exists. */
  enteredByName: z.string().nullable(),
  enteredAt: z.string(),
});

export const listValuesResponse = z.object({ items: z.array(valueSchema) });

export const rollupQuery = z.object({
  indicatorId: idText('mã chỉ tiêu (indicatorId)'),
  unitId: idText('mã đơn vị hành chính (unitId)'),
  period: periodSchema('kỳ báo cáo (period)'),
  asOf: isoDateSchema('Ngày bản đồ hành chính (asOf)').optional(),
  disaggregation: z.string({ error: 'Phân tổ (disaggregation) phải là chuỗi.' }).max(200).optional(),
  calendarId: calendarIdSchema,
});

const rollupFigures = {
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  coverage: z.object({ reported: z.number().int(), expected: z.number().int() }),
  byUnit: z.array(
    z.object({
      unitId: z.string(),
      name: z.string(),
      value: z.number().nullable(),
      numerator: z.number().nullable(),
      denominator: z.number().nullable(),
      reported: z.boolean(),
      apportioned: z.boolean(),
    }),
  ),
};

export const rollupResponse = z.object({
  indicatorId: z.string(),
  unitId: z.string(),
  period: z.string(),
  asOf: z.string(),
  disaggregation: z.string(),
  ...rollupFigures,
});

export const rollupSeriesQuery = z.object({
  indicatorId: idText('mã chỉ tiêu (indicatorId)'),
  unitId: idText('mã đơn vị hành chính (unitId)'),
  from: periodSchema('kỳ đầu (from)'),
  to: periodSchema('kỳ cuối (to)'),
  asOf: isoDateSchema('Ngày bản đồ hành chính (asOf)').optional(),
  disaggregation: z.string({ error: 'Phân tổ (disaggregation) phải là chuỗi.' }).max(200).optional(),
  calendarId: calendarIdSchema,
});

export const rollupSeriesResponse = z.object({
  indicatorId: z.string(),
  unitId: z.string(),
  asOf: z.string(),
  disaggregation: z.string(),
  items: z.array(z.object({ period: z.string(), ...rollupFigures })),
});
