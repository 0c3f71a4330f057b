import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../access/policy.ts';
import type { AppContext } from '../context.ts';
import { contentDisposition } from '../plans/schemas.ts';
import {
  errorSchema,
  finalReportResponse,
  planIdParams,
  presentFinal,
  presentReportFields,
  reportDownloadQuery,
  reportFieldsBody,
  reportFieldsResponse,
  reportPeriodQuery,
} from './schemas.ts';
import {
  downloadFinalReport,
  downloadPlanReport,
  finalisePlanReport,
  getReportFields,
  updateReportFields,
} from './service.ts';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const tags = ['Kế hoạch'];
const readSecurity = [{ session: [] }];
const writeSecurity = [{ session: [], csrf: [] }];

export const planReportRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/plans/:id/report',
    {
      schema: {
        tags,
        security: readSecurity,
        summary: 'Tải báo cáo kết quả thực hiện kế hoạch trong kỳ (DOCX theo Nghị định 30/2020, phụ lục XLSX, PDF)',
        params: planIdParams,
        querystring: reportDownloadQuery,
        response: { 200: z.any().describe('Tệp báo cáo'), ...errors, 503: errorSchema },
      },
    },
    async (request, reply) => {
      const { period, format } = request.query;
      const file = await downloadPlanReport(ctx, requireActor(request), request.params.id, period, format);
      return reply
        .header('content-type', file.mediaType)
        .header('content-disposition', contentDisposition(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .send(file.content);
    },
  );

  app.get(
    '/plans/:id/report/fields',
    {
      schema: {
        tags,
        security: readSecurity,
        summary: 'Thông tin của báo cáo trong kỳ (số, ngày, nơi nhận, người ký, đoạn mở đầu) và bản chính thức đã lưu',
        params: planIdParams,
        querystring: reportPeriodQuery,
        response: { 200: reportFieldsResponse, ...errors },
      },
    },
    async (request) =>
      presentReportFields(await getReportFields(ctx, requireActor(request), request.params.id, request.query.period)),
  );

  app.put(
    '/plans/:id/report/fields',
    {
      schema: {
        tags,
        security: writeSecurity,
        summary: 'Sửa thông tin của báo cáo trước khi tải (null hoặc để trống: dùng giá trị mặc định; ghi nhật ký)',
        params: planIdParams,
        querystring: reportPeriodQuery,
        body: reportFieldsBody,
        response: { 200: reportFieldsResponse, ...errors },
      },
    },
    async (request) =>
      presentReportFields(
        await updateReportFields(ctx, requireActor(request), request.params.id, request.query.period, request.body),
      ),
  );

  app.post(
    '/plans/:id/report/final',
    {
      schema: {
        tags,
        security: writeSecurity,
        summary: 'Lưu bản báo cáo chính thức (DOCX) của kỳ cùng kế hoạch, thay bản trước nếu có (ghi nhật ký)',
        params: planIdParams,
        querystring: reportPeriodQuery,
        response: { 200: finalReportResponse, ...errors },
      },
    },
    async (request) => ({
      final: presentFinal(
        await finalisePlanReport(ctx, requireActor(request), request.params.id, request.query.period),
      ),
    }),
  );

  app.get(
    '/plans/:id/report/final',
    {
      schema: {
        tags,
        security: readSecurity,
        summary: 'Tải bản báo cáo chính thức đã lưu của kỳ',
        params: planIdParams,
        querystring: reportPeriodQuery,
        response: { 200: z.any().describe('Tệp DOCX đã lưu'), ...errors },
      },
    },
    async (request, reply) => {
      const file = await downloadFinalReport(ctx, requireActor(request), request.params.id, request.query.period);
      return reply
        .header('content-type', file.mediaType)
        .header('content-disposition', contentDisposition(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .send(Buffer.from(file.content));
    },
  );
};
