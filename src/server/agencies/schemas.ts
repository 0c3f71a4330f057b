import { z } from 'zod';
import { agencyTypes } from '../../domain/agencies/types.ts';
import type { AgencyMatch } from '../../domain/agencies/resolve-agency.ts';
import type { AgencyRecord } from './repository.ts';
import type { AgencyDetailRecord } from './service.ts';
import { errorSchema } from '../error-schema.ts';
import { isoDateSchema } from '../schemas/date.ts';
import { refineName } from '../schemas/text.ts';
import { pageQueryFields } from '../list-page.ts';
export { errorSchema };

const typeList = agencyTypes.join(', ');
export const agencyTypeSchema = z.enum(agencyTypes, { error: `Loại cơ quan (type) phải là một trong: ${typeList}.` });

// The shared date rule (range 1900–2200, real calendar day); re-exported for old imports.
export { isoDateSchema };

export const unitIdSchema = z
  .string({ error: 'Mã đơn vị hành chính (adminUnitId) phải là chuỗi.' })
  .trim()
  .min(1, { error: 'Cần mã đơn vị hành chính (adminUnitId).' })
  .max(200, { error: 'Mã đơn vị hành chính (adminUnitId) quá dài.' });

export const agencyIdParams = z.object({
  id: z.string().min(1, { error: 'Cần mã cơ quan.' }).max(300, { error: 'Mã cơ quan quá dài.' }),
});

const nameSchema = refineName(
  z
    .string({
      error: (issue) =>
        issue.input === undefined ? 'Cần nhập tên cơ quan (name).' : 'Tên cơ quan (name) phải là chuỗi.',
    })
    .max(300, { error: 'Tên cơ quan (name) dài quá 300 ký tự.' })
    .refine((value) => value.trim().length > 0, { error: 'Tên cơ quan (name) không được để trống.' }),
  'Tên cơ quan (name)',
);
const shortNameSchema = refineName(
  z
    .string({ error: 'Tên viết tắt (shortName) phải là chuỗi.' })
    .max(120, { error: 'Tên viết tắt (shortName) dài quá 120 ký tự.' }),
  'Tên viết tắt (shortName)',
  { allowBlank: true },
).nullable();
const aliasesSchema = z
  .array(
    refineName(
      z
        .string({ error: 'Mỗi tên gọi khác (aliases) phải là chuỗi.' })
        .max(300, { error: 'Tên gọi khác dài quá 300 ký tự.' }),
      'Tên gọi khác (aliases)',
      { allowBlank: true },
    ),
    {
      error: 'Tên gọi khác (aliases) phải là danh sách chuỗi.',
    },
  )
  .max(50, { error: 'Tối đa 50 tên gọi khác (aliases).' });

export const createAgencyBody = z.strictObject(
  {
    key: z
      .string({ error: 'Mã rút gọn (key) phải là chuỗi.' })
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
        error: 'Mã rút gọn (key) chỉ gồm chữ thường không dấu, số và dấu gạch ngang.',
      })
      .max(80, { error: 'Mã rút gọn (key) quá dài.' })
      .optional(),
    name: nameSchema,
    shortName: shortNameSchema.optional(),
    type: agencyTypeSchema,
    adminUnitId: unitIdSchema,
    validFrom: isoDateSchema('Ngày bắt đầu hiệu lực (validFrom)').nullable().optional(),
    validTo: isoDateSchema('Ngày hết hiệu lực (validTo)').nullable().optional(),
    aliases: aliasesSchema.optional(),
  },
  { error: 'Có trường không được hỗ trợ trong nội dung yêu cầu.' },
);

export const updateAgencyBody = z.strictObject(
  {
    name: nameSchema.optional(),
    shortName: shortNameSchema.optional(),
    type: agencyTypeSchema.optional(),
    adminUnitId: unitIdSchema.optional(),
    validFrom: isoDateSchema('Ngày bắt đầu hiệu lực (validFrom)').nullable().optional(),
    validTo: isoDateSchema('Ngày hết hiệu lực (validTo)').nullable().optional(),
    aliases: aliasesSchema.optional(),
  },
  { error: 'Có trường không được hỗ trợ trong nội dung yêu cầu.' },
);

export const listAgenciesQuery = z.object({
  q: z.string().max(200, { error: 'Từ khóa tìm kiếm (q) quá dài.' }).optional(),
  adminUnitId: unitIdSchema.optional(),
  type: agencyTypeSchema.optional(),
  /** current: not dissolved today; dissolved: ended before today; all (the default): both. */
  status: z
    .enum(['current', 'dissolved', 'all'], {
      error: 'Trạng thái (status) phải là current (đang hoạt động), dissolved (đã giải thể) hoặc all (tất cả).',
    })
    .default('all'),
  ...pageQueryFields(50, 500),
});

export const resolveAgencyQuery = z.object({
  text: z
    .string({ error: 'Cần đoạn văn bản (text) ghi tên cơ quan.' })
    .max(500, { error: 'Đoạn văn bản (text) dài quá 500 ký tự.' })
    .refine((value) => value.trim().length > 0, { error: 'Cần đoạn văn bản (text) ghi tên cơ quan.' }),
  adminUnitId: unitIdSchema.optional(),
  date: isoDateSchema('Ngày (date)').optional(),
  current: z.enum(['true', 'false'], { error: 'Tham số current phải là true hoặc false.' }).optional(),
});

export const agencySummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  type: z.enum(agencyTypes),
  adminUnit: z.object({ id: z.string(), name: z.string(), level: z.enum(['province', 'district', 'commune']) }),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
});

const linkSchema = z.object({ agency: agencySummarySchema, note: z.string() });

export const agencyDetailSchema = agencySummarySchema.extend({
  aliases: z.array(z.string()),
  predecessors: z.array(linkSchema),
  successors: z.array(linkSchema),
});

const matchSchema = z.object({ agency: agencySummarySchema, confidence: z.number(), successors: z.array(linkSchema) });

export const resolveResponseSchema = z.object({
  best: matchSchema.nullable(),
  alternatives: z.array(matchSchema),
  /** The text names a set of bodies ("UBND các xã, thị trấn"). */
  collective: z.boolean(),
});

type Summary = z.infer<typeof agencySummarySchema>;

export function presentSummary(
  record: Pick<AgencyRecord, 'id' | 'name' | 'shortName' | 'type' | 'adminUnit' | 'validFrom' | 'validTo'>,
): Summary {
  return {
    id: record.id,
    name: record.name,
    shortName: record.shortName,
    type: record.type,
    adminUnit: { id: record.adminUnit.id, name: record.adminUnit.name, level: record.adminUnit.level },
    validFrom: record.validFrom,
    validTo: record.validTo,
  };
}

export function presentDetail(detail: AgencyDetailRecord): z.infer<typeof agencyDetailSchema> {
  return {
    ...presentSummary(detail.agency),
    aliases: detail.agency.aliases,
    predecessors: detail.predecessors.map((link) => ({ agency: presentSummary(link.agency), note: link.note })),
    successors: detail.successors.map((link) => ({ agency: presentSummary(link.agency), note: link.note })),
  };
}

export function presentMatch(match: AgencyMatch): z.infer<typeof matchSchema> {
  return {
    agency: presentSummary(match.agency),
    confidence: match.confidence,
    successors: match.successors.map((link) => ({ agency: presentSummary(link.agency), note: link.note })),
  };
}
