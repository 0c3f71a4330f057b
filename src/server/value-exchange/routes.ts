import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { formatValuesCsv, readValuesCsv } from '../../domain/values/values-csv.ts';
import { MAX_SPREADSHEET_BYTES } from '../../spreadsheets/spreadsheet-limits.ts';
import { requireActor } from '../access/policy.ts';
import { readSecurity, writeSecurity } from '../auth/session-hook.ts';
import type { AppContext } from '../context.ts';
import { errorSchema } from '../error-schema.ts';
import { AppError, badRequest } from '../errors.ts';
import { contentDisposition } from '../plans/schemas.ts';
import { exportDataValues, importDataValues, jsonRowLabels } from './data-value-sets.ts';
import { buildPlanTemplate, importPlanTemplate } from './plan-template.ts';
import {
  dataValueSetBody,
  dataValueSetQuery,
  dataValueSetResponse,
  importQuery,
  importSummarySchema,
  templateParams,
  templateQuery,
} from './schemas.ts';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 413: errorSchema };
const tags = ['Số liệu'];
/** A dataValueSets body or CSV of MAX_IMPORT_VALUES rows is ~6 MB; a little room beyond. */
const importBodyLimit = 8 * 1024 * 1024;
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const csvHint = 'gửi lại với confirm=true nếu số liệu đúng';

