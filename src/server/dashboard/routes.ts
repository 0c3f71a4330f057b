import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../access/policy.ts';
import { todayInVietnam } from '../admin-units/service.ts';
import type { AppContext } from '../context.ts';
import { errorSchema } from '../error-schema.ts';
import { summaryQuery, summarySchema } from './schemas.ts';
import { getDashboardSummary } from './service.ts';

export const dashboardRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/dashboard/summary',
    {
      schema: {
        tags: ['Tổng quan'],
        security: [{ session: [] }],
        summary: 'Số liệu tổng quan trong phạm vi dữ liệu của người dùng (đơn vị, cơ quan, kế hoạch, người dùng)',
        querystring: summaryQuery,
        response: { 200: summarySchema, 400: errorSchema, 401: errorSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const asOf = request.query.asOf ?? todayInVietnam(ctx.now());
      return getDashboardSummary(ctx, actor, asOf);
    },
  );
};
