// Response shapes of the plans API (documented in OpenAPI) and the presenters that fill them.
import { z } from 'zod';
import type { AdminUnitIndex } from '../../domain/admin-units/admin-unit-index.ts';
import { errorSchema } from '../error-schema.ts';
import { pageQueryFields } from '../list-page.ts';
import type { PlanCounts } from './repository.ts';
import type { PlanListRow, PlanRow } from './repository.ts';
import type { PlanDetailRecord } from './service.ts';
export { errorSchema };

export const planIdParams = z.object({
  id: z.string().min(1, { error: 'Cần mã kế hoạch.' }).max(100, { error: 'Mã kế hoạch quá dài.' }),
});

export const listPlansQuery = z.object({
  q: z.string().max(200, { error: 'Từ khóa tìm kiếm (q) quá dài.' }).optional(),
  ...pageQueryFields(50, 200),
  adminUnitId: z
    .string()
    .min(1, { error: 'Cần mã đơn vị hành chính (adminUnitId).' })
    .max(200, { error: 'Mã đơn vị hành chính (adminUnitId) quá dài.' })
    .optional(),
});

const level = z.enum(['province', 'district', 'commune']);
export const unitRefSchema = z.object({ id: z.string(), name: z.string(), level });
export const planRefSchema = z.object({
  id: z.string(),
  number: z.string().nullable(),
  title: z.string().nullable(),
  documentDate: z.string().nullable(),
});

export const planSummarySchema = z.object({
  id: z.string(),
  kind: z.string().nullable(),
  number: z.string().nullable(),
  title: z.string().nullable(),
  issuer: z.string().nullable(),
  documentDate: z.string().nullable(),
  year: z.number().nullable(),
  adminUnit: unitRefSchema,
  counts: z.object({ targets: z.number(), tasks: z.number(), reporting: z.number(), references: z.number() }),
  createdAt: z.string(),
});

const dueSchema = z.union([
  z.object({ kind: z.literal('once'), by: z.string() }),
  z.object({
    kind: z.literal('recurring'),
    freq: z.enum(['yearly', 'half-yearly', 'quarterly', 'monthly']),
    month: z.number().nullable(),
  }),
  z.object({ kind: z.literal('ongoing') }),
]);
const mentionSchema = z.object({
  text: z.string(),
  agencyId: z.string().nullable(),
  agencyName: z.string().nullable(),
});

export const planDetailSchema = z.object({
  id: z.string(),
  kind: z.string().nullable(),
  number: z.string().nullable(),
  symbol: z.string().nullable(),
  issuer: z.string().nullable(),
  issuerLevel: level.nullable(),
  place: z.string().nullable(),
  documentDate: z.string().nullable(),
  year: z.number().nullable(),
  title: z.string().nullable(),
  signer: z.object({ name: z.string(), title: z.string().nullable() }).nullable(),
  adminUnit: unitRefSchema,
  period: z.object({ from: z.number().nullable(), to: z.number().nullable(), horizons: z.array(z.number()) }),
  targets: z.array(
    z.object({
      id: z.string(),
      parentId: z.string().nullable(),
      position: z.number(),
      text: z.string(),
      subject: z.string(),
      op: z.enum(['gte', 'gt', 'lte', 'lt', 'eq', 'range', 'approx', 'increase', 'decrease', 'maintain']),
      value: z.number().nullable(),
      value2: z.number().nullable(),
      unit: z.enum(['percent', 'per10k', 'count']).nullable(),
      unitNoun: z.string().nullable(),
      year: z.number().nullable(),
      line: z.number().nullable(),
      indicatorId: z
        .string()
        .nullable()
        .describe('Chỉ số trong danh mục mà chỉ tiêu được liên kết (null: chưa liên kết)'),
    }),
  ),
  tasks: z.array(
    z.object({
      id: z.string(),
      position: z.number(),
      text: z.string(),
      deliverable: z.string().nullable(),
      due: dueSchema.nullable(),
      dueText: z.string().nullable(),
      line: z.number().nullable(),
      lead: z.array(mentionSchema),
      support: z.array(mentionSchema),
      deadlines: z.array(z.object({ dueDate: z.string(), label: z.string() })),
    }),
  ),
  reporting: z.array(
    z.object({
      id: z.string(),
      freq: z.enum(['yearly', 'half-yearly', 'quarterly', 'monthly', 'adhoc']),
      due: z.string().nullable(),
      to: z.string().nullable(),
      via: z.string().nullable(),
      text: z.string(),
      line: z.number().nullable(),
    }),
  ),
  references: z.array(
    z.object({
      id: z.string(),
      kind: z.string().nullable(),
      number: z.string(),
      date: z.string().nullable(),
      issuer: z.string().nullable(),
      role: z.enum(['basis', 'mention']),
      line: z.number().nullable(),
      referencedPlan: planRefSchema.nullable(),
    }),
  ),
  implements: z.array(planRefSchema),
  implementedBy: z.array(planRefSchema),
  file: z.object({ id: z.string(), fileName: z.string(), sizeBytes: z.number(), mediaType: z.string() }),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: z
    .object({ update: z.boolean(), delete: z.boolean() })
    .describe('Người đọc được làm gì với kế hoạch (theo chính sách kế hoạch)'),
});

