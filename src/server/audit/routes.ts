import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../access/policy.ts';
import type { AppContext } from '../context.ts';
import { listAudit } from './service.ts';
import { errorSchema } from '../error-schema.ts';

/** OpenAPI: this route needs the session cookie. */
const readSecurity = [{ session: [] }];

const auditQuery = z.object({
  entity: z
    .string()
    .trim()
    .min(1, { error: 'Loại đối tượng không được để trống.' })
    .max(100, { error: 'Loại đối tượng quá dài.' })
    .optional(),
  entityId: z
    .string()
    .trim()
    .min(1, { error: 'Mã đối tượng không được để trống.' })
    .max(200, { error: 'Mã đối tượng quá dài.' })
    .optional(),
  limit: z.coerce
    .number({ error: 'Số dòng (limit) phải là một số.' })
    .int({ error: 'Số dòng (limit) phải là số nguyên.' })
    .min(1, { error: 'Số dòng (limit) phải từ 1 đến 200.' })
    .max(200, { error: 'Số dòng (limit) phải từ 1 đến 200.' })
    .default(50),
  before: z.coerce
    .number({ error: 'Mốc phân trang (before) phải là một số.' })
    .int({ error: 'Mốc phân trang (before) phải là số nguyên.' })
    .min(1, { error: 'Mốc phân trang (before) phải là số dương.' })
    .max(Number.MAX_SAFE_INTEGER, { error: 'Mốc phân trang (before) quá lớn.' })
    .optional(),
});

const auditItem = z.object({
  id: z.number(),
  at: z.string(),
  actorName: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  subjectLabel: z.string().nullable(),
});

export const auditRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/audit',
    {
      schema: {
        tags: ['Nhật ký'],
        security: readSecurity,
        summary: 'Nhật ký thay đổi, mới nhất trước (quản trị viên)',
        querystring: auditQuery,
        response: {
          200: z.object({ items: z.array(auditItem), nextBefore: z.number().nullable() }),
          400: errorSchema,
          401: errorSchema,
          403: errorSchema,
        },
      },
    },
    async (request) => {
      const { rows, hasMore } = await listAudit(ctx, requireActor(request), request.query);
      const last = rows.at(-1);
      return {
        items: rows.map((row) => ({ ...row, at: row.at.toISOString() })),
        nextBefore: hasMore && last ? last.id : null,
      };
    },
  );
};
