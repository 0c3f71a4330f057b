// Paging shared by every list endpoint: `limit`/`offset` in the query string and
// `{ items, total, limit, offset }` in the answer, so the UI pages on the server.
import { z } from 'zod';

/** Query-string fields for one page; the default and the ceiling differ per list. */
export function pageQueryFields(defaultLimit: number, maxLimit: number) {
  return {
    limit: z.coerce
      .number({ error: 'Số dòng (limit) phải là một số.' })
      .int({ error: 'Số dòng (limit) phải là số nguyên.' })
      .min(1, { error: `Số dòng (limit) phải từ 1 đến ${maxLimit}.` })
      .max(maxLimit, { error: `Số dòng (limit) phải từ 1 đến ${maxLimit}.` })
      .default(defaultLimit),
    offset: z.coerce
      .number({ error: 'Vị trí bắt đầu (offset) phải là một số.' })
      .int({ error: 'Vị trí bắt đầu (offset) phải là số nguyên.' })
      .min(0, { error: 'Vị trí bắt đầu (offset) không được âm.' })
      .max(1_000_000, { error: 'Vị trí bắt đầu (offset) quá lớn.' })
      .default(0),
  };
}

/** The answer's shape: this page's items, how many match in all, and the page asked for. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int().describe('Số bản ghi khớp điều kiện (mọi trang)'),
    limit: z.number().int(),
    offset: z.number().int(),
  });
}
