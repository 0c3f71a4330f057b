import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../access/policy.ts';
import type { AppContext } from '../context.ts';
import {
  errorSchema,
  indicatorSchema,
  linkBody,
  linkSchema,
  presentIndicator,
  suggestionSchema,
  draftTargetParams,
  targetParams,
} from './schemas.ts';
import {
  linkTargetIndicator,
  listIndicators,
  suggestDraftTargetIndicators,
  suggestTargetIndicators,
} from './service.ts';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const readSecurity = [{ session: [] }];
const writeSecurity = [{ session: [], csrf: [] }];

export const indicatorRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/indicators',
    {
      schema: {
        tags: ['Chỉ số'],
        security: readSecurity,
        summary: 'Danh mục chỉ số: mã, tên, định nghĩa, đơn vị tính, chiều tốt',
        response: { 200: z.object({ items: z.array(indicatorSchema) }), 401: errorSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return { items: listIndicators(actor).map(presentIndicator) };
    },
  );

  app.get(
    '/plans/:id/targets/:targetId/indicator-suggestions',
    {
      schema: {
        tags: ['Kế hoạch'],
        security: readSecurity,
        summary: 'Gợi ý chỉ số cho một chỉ tiêu, xếp theo độ giống của chủ đề và đơn vị tính (người dùng xác nhận)',
        params: targetParams,
        response: { 200: z.object({ items: z.array(suggestionSchema) }), ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { id, targetId } = request.params;
      return { items: await suggestTargetIndicators(ctx, actor, id, targetId) };
    },
  );

  app.put(
    '/plans/:id/targets/:targetId/indicator',
    {
      schema: {
        tags: ['Kế hoạch'],
        security: writeSecurity,
        summary: 'Liên kết chỉ tiêu với một chỉ số của danh mục, hoặc bỏ liên kết (null); ghi nhật ký',
        params: targetParams,
        body: linkBody,
        response: { 200: z.object({ link: linkSchema }), ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { id, targetId } = request.params;
      return { link: await linkTargetIndicator(ctx, actor, id, targetId, request.body.indicatorId) };
    },
  );

  app.get(
    '/plan-drafts/:id/targets/:targetId/indicator-suggestions',
    {
      schema: {
        tags: ['Kế hoạch'],
        security: readSecurity,
        summary: 'Gợi ý chỉ số cho một chỉ tiêu của bản nháp (người rà soát chọn; lưu cùng bản nháp)',
        params: draftTargetParams,
        response: { 200: z.object({ items: z.array(suggestionSchema) }), ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { id, targetId } = request.params;
      return { items: await suggestDraftTargetIndicators(ctx, actor, id, targetId) };
    },
  );
};