export function presentUnit(index: AdminUnitIndex, unitId: string): z.infer<typeof unitRefSchema> {
  const unit = index.get(unitId);
  return unit ? { id: unit.id, name: unit.name, level: unit.level } : { id: unitId, name: unitId, level: 'commune' };
}

export function presentPlanRef(plan: PlanRow): z.infer<typeof planRefSchema> {
  return { id: plan.id, number: plan.number, title: plan.title, documentDate: plan.documentDate };
}

export function presentSummary(
  index: AdminUnitIndex,
  plan: Omit<PlanListRow, 'counts'>,
  counts: PlanCounts,
): z.infer<typeof planSummarySchema> {
  return {
    id: plan.id,
    kind: plan.kind,
    number: plan.number,
    title: plan.title,
    issuer: plan.issuer,
    documentDate: plan.documentDate,
    year: plan.year,
    adminUnit: presentUnit(index, plan.adminUnitId),
    counts,
    createdAt: plan.createdAt.toISOString(),
  };
}

export function presentDetail(index: AdminUnitIndex, detail: PlanDetailRecord): z.infer<typeof planDetailSchema> {
  const { plan } = detail;
  return {
    id: plan.id,
    kind: plan.kind,
    number: plan.number,
    symbol: plan.symbol,
    issuer: plan.issuer,
    issuerLevel: plan.issuerLevel,
    place: plan.place,
    documentDate: plan.documentDate,
    year: plan.year,
    title: plan.title,
    signer: plan.signerName ? { name: plan.signerName, title: plan.signerTitle } : null,
    adminUnit: presentUnit(index, plan.adminUnitId),
    period: { from: plan.periodFrom, to: plan.periodTo, horizons: plan.horizons },
    targets: detail.targets,
    tasks: detail.tasks,
    reporting: detail.reporting,
    references: detail.references.map((reference) => ({
      id: reference.id,
      kind: reference.kind,
      number: reference.number,
      date: reference.date,
      issuer: reference.issuer,
      role: reference.role,
      line: reference.line,
      referencedPlan: reference.referencedPlan ? presentPlanRef(reference.referencedPlan) : null,
    })),
    implements: detail.implements.map(presentPlanRef),
    implementedBy: detail.implementedBy.map(presentPlanRef),
    file: {
      id: detail.file.id,
      fileName: detail.file.fileName,
      sizeBytes: detail.file.sizeBytes,
      mediaType: detail.file.mediaType,
    },
    can: detail.can,
    createdAt: plan.createdAt.toISOString(),
    updatedAt: plan.updatedAt.toISOString(),
  };
}

/** RFC 6266 / 5987: an ASCII fallback name plus the exact UTF-8 name. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
