import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../access/policy.ts';
import type { AppContext } from '../context.ts';
import { pageSchema } from '../list-page.ts';
import {
  contentDisposition,
  errorSchema,
  listPlansQuery,
  planDetailSchema,
  planIdParams,
  planSummarySchema,
  presentDetail,
  presentSummary,
} from './schemas.ts';
import { deletePlan, getPlanDetail, getPlanFile, listPlans } from './service.ts';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const tags = ['Kế hoạch'];
const readSecurity = [{ session: [] }];
const writeSecurity = [{ session: [], csrf: [] }];

export const planRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/plans',
    {
      schema: {
        tags,
        security: readSecurity,
        summary:
          'Danh sách kế hoạch trong phạm vi của người dùng, mới nhất trước, theo trang (tìm theo số, trích yếu, cơ quan ban hành, địa danh)',
        querystring: listPlansQuery,
        response: { 200: pageSchema(planSummarySchema), ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { limit, offset } = request.query;
      const [page, index] = await Promise.all([listPlans(ctx, actor, request.query), ctx.adminUnits.get()]);
      return {
        items: page.items.map((plan) => presentSummary(index, plan, plan.counts)),
        total: page.total,
        limit,
        offset,
      };
    },
  );

  app.get(
    '/plans/:id',
    {
      schema: {
        tags,
        security: readSecurity,
        summary: 'Một kế hoạch: chỉ tiêu, nhiệm vụ, chế độ báo cáo, văn bản liên quan',
        params: planIdParams,
        response: { 200: z.object({ plan: planDetailSchema }), ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const [detail, index] = await Promise.all([getPlanDetail(ctx, actor, request.params.id), ctx.adminUnits.get()]);
      return { plan: presentDetail(index, detail) };
    },
  );

  app.get(
    '/plans/:id/file',
    {
      schema: {
        tags,
        security: readSecurity,
        summary: 'Tải tệp gốc của kế hoạch',
        params: planIdParams,
        response: { 200: z.any().describe('Nội dung tệp gốc'), ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { fileName, mediaType, content } = await getPlanFile(ctx, actor, request.params.id);
      return reply
        .header('content-type', mediaType)
        .header('content-disposition', contentDisposition(fileName))
        .header('x-content-type-options', 'nosniff')
        .send(Buffer.from(content));
    },
  );

  app.delete(
    '/plans/:id',
    {
      schema: {
        tags,
        security: writeSecurity,
        summary: 'Xoá kế hoạch (người lập kế hoạch, quản trị viên trong phạm vi; ghi nhật ký)',
        params: planIdParams,
        response: { 204: z.null().describe('Đã xoá'), ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await deletePlan(ctx, actor, request.params.id);
      return reply.code(204).send(null);
    },
  );
};
