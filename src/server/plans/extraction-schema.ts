// The PlanExtraction a reviewer sends back (PUT draft, confirm), as a zod schema. Limits
// keep one request from storing megabytes of junk; every message names the field.
import { z } from 'zod';
import type { PlanExtraction } from '../../domain/extraction/types.ts';
import { isoDateSchema, yearSchema } from '../schemas/date.ts';
import { refineName } from '../schemas/text.ts';
import { seedCatalogue } from '../../domain/indicators/catalogue/index.ts';

const catalogueIndicatorIds = new Set(seedCatalogue.indicators.map((indicator) => indicator.id));

const text = (field: string, max = 5000) =>
  z.string({ error: `${field} phải là chuỗi.` }).max(max, { error: `${field} dài quá ${max} ký tự.` });
const nullableText = (field: string, max = 2000) => text(field, max).nullable();
// Years and dates follow the shared rule: an integer column cannot take 2^53 and PostgreSQL's
// date type refuses year 0000.
const year = (field: string) => yearSchema(field).nullable();
const date = (field: string) => isoDateSchema(field).nullable();
const line = z
  .number({ error: 'Số dòng (line) phải là số.' })
  .int({ error: 'Số dòng (line) phải là số nguyên.' })
  .min(0)
  .max(1_000_000);
const confidence = z.number({ error: 'Độ tin cậy (confidence) phải là số.' }).min(0).max(1).default(1);
const finite = (field: string) =>
  z
    .number({ error: `${field} phải là số.` })
    .refine(Number.isFinite, { error: `${field} phải là số hữu hạn.` })
    .nullable();
const list = <T extends z.ZodType>(item: T, field: string, max: number) =>
  z.array(item, { error: `${field} phải là danh sách.` }).max(max, { error: `${field} có quá ${max} mục.` });

const frequency = z.enum(['yearly', 'half-yearly', 'quarterly', 'monthly'], {
  error: 'Tần suất (freq) phải là yearly, half-yearly, quarterly hoặc monthly.',
});

const documentSchema = z.object({
  kind: nullableText('Loại văn bản (kind)', 20),
  number: nullableText('Số hiệu (number)', 100),
  symbol: nullableText('Ký hiệu (symbol)', 100),
  issuer: nullableText('Cơ quan ban hành (issuer)', 500),
  issuerLevel: z
    .enum(['province', 'district', 'commune'], {
      error: 'Cấp ban hành (issuerLevel) phải là province, district hoặc commune.',
    })
    .nullable(),
  place: nullableText('Địa danh (place)', 200),
  date: date('Ngày ban hành (document.date)'),
  year: year('Năm ban hành (year)'),
  title: refineName(text('Trích yếu (title)', 2000), 'Trích yếu (title)', { allowBlank: true }).nullable(),
  signer: z
    .object({ name: text('Người ký (signer.name)', 200), title: nullableText('Chức vụ người ký (signer.title)', 200) })
    .nullable(),
  lines: z.record(z.string(), line).optional(),
});

const periodSchema = z.object({
  from: year('Năm bắt đầu (period.from)'),
  to: year('Năm kết thúc (period.to)'),
  horizons: list(yearSchema('Năm định hướng (horizons)'), 'Năm định hướng (horizons)', 10),
});

const referenceSchema = z.object({
  kind: nullableText('Loại văn bản dẫn chiếu (kind)', 20),
  number: text('Số hiệu văn bản dẫn chiếu (number)', 100),
  date: date('Ngày văn bản dẫn chiếu (references.date)'),
  issuer: nullableText('Cơ quan ban hành văn bản dẫn chiếu (issuer)', 500),
  role: z.enum(['basis', 'mention'], { error: 'Vai trò văn bản dẫn chiếu (role) phải là basis hoặc mention.' }),
  line,
  confidence,
});

const targetSchema = z.object({
  id: text('Mã chỉ tiêu (id)', 50),
  text: text('Nội dung chỉ tiêu (text)'),
  subject: text('Chủ thể đo (subject)', 2000),
  op: z.enum(['gte', 'gt', 'lte', 'lt', 'eq', 'range', 'approx', 'increase', 'decrease', 'maintain'], {
    error: 'Phép so sánh (op) phải là gte, gt, lte, lt, eq, range, approx, increase, decrease hoặc maintain.',
  }),
  value: finite('Giá trị (value)'),
  value2: finite('Giá trị trên (value2)'),
  unit: z
    .enum(['percent', 'per10k', 'count'], { error: 'Đơn vị (unit) phải là percent, per10k hoặc count.' })
    .nullable(),
  unitNoun: nullableText('Danh từ đơn vị (unitNoun)', 200),
  year: year('Năm đạt chỉ tiêu (year)'),
  parent: nullableText('Chỉ tiêu cha (parent)', 50),
  indicatorId: z
    .string({ error: 'Chỉ số (indicatorId) phải là chuỗi hoặc null.' })
    .max(100, { error: 'Mã chỉ số (indicatorId) quá dài.' })
    .refine((id) => catalogueIndicatorIds.has(id), {
      error: (issue) => `Chỉ số (indicatorId) "${String(issue.input)}" không có trong danh mục chỉ số.`,
    })
    .nullable()
    .optional(),
  line,
  confidence,
});

const dueSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('once'),
      by: text('Thời hạn (due.by)', 20),
      date: isoDateSchema('Ngày hạn (due.date)').optional(),
    }),
    z.object({
      kind: z.literal('recurring'),
      freq: frequency,
      month: z
        .number({ error: 'Tháng (due.month) phải là số.' })
        .int({ error: 'Tháng (due.month) phải là số nguyên.' })
        .min(1, { error: 'Tháng (due.month) phải từ 1 đến 12.' })
        .max(12, { error: 'Tháng (due.month) phải từ 1 đến 12.' })
        .nullable(),
    }),
    z.object({ kind: z.literal('ongoing') }),
  ],
  { error: 'Thời hạn (due.kind) phải là once, recurring hoặc ongoing.' },
);

const mentionSchema = z.object({
  text: text('Tên cơ quan (text)', 500),
  agencyId: nullableText('Mã cơ quan (agencyId)', 300),
  agencyName: nullableText('Tên cơ quan đã khớp (agencyName)', 500),
  confidence,
});

const taskSchema = z.object({
  id: text('Mã nhiệm vụ (id)', 50),
  text: text('Nội dung nhiệm vụ (text)', 10000),
  lead: list(text('Cơ quan chủ trì (lead)', 500), 'Cơ quan chủ trì (lead)', 50),
  support: list(text('Cơ quan phối hợp (support)', 500), 'Cơ quan phối hợp (support)', 100),
  deliverable: nullableText('Sản phẩm (deliverable)', 1000),
  due: dueSchema.nullable(),
  dueText: nullableText('Thời hạn như văn bản ghi (dueText)', 500).default(null),
  line,
  confidence,
  leadAgencies: list(mentionSchema, 'Cơ quan chủ trì đã khớp (leadAgencies)', 50).optional(),
  supportAgencies: list(mentionSchema, 'Cơ quan phối hợp đã khớp (supportAgencies)', 100).optional(),
});

const reportingSchema = z.object({
  freq: z.enum(['yearly', 'half-yearly', 'quarterly', 'monthly', 'adhoc'], {
    error: 'Tần suất báo cáo (freq) phải là yearly, half-yearly, quarterly, monthly hoặc adhoc.',
  }),
  due: nullableText('Hạn báo cáo (due)', 5),
  to: nullableText('Nơi nhận báo cáo (to)', 500),
  via: nullableText('Báo cáo qua (via)', 500),
  text: text('Nội dung chế độ báo cáo (text)').default(''),
  line,
  confidence,
});

const warningSchema = z.object({
  code: text('Mã cảnh báo', 100),
  message: text('Cảnh báo', 2000),
  line: line.nullable(),
});

export const planExtractionSchema = z.object(
  {
    document: documentSchema,
    period: periodSchema,
    references: list(referenceSchema, 'Văn bản dẫn chiếu (references)', 500),
    targets: list(targetSchema, 'Chỉ tiêu (targets)', 2000),
    tasks: list(taskSchema, 'Nhiệm vụ (tasks)', 2000),
    reporting: list(reportingSchema, 'Chế độ báo cáo (reporting)', 200),
    warnings: list(warningSchema, 'Cảnh báo (warnings)', 500).default([]),
  },
  { error: 'Kết quả trích xuất (extraction) phải là đối tượng.' },
);

// The schema and the domain type must describe the same object.
type Parsed = z.infer<typeof planExtractionSchema>;
export const toPlanExtraction = (parsed: Parsed): PlanExtraction => parsed;

/**
 * A stored extraction as answered (a draft's `extraction`): passed through as stored, never
 * re-validated (the extractor may add review aids the UI reads, and the input limits above must
 * not turn an old draft into a 500). OpenAPI describes it with the input schema's output shape, so
 * the web's generated types (src/web/api/generated) know every field. The target is the one of
 * the document @fastify/swagger makes (OpenAPI 3.0).
 */
export const planExtractionOutputSchema = z
  .custom<PlanExtraction>(() => true)
  .meta({
    ...z.toJSONSchema(planExtractionSchema, { target: 'openapi-3.0', io: 'output' }),
    description: 'PlanExtraction (xem ../shared/contracts/plan-extract.md)',
  });
