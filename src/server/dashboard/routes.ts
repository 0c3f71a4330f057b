import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../access/policy.ts';
import { todayInVietnam } from '../admin-units/service.ts';
import type { AppContext } from '../context.ts';
import { errorSchema } from '../error-schema.ts';
import { getDashboardOverview } from './overview-service.ts';
import { overviewSchema, presentOverview, summaryQuery, summarySchema } from './schemas.ts';
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

  app.get(
    '/dashboard/overview',
    {
      schema: {
        tags: ['Tổng quan'],
        security: [{ session: [] }],
        summary:
          'Tổng quan kế hoạch trong phạm vi: kế hoạch đang thực hiện, chỉ tiêu theo trạng thái, chỉ tiêu cần chú ý, đơn vị thiếu số liệu',
        querystring: summaryQuery,
        response: { 200: overviewSchema, 400: errorSchema, 401: errorSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const asOf = request.query.asOf ?? todayInVietnam(ctx.now());
      return presentOverview(await getDashboardOverview(ctx, actor, asOf));
    },
  );
};
