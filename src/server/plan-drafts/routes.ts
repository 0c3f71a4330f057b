import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MAX_DOCUMENT_BYTES } from '../../document-text/read-document-text.ts';
import { requireActor } from '../access/policy.ts';
import type { AppContext } from '../context.ts';
import { pageQueryFields, pageSchema } from '../list-page.ts';
import { AppError, badRequest } from '../errors.ts';
import { errorSchema } from '../error-schema.ts';
import { planExtractionOutputSchema, planExtractionSchema } from '../plans/extraction-schema.ts';
import { planRefSchema, presentPlanRef, presentUnit, unitRefSchema } from '../plans/schemas.ts';
import {
  confirmDraft,
  createDraft,
  discardDraft,
  getDraft,
  listMyDrafts,
  tooLarge,
  updateDraft,
  type DraftWithDuplicate,
} from './service.ts';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const tags = ['Kế hoạch'];
const readSecurity = [{ session: [] }];
const writeSecurity = [{ session: [], csrf: [] }];

const draftIdParams = z.object({
  id: z.string().min(1, { error: 'Cần mã bản nháp.' }).max(100, { error: 'Mã bản nháp quá dài.' }),
});

const draftViewSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  sizeBytes: z.number(),
  sourceLines: z.array(z.string()),
  extraction: planExtractionOutputSchema,
  adminUnitId: z.string().nullable(),
  adminUnit: unitRefSchema.nullable(),
  duplicateOf: planRefSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int().describe('Phiên bản; gửi lại khi lưu để không ghi đè thay đổi của người khác'),
});

