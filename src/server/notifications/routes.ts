import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../access/policy.ts';
import { readSecurity, writeSecurity } from '../auth/session-hook.ts';
import type { AppContext } from '../context.ts';
import { errorSchema } from '../error-schema.ts';
import { markReadBody, notificationsResponse } from './schemas.ts';
import { listMyNotifications, markMyNotificationsRead } from './service.ts';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema };
const tags = ['Thông báo'];

export const notificationRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/notifications',
    {
      schema: {
        tags,
        security: readSecurity,
        summary: 'Thông báo của tôi (nhắc hạn nhiệm vụ, báo cáo; đơn vị chậm), mới nhất trước, kèm số chưa đọc',
        response: { 200: notificationsResponse, ...errors },
      },
    },
    async (request) => listMyNotifications(ctx, requireActor(request)),
  );

  app.post(
    '/notifications/read',
    {
      schema: {
        tags,
        security: writeSecurity,
        summary: 'Đánh dấu đã đọc một số thông báo của tôi ({"ids": [...]}) hoặc tất cả ({"all": true})',
        body: markReadBody,
        response: { 200: z.object({ unread: z.number().int() }), ...errors },
      },
    },
    async (request) => markMyNotificationsRead(ctx, requireActor(request), request.body),
  );
};
