import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { adminLevels } from '../../domain/admin-units/types.ts';
import { isoDateSchema } from '../schemas/date.ts';
import { requireActor } from '../access/policy.ts';
import type { AppContext } from '../context.ts';
import { getAdminUnitDetail, listAdminUnits, type AdminUnitSummary } from './service.ts';
import { errorSchema } from '../error-schema.ts';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };

const asOfSchema = isoDateSchema('Ngày tra cứu (asOf)').optional();

const listQuery = z.object({
  asOf: asOfSchema,
  q: z.string().max(200, { error: 'q (từ khóa tìm) dài quá 200 ký tự.' }).optional(),
  level: z.enum(adminLevels, { error: 'level phải là province, district hoặc commune.' }).optional(),
  parentId: z
    .string()
    .min(1, { error: 'parentId không được để trống.' })
    .max(200, { error: 'parentId quá dài.' })
    .optional(),
  limit: z.coerce
    .number({ error: 'limit phải là một số nguyên.' })
    .int({ error: 'limit phải là một số nguyên.' })
    .min(1, { error: 'limit phải từ 1 đến 1000.' })
    .max(1000, { error: 'limit phải từ 1 đến 1000.' })
    .optional(),
});

const detailParams = z.object({
  id: z.string().min(1, { error: 'Cần mã đơn vị hành chính.' }).max(200, { error: 'Mã đơn vị hành chính quá dài.' }),
});
const detailQuery = z.object({ asOf: asOfSchema });

const unitSummarySchema = z.object({
  id: z.string(),
  code: z.string().nullable(),
  name: z.string(),
  fullName: z.string(),
  level: z.enum(adminLevels),
  parentId: z.string().nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  childCount: z.number().int(),
});
const unitLinkSchema = z.object({ unit: unitSummarySchema, kind: z.string() });

const listResponse = z.object({ items: z.array(unitSummarySchema) });
const detailResponse = z.object({
  unit: unitSummarySchema,
  ancestors: z.array(unitSummarySchema),
  children: z.array(unitSummarySchema),
  predecessors: z.array(unitLinkSchema),
  successors: z.array(unitLinkSchema),
  successorsAsOf: z.array(unitSummarySchema),
});

const present = (unit: AdminUnitSummary): z.infer<typeof unitSummarySchema> => ({
  id: unit.id,
  code: unit.code,
  name: unit.name,
  fullName: unit.fullName,
  level: unit.level,
  parentId: unit.parentId,
  validFrom: unit.validFrom,
  validTo: unit.validTo,
  childCount: unit.childCount,
});

export const adminUnitRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/admin-units',
    {
      schema: {
        tags: ['Đơn vị hành chính'],
        summary: 'Tìm và liệt kê đơn vị hành chính theo ngày (asOf), kể cả đơn vị cũ trước 01/07/2025',
        querystring: listQuery,
        response: { 200: listResponse, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const items = await listAdminUnits(ctx, actor, request.query);
      return { items: items.map(present) };
    },
  );

  app.get(
    '/admin-units/:id',
    {
      schema: {
        tags: ['Đơn vị hành chính'],
        summary: 'Chi tiết đơn vị hành chính: cấp trên, cấp dưới, đơn vị tiền thân và kế thừa theo ngày',
        params: detailParams,
        querystring: detailQuery,
        response: { 200: detailResponse, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const detail = await getAdminUnitDetail(ctx, actor, request.params.id, request.query.asOf);
      return {
        unit: present(detail.unit),
        ancestors: detail.ancestors.map(present),
        children: detail.children.map(present),
        predecessors: detail.predecessors.map((link) => ({ unit: present(link.unit), kind: link.kind })),
        successors: detail.successors.map((link) => ({ unit: present(link.unit), kind: link.kind })),
        successorsAsOf: detail.successorsAsOf.map(present),
      };
    },
  );
};
