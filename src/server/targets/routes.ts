import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../access/policy.ts';
import type { AppContext } from '../context.ts';
import {
  errorSchema,
  planIdParams,
  planTargetsQuery,
  planTargetsResponse,
  presentPlanTargets,
  presentTargetNode,
  statusOverrideBody,
  targetNodeResponse,
  targetParams,
} from './schemas.ts';
import { clearStatusOverride, listPlanTargets, setStatusOverride } from './service.ts';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const tags = ['Kế hoạch'];
const readSecurity = [{ session: [] }];
const writeSecurity = [{ session: [], csrf: [] }];

export const targetRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/plans/:id/targets',
    {
      schema: {
        tags,
        security: readSecurity,
        summary:
          'Các chỉ tiêu của kế hoạch: số liệu mới nhất, trạng thái, giải thích, dự báo (tính trực tiếp từ số liệu)',
        params: planIdParams,
        querystring: planTargetsQuery,
        response: { 200: planTargetsResponse, ...errors },
      },
    },
    async (request) =>
      presentPlanTargets(
        await listPlanTargets(ctx, requireActor(request), request.params.id, { asOf: request.query.asOf }),
      ),
  );

  app.put(
    '/plans/:id/targets/:targetId/status-override',
    {
      schema: {
        tags,
        security: writeSecurity,
        summary:
          'Người lập kế hoạch đặt trạng thái cho một chỉ tiêu, kèm lý do (ghi nhật ký; trạng thái tính vẫn được giữ)',
        params: targetParams,
        body: statusOverrideBody,
        response: { 200: targetNodeResponse, ...errors },
      },
    },
    async (request) => {
      const { id, targetId } = request.params;
      const view = await setStatusOverride(ctx, requireActor(request), id, targetId, request.body);
      return { target: presentTargetNode(view) };
    },
  );

  app.delete(
    '/plans/:id/targets/:targetId/status-override',
    {
      schema: {
        tags,
        security: writeSecurity,
        summary: 'Bỏ trạng thái do người lập kế hoạch đặt: trạng thái tính từ số liệu hiện lại (ghi nhật ký)',
        params: targetParams,
        response: { 200: targetNodeResponse, ...errors },
      },
    },
    async (request) => {
      const { id, targetId } = request.params;
      return { target: presentTargetNode(await clearStatusOverride(ctx, requireActor(request), id, targetId)) };
    },
  );
};
