import { z } from 'zod';
import { calendarIdSchema, idText } from './schemas.ts';

export const valueHistoryQuery = z.object({
  dataElementId: idText('mã chỉ số dữ liệu (dataElementId)'),
  unitId: idText('mã đơn vị hành chính (unitId)'),
  period: idText('kỳ báo cáo (period)', 20),
  disaggregation: z.string({ error: 'Phân tổ (disaggregation) phải là chuỗi.' }).max(200).optional(),
  calendarId: calendarIdSchema,
});

export const valueHistoryResponse = z.object({
  items: z.array(
    z.object({
      at: z.string(),
      actorName: z.string(),
      action: z.string().describe('update (nhập, sửa, xóa) hoặc import (nhập từ tệp, DHIS2)'),
      before: z.number().nullable(),
      after: z.number().nullable().describe('null: đã xóa'),
    }),
  ),
});
