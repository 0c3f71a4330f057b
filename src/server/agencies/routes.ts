import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../access/policy.ts';
import type { AppContext } from '../context.ts';
import { pageSchema } from '../list-page.ts';
import {
  agencyDetailSchema,
  agencyIdParams,
  agencySummarySchema,
  createAgencyBody,
  errorSchema,
  listAgenciesQuery,
  presentDetail,
  presentMatch,
  presentSummary,
  resolveAgencyQuery,
  resolveResponseSchema,
  updateAgencyBody,
} from './schemas.ts';
import { createAgency, getAgency, listAgencies, resolveAgencyText, updateAgency } from './service.ts';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema };
const tags = ['Cơ quan, đơn vị'];
const detailResponse = z.object({ agency: agencyDetailSchema });

export const agencyRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/agencies',
    {
      schema: {
        tags,
        summary: 'Danh sách, tìm kiếm cơ quan, đơn vị (không phân biệt dấu), theo trang, xếp theo tên',
        querystring: listAgenciesQuery,
        response: { 200: pageSchema(agencySummarySchema), ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { items, total } = await listAgencies(ctx, actor, request.query);
      return { items: items.map(presentSummary), total, limit: request.query.limit, offset: request.query.offset };
    },
  );

  app.get(
    '/agencies/resolve',
    {
      schema: {
        tags,
        summary: 'Nhận diện cơ quan từ cách viết trong kế hoạch ("Phòng LĐ-TB&XH", "UBND xã"...)',
        querystring: resolveAgencyQuery,
        response: { 200: resolveResponseSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { text, adminUnitId, date, current } = request.query;
      const result = await resolveAgencyText(ctx, actor, {
        text,
        adminUnitId,
        date,
        preferCurrent: current === 'true',
      });
      return {
        best: result.best ? presentMatch(result.best) : null,
        alternatives: result.alternatives.map(presentMatch),
        collective: result.collective,
      };
    },
  );

  app.get(
    '/agencies/:id',
    {
      schema: {
        tags,
        summary: 'Chi tiết cơ quan, đơn vị',
        params: agencyIdParams,
        response: { 200: detailResponse, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return { agency: presentDetail(await getAgency(ctx, actor, request.params.id)) };
    },
  );

  app.post(
    '/agencies',
    {
      schema: {
        tags,
        summary: 'Thêm cơ quan, đơn vị (quản trị viên, cán bộ kế hoạch)',
        body: createAgencyBody,
        response: { 201: detailResponse, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const detail = await createAgency(ctx, actor, request.body);
      return reply.code(201).send({ agency: presentDetail(detail) });
    },
  );

  app.patch(
    '/agencies/:id',
    {
      schema: {
        tags,
        summary:
          'Sửa cơ quan, đơn vị (quản trị viên, cán bộ kế hoạch; chuyển sang đơn vị hành chính khác: chỉ quản trị viên)',
        params: agencyIdParams,
        body: updateAgencyBody,
        response: { 200: detailResponse, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return { agency: presentDetail(await updateAgency(ctx, actor, request.params.id, request.body)) };
    },
  );
};
