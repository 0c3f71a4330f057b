import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../access/policy.ts';
import type { AppContext } from '../context.ts';
import { listMyReports, listPlanReports, updateReportingDuty } from './plan-reports-service.ts';
import {
  dutyParams,
  dutyPatchBody,
  dutyResponse,
  errorSchema,
  myReportsResponse,
  openReportBody,
  planIdParams,
  planReportsQuery,
  planReportsResponse,
  presentDuty,
  presentMyReports,
  presentPlanReports,
  presentReport,
  reportIdParams,
  reportResponse,
  saveReportBody,
  stepBody,
} from './schemas.ts';
import { getUnitReport, openUnitReport, saveUnitReport, stepUnitReport } from './service.ts';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema };
const tags = ['Báo cáo định kỳ'];
const readSecurity = [{ session: [] }];
const writeSecurity = [{ session: [], csrf: [] }];

const steps = [
  ['submit', 'Đơn vị gửi báo cáo (khóa báo cáo; ghi nhật ký)'],
  ['return', 'Cơ quan tổng hợp trả lại báo cáo, kèm lý do (ghi nhật ký)'],
  ['accept', 'Cơ quan tổng hợp tiếp nhận báo cáo (ghi nhật ký)'],
] as const;

export const unitReportRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/plans/:id/reports',
    {
      schema: {
        tags,
        security: readSecurity,
        summary: 'Báo cáo định kỳ của kế hoạch: từng đơn vị báo cáo, trạng thái, số đơn vị đã gửi và đúng hạn',
        params: planIdParams,
        querystring: planReportsQuery,
        response: { 200: planReportsResponse, ...errors },
      },
    },
    async (request) =>
      presentPlanReports(await listPlanReports(ctx, requireActor(request), request.params.id, request.query)),
  );

  app.post(
    '/plans/:id/reports',
    {
      schema: {
        tags,
        security: writeSecurity,
        summary: 'Mở báo cáo của đơn vị cho một nhiệm vụ báo cáo và kỳ (tạo bản nháp nếu chưa có; ghi nhật ký)',
        params: planIdParams,
        body: openReportBody,
        response: { 200: reportResponse, 201: reportResponse, ...errors },
      },
    },
    async (request, reply) => {
      const { report, created } = await openUnitReport(ctx, requireActor(request), request.params.id, request.body);
      return reply.code(created ? 201 : 200).send({ report: presentReport(report) });
    },
  );

  app.patch(
    '/plans/:id/reporting-duties/:dutyId',
    {
      schema: {
        tags,
        security: writeSecurity,
        summary: 'Sửa nhiệm vụ báo cáo: cơ quan tổng hợp, các đơn vị báo cáo, hạn, nơi nhận (ghi nhật ký)',
        params: dutyParams,
        body: dutyPatchBody,
        response: { 200: dutyResponse, ...errors },
      },
    },
    async (request) => {
      const { id, dutyId } = request.params;
      return { duty: presentDuty(await updateReportingDuty(ctx, requireActor(request), id, dutyId, request.body)) };
    },
  );

  app.get(
    '/my-reports',
    {
      schema: {
        tags,
        security: readSecurity,
        summary: 'Báo cáo của tôi: các báo cáo cơ quan, đơn vị của người dùng phải gửi (kỳ này và kỳ trước)',
        response: { 200: myReportsResponse, ...errors },
      },
    },
    async (request) => presentMyReports(await listMyReports(ctx, requireActor(request))),
  );

  app.get(
    '/unit-reports/:id',
    {
      schema: {
        tags,
        security: readSecurity,
        summary: 'Một báo cáo của đơn vị: nội dung, nhiệm vụ, số liệu (chỉ đọc), trạng thái',
        params: reportIdParams,
        response: { 200: reportResponse, ...errors },
      },
    },
    async (request) => ({ report: presentReport(await getUnitReport(ctx, requireActor(request), request.params.id)) }),
  );

  app.put(
    '/unit-reports/:id',
    {
      schema: {
        tags,
        security: writeSecurity,
        summary: 'Đơn vị điền báo cáo (khi còn nháp hoặc bị trả lại; ghi nhật ký)',
        params: reportIdParams,
        body: saveReportBody,
        response: { 200: reportResponse, ...errors },
      },
    },
    async (request) => ({
      report: presentReport(await saveUnitReport(ctx, requireActor(request), request.params.id, request.body)),
    }),
  );

  for (const [step, summary] of steps) {
    app.post(
      `/unit-reports/:id/${step}`,
      {
        schema: {
          tags,
          security: writeSecurity,
          summary,
          params: reportIdParams,
          body: stepBody,
          response: { 200: reportResponse, ...errors },
        },
      },
      async (request) => ({
        report: presentReport(
          await stepUnitReport(ctx, requireActor(request), request.params.id, step, request.body ?? {}),
        ),
      }),
    );
  }
};
