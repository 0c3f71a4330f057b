// Schemas of value import and export (decision 0024). The DHIS2 routes keep DHIS2's names:
// dataElement, orgUnit, period, categoryOptionCombo, value (a string), storedBy, created,
// lastUpdated; a list parameter may be repeated (orgUnit=a&orgUnit=b) or comma-separated.
import { z } from 'zod';
import { isoDateSchema } from '../schemas/date.ts';
import { calendarIdSchema } from '../values/schemas.ts';

const listParam = (field: string) =>
  z.union(
    [
      z.string().max(4_000, { error: `${field} quá dài.` }),
      z.array(z.string().max(200)).max(500, { error: `${field}: tối đa 500 giá trị.` }),
    ],
    { error: `${field} phải là chuỗi hoặc danh sách chuỗi.` },
  );

const flag = (field: string) =>
  z.enum(['true', 'false'], { error: `Tham số ${field} phải là true hoặc false.` }).optional();

export const dataValueSetQuery = z.object({
  orgUnit: listParam('Đơn vị (orgUnit)').describe('Mã đơn vị (id hoặc mã thống kê); bắt buộc'),
  dataElement: listParam('Chỉ số dữ liệu (dataElement)').optional(),
  period: listParam('Kỳ (period)').optional().describe('Kỳ theo ký hiệu DHIS2: 2024, 2024S1, 2024Q1, 202401'),
  startDate: isoDateSchema('Ngày đầu (startDate)').optional(),
  endDate: isoDateSchema('Ngày cuối (endDate)').optional(),
  children: flag('children').describe('true: gồm cả các đơn vị trực thuộc'),
  calendarId: calendarIdSchema,
});

export const dhis2DataValueSchema = z.object({
  dataElement: z.string(),
  period: z.string(),
  orgUnit: z.string(),
  categoryOptionCombo: z.string(),
  value: z.string(),
  storedBy: z.string().optional(),
  created: z.string().optional(),
  lastUpdated: z.string().optional(),
});

export const dataValueSetResponse = z.object({ dataValues: z.array(dhis2DataValueSchema) });

/** What arrives: rows are checked one by one in the service, so each problem names its row. */
export const dataValueSetBody = z.object({
  dataSet: z.string().max(200).optional(),
  period: z.string().max(20).optional().describe('Kỳ chung cho các dòng không ghi kỳ'),
  orgUnit: z.string().max(200).optional().describe('Đơn vị chung cho các dòng không ghi đơn vị'),
  completeDate: z.string().max(40).optional(),
  dataValues: z
    .array(z.record(z.string(), z.unknown()), { error: 'dataValues phải là danh sách các dòng số liệu.' })
    .min(1, { error: 'Cần ít nhất một dòng số liệu (dataValues).' }),
});

export const importQuery = z.object({
  dryRun: flag('dryRun').describe('true: chỉ kiểm tra, không lưu'),
  confirm: flag('confirm').describe('true: xác nhận các số liệu tăng, giảm bất thường'),
  calendarId: calendarIdSchema,
});

/** DHIS2's import summary, with our Vietnamese description. */
export const importSummarySchema = z.object({
  status: z.enum(['SUCCESS']),
  description: z.string(),
  dryRun: z.boolean(),
  importCount: z.object({
    imported: z.number().int(),
    updated: z.number().int(),
    ignored: z.number().int(),
    deleted: z.number().int(),
  }),
});

export const templateParams = z.object({ id: z.string().min(1).max(200) });

export const templateQuery = z.object({
  period: z
    .string({ error: 'Cần kỳ báo cáo (period).' })
    .trim()
    .min(1, { error: 'Cần kỳ báo cáo (period).' })
    .max(20, { error: 'Kỳ báo cáo (period) quá dài.' })
    .describe('Kỳ của mẫu: 2026, 2026H1, 2026Q1, 2026-03'),
  calendarId: calendarIdSchema,
});
