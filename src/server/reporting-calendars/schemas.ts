// Shapes of the reporting calendars API.
import { z } from 'zod';
import { errorSchema } from '../error-schema.ts';
import { nameSchema } from '../schemas/text.ts';

export { errorSchema };

const day = z.object({
  yearOffset: z.union([z.literal(-1), z.literal(0), z.literal(1)], {
    error: 'yearOffset phải là -1 (năm trước), 0 hoặc 1 (năm sau).',
  }),
  month: z.number({ error: 'Tháng (month) phải là số.' }).int({ error: 'Tháng (month) phải là số nguyên.' }),
  day: z.number({ error: 'Ngày (day) phải là số.' }).int({ error: 'Ngày (day) phải là số nguyên.' }),
});
const windowRule = z.object({ from: day, until: day });
const windows = z.record(z.string(), windowRule);

export const windowsSchema = z.object({
  year: windows,
  'half-year': windows,
  quarter: windows,
  month: windows,
  cumulative: windows,
});

export const createCalendarBody = z
  .object({
    provinceId: z.string({ error: 'Cần tỉnh, thành phố (provinceId).' }).min(1).max(100),
    name: nameSchema('Tên lịch báo cáo (name)', 200),
    basis: nameSchema('Căn cứ (basis)', 500),
    firstDay: z
      .number({ error: 'Ngày chốt số liệu (firstDay) phải là số.' })
      .int({ error: 'Ngày chốt số liệu (firstDay) phải là số nguyên.' })
      .min(1, { error: 'Ngày bắt đầu kỳ (firstDay) từ 1 đến 28.' })
      .max(28, { error: 'Ngày bắt đầu kỳ (firstDay) từ 1 đến 28: tháng nào cũng phải có ngày đó.' })
      .optional()
      .describe('Ngày bắt đầu kỳ hằng tháng (15: từ ngày 15 tháng trước, như Nghị định 09/2019); hoặc gửi windows'),
    windows: windowsSchema.optional().describe('Các cửa sổ ngày của từng loại kỳ, khi không dùng firstDay'),
  })
  .refine((body) => (body.firstDay === undefined) !== (body.windows === undefined), {
    error: 'Gửi đúng một trong hai: ngày bắt đầu kỳ (firstDay) hoặc các cửa sổ kỳ (windows).',
    path: ['firstDay'],
  });

export const calendarSchema = z.object({
  id: z.string(),
  name: z.string(),
  basis: z.string(),
  provinceId: z.string().nullable().describe('null: lịch dùng chung (năm dương lịch, Nghị định 09/2019)'),
  windows: windowsSchema,
});

export const calendarListResponse = z.object({ items: z.array(calendarSchema) });
export const calendarResponse = z.object({ calendar: calendarSchema });
