import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { requireActor } from '../access/policy.ts';
import type { AppContext } from '../context.ts';
import {
  boardResponse,
  commentBody,
  commentResponse,
  errorSchema,
  myTasksQuery,
  myTasksResponse,
  overdueQuery,
  overdueResponse,
  planIdParams,
  presentBoard,
  presentComment,
  serialiseMyTasksPage,
  presentOverdue,
  progressBody,
  progressResponse,
  subtaskBody,
  subtaskParams,
  subtaskResponse,
  taskIdParams,
} from './schemas.ts';
import { getTaskBoard, listMyTasks, listOverdue } from './service.ts';
import { addComment, addSubtask, recordProgress } from './write-service.ts';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const tags = ['Nhiệm vụ'];
const readSecurity = [{ session: [] }];
const writeSecurity = [{ session: [], csrf: [] }];

export const taskRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/my-tasks',
    {
      schema: {
        tags,
        security: readSecurity,
        summary: 'Việc của tôi: nhiệm vụ giao cho cơ quan (hoặc xã, phường) của người dùng trên mọi kế hoạch',
        querystring: myTasksQuery,
        response: { 200: myTasksResponse, ...errors },
      },
    },
    async (request, reply) => {
      const view = await listMyTasks(ctx, requireActor(request));
      // The page is checked against the response schema once, when first asked, and the JSON
      // reused while the view is (decision 0027): the hot path serialises nothing.
      const json = serialiseMyTasksPage(view, request.query);
      // The string is that response already encoded: sent as it is, past the schema serialiser.
      return reply
        .type('application/json; charset=utf-8')
        .serializer((payload: unknown) => payload as string)
        .send(json as unknown as z.infer<typeof myTasksResponse>);
    },
  );

  app.get(
    '/plans/:id/tasks',
    {
      schema: {
        tags,
        security: readSecurity,
        summary: 'Bảng theo dõi nhiệm vụ của kế hoạch: cơ quan được giao, kỳ hạn, trạng thái, góp ý',
        params: planIdParams,
        response: { 200: boardResponse, ...errors },
      },
    },
    async (request) => presentBoard(await getTaskBoard(ctx, requireActor(request), request.params.id)),
  );

  app.get(
    '/tasks/overdue',
    {
      schema: {
        tags,
        security: readSecurity,
        summary: 'Danh sách nhiệm vụ quá hạn theo cơ quan trong kỳ, với hai tỷ lệ quá hạn',
        querystring: overdueQuery,
        response: { 200: overdueResponse, ...errors },
      },
    },
    async (request) => presentOverdue(await listOverdue(ctx, requireActor(request), request.query.period)),
  );

  app.post(
    '/tasks/:id/progress',
    {
      schema: {
        tags,
        security: writeSecurity,
        summary: 'Cơ quan chủ trì cập nhật tiến độ một kỳ: phần trăm, ghi chú, văn bản minh chứng, hoàn thành',
        params: taskIdParams,
        body: progressBody,
        response: { 200: progressResponse, ...errors },
      },
    },
    async (request) => recordProgress(ctx, requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/tasks/:id/comments',
    {
      schema: {
        tags,
        security: writeSecurity,
        summary: 'Cơ quan chủ trì hoặc phối hợp góp ý về nhiệm vụ',
        params: taskIdParams,
        body: commentBody,
        response: { 201: commentResponse, ...errors },
      },
    },
    async (request, reply) => {
      const comment = await addComment(ctx, requireActor(request), request.params.id, request.body);
      return reply.code(201).send({ comment: presentComment(comment) });
    },
  );

  app.post(
    '/plans/:id/tasks/:taskId/subtasks',
    {
      schema: {
        tags,
        security: writeSecurity,
        summary: 'Chia nhiệm vụ thành nhiệm vụ con; nhiệm vụ cha hoàn thành khi mọi nhiệm vụ con hoàn thành',
        params: subtaskParams,
        body: subtaskBody,
        response: { 201: subtaskResponse, ...errors },
      },
    },
    async (request, reply) => {
      const { id, taskId } = request.params;
      return reply.code(201).send(await addSubtask(ctx, requireActor(request), id, taskId, request.body));
    },
  );
};
