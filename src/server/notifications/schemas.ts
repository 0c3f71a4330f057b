import { z } from 'zod';

export const notificationSchema = z.object({
  id: z.string(),
  kind: z.string().describe('due-in-7, due-in-3, due-in-1, overdue, escalation'),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
  emailStatus: z.enum(['none', 'pending', 'sent', 'failed']),
});

export const notificationsResponse = z.object({
  items: z.array(notificationSchema),
  unread: z.number().int(),
});

export const markReadBody = z.union(
  [
    z.object({
      ids: z
        .array(z.string().max(100), { error: 'ids phải là danh sách mã thông báo.' })
        .min(1, { error: 'Cần ít nhất một mã thông báo (ids).' })
        .max(500, { error: 'Mỗi lần tối đa 500 thông báo.' }),
    }),
    z.object({ all: z.literal(true, { error: 'all phải là true.' }) }),
  ],
  { error: 'Gửi {"ids": [...]} hoặc {"all": true}.' },
);