export const valueExchangeRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  // Only this scope reads CSV bodies and multipart uploads; the rest of the API stays JSON-only.
  app.addContentTypeParser(
    ['text/csv', 'text/plain'],
    { parseAs: 'string', bodyLimit: importBodyLimit },
    (_, body, done) => done(null, body),
  );
  await app.register(fastifyMultipart, {
    limits: { fileSize: MAX_SPREADSHEET_BYTES, files: 1, fields: 4, parts: 5, fieldSize: 100 },
  });

  app.get(
    '/data-value-sets',
    {
      schema: {
        tags,
        security: readSecurity,
        summary: 'Xuất số liệu theo chuẩn DHIS2 dataValueSets (JSON): theo đơn vị, chỉ số dữ liệu, kỳ',
        querystring: dataValueSetQuery,
        response: { 200: dataValueSetResponse, ...errors },
      },
    },
    async (request) => {
      const rows = await exportDataValues(ctx, requireActor(request), request.query);
      return { dataValues: rows.map(({ dataElementName: _, orgUnitName: __, ...row }) => row) };
    },
  );

  app.get(
    '/data-value-sets.csv',
    {
      schema: {
        tags,
        security: readSecurity,
        summary: 'Xuất số liệu dạng CSV (các cột của DHIS2, kèm tên chỉ số và tên đơn vị; UTF-8 có BOM)',
        querystring: dataValueSetQuery,
        produces: ['text/csv'],
        response: { 200: z.string(), ...errors },
      },
    },
    async (request, reply) => {
      const rows = await exportDataValues(ctx, requireActor(request), request.query);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', contentDisposition('so-lieu.csv'))
        .send(formatValuesCsv(rows));
    },
  );

  app.post(
    '/data-value-sets',
    {
      bodyLimit: importBodyLimit,
      schema: {
        tags,
        security: writeSecurity,
        summary:
          'Nhập số liệu theo chuẩn DHIS2 dataValueSets (JSON): tất cả các dòng hoặc không dòng nào, lỗi ghi theo từng dòng',
        querystring: importQuery,
        body: dataValueSetBody,
        response: { 200: importSummarySchema, ...errors },
      },
    },
    async (request) => {
      const { dryRun, confirm, calendarId } = request.query;
      return importDataValues(ctx, requireActor(request), request.body.dataValues, {
        ...jsonRowLabels,
        calendarId,
        dryRun: dryRun === 'true',
        confirm: confirm === 'true',
        confirmHint: csvHint,
        defaults: { period: request.body.period, orgUnit: request.body.orgUnit },
      });
    },
  );

  app.post(
    '/data-value-sets.csv',
    {
      bodyLimit: importBodyLimit,
      schema: {
        tags,
        security: writeSecurity,
        summary:
          'Nhập số liệu từ tệp CSV (các cột của DHIS2): tất cả các dòng hoặc không dòng nào, lỗi ghi theo dòng của tệp',
        querystring: importQuery,
        consumes: ['text/csv'],
        response: { 200: importSummarySchema, 415: errorSchema, ...errors },
      },
    },
    async (request) => {
      if (typeof request.body !== 'string')
        throw new AppError(415, 'unsupported_media_type', 'Hãy gửi nội dung tệp CSV với Content-Type: text/csv.');
      const read = readValuesCsv(request.body);
      if (!read.ok) throw badRequest(read.message, 'file');
      if (read.rows.length === 0) throw badRequest('Tệp CSV không có dòng số liệu nào dưới dòng tiêu đề.', 'file');
      const { dryRun, confirm, calendarId } = request.query;
      return importDataValues(ctx, requireActor(request), read.rows, {
        labelOf: (position) => `Dòng ${read.lines[position]}`,
        fieldOf: (position, field) => `line.${read.lines[position]}.${field}`,
        calendarId,
        dryRun: dryRun === 'true',
        confirm: confirm === 'true',
        confirmHint: csvHint,
      });
    },
  );

  app.get(
    '/plans/:id/value-template',
    {
      schema: {
        tags,
        security: readSecurity,
        summary:
          'Tải mẫu Excel nhập số liệu của kế hoạch cho một kỳ: mỗi xã một dòng, mỗi chỉ số dữ liệu một cột, có sẵn số đã nhập',
        params: templateParams,
        querystring: templateQuery,
        produces: [xlsxType],
        response: { 200: z.any(), ...errors },
      },
    },
    async (request, reply) => {
      const file = await buildPlanTemplate(ctx, requireActor(request), request.params.id, request.query);
      return reply
        .header('content-type', xlsxType)
        .header('content-disposition', contentDisposition(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .send(file.bytes);
    },
  );

  app.post(
    '/plans/:id/value-template',
    {
      schema: {
        tags,
        security: writeSecurity,
        summary:
          'Tải lên mẫu Excel đã điền (trường "file"; trường "confirm"=true để xác nhận số bất thường, "dryRun"=true để chỉ kiểm tra): tất cả hoặc không ô nào',
        params: templateParams,
        consumes: ['multipart/form-data'],
        response: {
          200: importSummarySchema.extend({ period: z.string() }),
          415: errorSchema,
          422: errorSchema,
          503: errorSchema,
          ...errors,
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!request.isMultipart())
        throw new AppError(
          415,
          'unsupported_media_type',
          'Hãy gửi tệp mẫu dạng multipart/form-data trong trường "file".',
          'file',
        );
      let bytes: Uint8Array | null = null;
      const fields = new Map<string, string>();
      try {
        for await (const part of request.parts()) {
          if (part.type === 'field') {
            fields.set(part.fieldname, String(part.value));
            continue;
          }
          if (part.fieldname !== 'file' || bytes) {
            await part.toBuffer();
            throw badRequest(`Chỉ gửi một tệp trong trường "file" (nhận được trường "${part.fieldname}").`, 'file');
          }
          bytes = new Uint8Array(await part.toBuffer());
        }
      } catch (error) {
        if (error instanceof AppError) throw error;
        const code = (error as { code?: string }).code;
        if (code === 'FST_REQ_FILE_TOO_LARGE')
          throw new AppError(
            413,
            'spreadsheet_too_large',
            `Tệp lớn hơn ${MAX_SPREADSHEET_BYTES / 1024 / 1024} MB; mẫu nhập số liệu của một kế hoạch nhỏ hơn nhiều.`,
            'file',
          );
        throw badRequest('Không đọc được nội dung tải lên (multipart/form-data hỏng hoặc quá nhiều trường).', 'file');
      }
      if (!bytes) throw new AppError(400, 'missing_file', 'Chưa có tệp mẫu trong trường "file".', 'file');
      return importPlanTemplate(ctx, actor, request.params.id, bytes, {
        dryRun: fields.get('dryRun') === 'true',
        confirm: fields.get('confirm') === 'true',
      });
    },
  );
};