const draftSummarySchema = z.object({
  id: z.string(),
  fileName: z.string(),
  number: z.string().nullable(),
  title: z.string().nullable(),
  adminUnitId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const adminUnitIdInput = z
  .string({ error: 'Mã đơn vị hành chính (adminUnitId) phải là chuỗi hoặc null.' })
  .min(1)
  .max(200)
  .nullable();

const versionInput = z
  .number({ error: 'Cần phiên bản bản nháp (version) như khi mở, là một số nguyên.' })
  .int({ error: 'Phiên bản bản nháp (version) phải là số nguyên.' })
  .min(1, { error: 'Phiên bản bản nháp (version) phải từ 1.' })
  .max(2_147_483_647, { error: 'Phiên bản bản nháp (version) quá lớn.' });

const updateBody = z.strictObject(
  { extraction: planExtractionSchema, adminUnitId: adminUnitIdInput, version: versionInput },
  { error: 'Có trường không được hỗ trợ trong nội dung yêu cầu.' },
);

const confirmBody = z
  .strictObject(
    {
      extraction: planExtractionSchema.optional(),
      adminUnitId: adminUnitIdInput.optional(),
      allowDuplicate: z.boolean({ error: 'allowDuplicate phải là true hoặc false.' }).optional(),
      version: versionInput.optional(),
    },
    { error: 'Có trường không được hỗ trợ trong nội dung yêu cầu.' },
  )
  .optional();

async function presentDraft(
  ctx: AppContext,
  { draft, duplicateOf }: DraftWithDuplicate,
): Promise<z.infer<typeof draftViewSchema>> {
  const index = await ctx.adminUnits.get();
  return {
    id: draft.id,
    fileName: draft.fileName,
    sizeBytes: draft.sizeBytes,
    sourceLines: draft.sourceText.split('\n'),
    extraction: draft.extraction,
    adminUnitId: draft.adminUnitId,
    adminUnit: draft.adminUnitId ? presentUnit(index, draft.adminUnitId) : null,
    duplicateOf: duplicateOf ? presentPlanRef(duplicateOf) : null,
    createdAt: draft.createdAt.toISOString(),
    updatedAt: draft.updatedAt.toISOString(),
    version: draft.version,
  };
}

export const planDraftRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  // Only this scope parses multipart bodies; everything else stays JSON-only.
  await app.register(fastifyMultipart, {
    limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1, fields: 5, parts: 6, fieldSize: 1024 },
  });

  app.post(
    '/plan-drafts',
    {
      schema: {
        tags,
        security: writeSecurity,
        summary:
          'Tải lên văn bản kế hoạch (.txt, .md, .docx, .pdf; trường "file", tối đa 20 MB) và nhận bản nháp để rà soát',
        consumes: ['multipart/form-data'],
        response: {
          201: z.object({ draft: draftViewSchema, duplicateOf: planRefSchema.nullable() }),
          413: errorSchema,
          415: errorSchema,
          422: errorSchema,
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (!request.isMultipart()) {
        throw new AppError(
          415,
          'unsupported_media_type',
          'Hãy gửi tệp kế hoạch dạng multipart/form-data trong trường "file".',
          'file',
        );
      }
      let upload: { fileName: string; bytes: Uint8Array } | null = null;
      try {
        for await (const part of request.parts()) {
          if (part.type !== 'file') continue;
          if (part.fieldname !== 'file' || upload) {
            await part.toBuffer();
            throw badRequest(`Chỉ gửi một tệp trong trường "file" (nhận được trường "${part.fieldname}").`, 'file');
          }
          upload = { fileName: part.filename, bytes: new Uint8Array(await part.toBuffer()) };
        }
      } catch (error) {
        if (error instanceof AppError) throw error;
        const code = (error as { code?: string }).code;
        if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(MAX_DOCUMENT_BYTES + 1);
        if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT')
          throw badRequest('Chỉ gửi một tệp trong trường "file".', 'file');
        throw badRequest('Không đọc được nội dung tải lên (multipart/form-data hỏng).', 'file');
      }
      if (!upload) throw new AppError(400, 'missing_file', 'Chưa có tệp kế hoạch trong trường "file".', 'file');
      const created = await createDraft(ctx, actor, upload);
      const draft = await presentDraft(ctx, created);
      return reply.code(201).send({ draft, duplicateOf: draft.duplicateOf });
    },
  );

  app.get(
    '/plan-drafts',
    {
      schema: {
        tags,
        security: readSecurity,
        summary: 'Các bản nháp kế hoạch của tôi, sửa gần nhất trước, theo trang',
        querystring: z.object(pageQueryFields(50, 200)),
        response: { 200: pageSchema(draftSummarySchema), ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { limit, offset } = request.query;
      const { rows, total } = await listMyDrafts(ctx, actor, { limit, offset });
      return {
        items: rows.map((d) => ({ ...d, createdAt: d.createdAt.toISOString(), updatedAt: d.updatedAt.toISOString() })),
        total,
        limit,
        offset,
      };
    },
  );

  app.get(
    '/plan-drafts/:id',
    {
      schema: {
        tags,
        security: readSecurity,
        summary: 'Một bản nháp kế hoạch: văn bản gốc theo dòng và kết quả trích xuất',
        params: draftIdParams,
        response: { 200: z.object({ draft: draftViewSchema }), ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return { draft: await presentDraft(ctx, await getDraft(ctx, actor, request.params.id)) };
    },
  );

  app.put(
    '/plan-drafts/:id',
    {
      schema: {
        tags,
        security: writeSecurity,
        summary: 'Lưu chỉnh sửa bản nháp kế hoạch',
        params: draftIdParams,
        body: updateBody,
        response: { 200: z.object({ draft: draftViewSchema }), 409: errorSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { extraction, adminUnitId, version } = request.body;
      const updated = await updateDraft(ctx, actor, request.params.id, { extraction, adminUnitId, version });
      return { draft: await presentDraft(ctx, updated) };
    },
  );

  app.delete(
    '/plan-drafts/:id',
    {
      schema: {
        tags,
        security: writeSecurity,
        summary: 'Bỏ bản nháp kế hoạch',
        params: draftIdParams,
        response: { 204: z.null().describe('Đã bỏ'), ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await discardDraft(ctx, actor, request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/plan-drafts/:id/confirm',
    {
      schema: {
        tags,
        security: writeSecurity,
        summary: 'Xác nhận bản nháp thành kế hoạch (lập lịch nhiệm vụ, liên kết văn bản dẫn chiếu)',
        params: draftIdParams,
        body: confirmBody,
        response: { 201: z.object({ planId: z.string() }), 409: errorSchema, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const planId = await confirmDraft(ctx, actor, request.params.id, request.body ?? {});
      return reply.code(201).send({ planId });
    },
  );
};
