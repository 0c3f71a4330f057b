import { cleanFileName } from '../schemas/text.ts';
import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import { MAX_DOCUMENT_BYTES } from '../../document-text/document-limits.ts';
import { readPlanInWorker } from '../../document-text/read-plan-in-worker.ts';
import { resolvePlanAgencies } from '../../domain/extraction/resolve-plan-agencies.ts';
import type { PlanExtraction } from '../../domain/extraction/types.ts';
import { findPlanAdminUnit } from '../../domain/plans/find-plan-admin-unit.ts';
import { validatePlanExtraction } from '../../domain/plans/validate-plan-extraction.ts';
import { authorize, requireReferenced } from '../access/policy.ts';
import { adminUnitPolicy } from '../admin-units/policy.ts';
import { agencyPolicy } from '../agencies/policy.ts';
import { findAgencyRefs } from '../agencies/repository.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Principal } from '../auth/actor.ts';
import type { AppContext } from '../context.ts';
import { AppError, badRequest, notFound } from '../errors.ts';
import { deleteFileIfUnused, findFileBySha, insertFile } from '../plans/file-repository.ts';
import { uniquePlanNumberIndex, type Executor, type PlanRow } from '../plans/repository.ts';
import { buildPlanWrite, findDuplicatePlan, storePlan } from '../plans/service.ts';
import { buildAgencyContext } from './agency-context.ts';
import { draftPolicy } from './policy.ts';
import {
  deleteDraftRow,
  findDraft,
  insertDraft,
  listDraftsOf,
  updateDraftRow,
  type DraftRow,
  type DraftSummaryRow,
} from './repository.ts';

export const draftNotFound = () => notFound('bản nháp kế hoạch');

const mediaTypes: Record<string, string> = {
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.pdf': 'application/pdf',
};

export interface DraftWithDuplicate {
  draft: DraftRow;
  duplicateOf: PlanRow | null;
}

/** The date agencies are resolved as of: the plan's date, or the middle of its year, or today. */
function planDate(ctx: AppContext, extraction: PlanExtraction): string {
  const { date, year } = extraction.document;
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  if (year !== null && year >= 1900 && year <= 2200) return `${year}-06-30`;
  return ctx.now().toISOString().slice(0, 10);
}

/** Names resolve only to agencies the actor may see, so no foreign catalogue name enters a draft. */
async function resolveAgencies(
  ctx: AppContext,
  actor: Principal,
  extraction: PlanExtraction,
  adminUnitId: string | null,
  force: boolean,
): Promise<PlanExtraction> {
  const context = adminUnitId
    ? await buildAgencyContext(ctx, actor.scope, adminUnitId, planDate(ctx, extraction))
    : null;
  return resolvePlanAgencies(extraction, context, force);
}

async function duplicateFor(
  ctx: AppContext,
  actor: Principal,
  draft: Pick<DraftRow, 'extraction' | 'adminUnitId' | 'fileId'>,
): Promise<PlanRow | null> {
  return findDuplicatePlan(ctx.db, actor.scope, {
    extraction: draft.extraction,
    adminUnitId: draft.adminUnitId,
    fileId: draft.fileId,
  });
}

/** How many agency names of the plan resolve to an agency. */
const resolvedCount = (extraction: PlanExtraction) =>
  extraction.tasks.reduce(
    (sum, task) =>
      sum + [...(task.leadAgencies ?? []), ...(task.supportAgencies ?? [])].filter((m) => m.agencyId !== null).length,
    0,
  );

/**
 * The plan's unit and its agencies. Only units the uploader may place a plan in count: a
 * plan of another area gets no unit (the reviewer picks one), so nothing of that area
 * enters the draft. When several units share the issuer's name and the text does not say
 * which, the unit whose agencies the plan names most wins (a "Xã Thanh Thủy" plan naming
 * "Trường PTDTBT Thanh Thủy").
 */
async function chooseUnit(
  ctx: AppContext,
  actor: Principal,
  extracted: PlanExtraction,
  text: string,
): Promise<{ adminUnitId: string | null; extraction: PlanExtraction }> {
  const index = await ctx.adminUnits.get();
  const match = findPlanAdminUnit(extracted.document, index, text);
  const candidates = (match?.tied ?? []).filter((unit) => adminUnitPolicy.canPlaceIn(actor, unit)).slice(0, 8);
  if (candidates.length === 0)
    return { adminUnitId: null, extraction: await resolveAgencies(ctx, actor, extracted, null, true) };
  let best: { adminUnitId: string; extraction: PlanExtraction; resolved: number } | null = null;
  for (const unit of candidates) {
    const extraction = await resolveAgencies(ctx, actor, extracted, unit.id, true);
    const resolved = resolvedCount(extraction);
    if (!best || resolved > best.resolved) best = { adminUnitId: unit.id, extraction, resolved };
    if (candidates.length === 1) break;
  }
  return { adminUnitId: best!.adminUnitId, extraction: best!.extraction };
}

export interface UploadedFile {
  fileName: string;
  bytes: Uint8Array;
}

/**
 * Reads an uploaded document, extracts the plan, finds its unit and agencies, and stores the
 * file and the draft together. Nothing is stored when the file cannot be read or holds no plan.
 */
export async function createDraft(
  ctx: AppContext,
  actor: Principal,
  upload: UploadedFile,
): Promise<DraftWithDuplicate> {
  authorize(actor, draftPolicy.canCreate);
  // PostgreSQL text cannot hold NUL; control characters have no place in a file name.
  const fileName = cleanFileName(upload.fileName, 'tai-lieu.txt');
  if (upload.bytes.byteLength > MAX_DOCUMENT_BYTES) throw tooLarge(upload.bytes.byteLength);
  // Off the request thread, within the document limits (src/document-text/document-limits.ts).
  const { text, extraction: extracted } = await readPlanInWorker(upload.bytes, fileName);
  const { adminUnitId, extraction } = await chooseUnit(ctx, actor, extracted, text);
  const sha256 = createHash('sha256').update(upload.bytes).digest('hex');
  const id = randomUUID();
  const at = ctx.now();
  const mediaType = mediaTypes[path.extname(fileName).toLowerCase()] ?? 'application/octet-stream';
  await ctx.db.transaction().execute(async (trx) => {
    // The same bytes uploaded twice share one stored file; the name stays with the upload.
    const existing = await findFileBySha(trx, sha256);
    const fileId = existing?.id ?? randomUUID();
    if (!existing)
      await insertFile(trx, { id: fileId, sha256, sizeBytes: upload.bytes.byteLength, content: upload.bytes });
    await insertDraft(trx, {
      id,
      fileId,
      fileName,
      mediaType,
      sourceText: text,
      extraction,
      adminUnitId,
      createdBy: actor.userId,
      at,
    });
    await recordAudit(trx, {
      actor,
      action: 'create',
      entity: 'plan_draft',
      entityId: id,
      after: { fileName, sha256, number: extraction.document.number, adminUnitId },
    });
  });
  const draft = await findDraft(ctx.db, id);
  if (!draft) throw new Error('draft vanished after its own transaction');
  return { draft, duplicateOf: await duplicateFor(ctx, actor, draft) };
}

export function tooLarge(size: number): AppError {
  const megabytes = (size / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
  return new AppError(
    413,
    'file_too_large',
    `Tệp quá lớn (${megabytes} MB); giới hạn là ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.`,
    'file',
  );
}

export async function listMyDrafts(
  ctx: AppContext,
  actor: Principal,
  page: { limit: number; offset: number },
): Promise<{ rows: DraftSummaryRow[]; total: number }> {
  authorize(actor, draftPolicy.canList);
  return listDraftsOf(ctx.db, actor.userId, page);
}

export async function getDraft(ctx: AppContext, actor: Principal, id: string): Promise<DraftWithDuplicate> {
  const draft = await findDraft(ctx.db, id);
  authorize(actor, draftPolicy.canRead, draft, draftNotFound);
  return { draft, duplicateOf: await duplicateFor(ctx, actor, draft) };
}

/**
 * Rejects a reviewed extraction that does not hold together, naming the first problem. The
 * unit and every agency id it names must be in the actor's scope; a foreign one gets the
 * same answer as a missing one.
 */
async function checkEdits(
  ctx: AppContext,
  actor: Principal,
  extraction: PlanExtraction,
  adminUnitId: string | null,
  required: boolean,
): Promise<void> {
  const problems = validatePlanExtraction(extraction);
  const first = problems[0];
  if (first) {
    const more = problems.length > 1 ? ` (và ${problems.length - 1} lỗi khác)` : '';
    throw badRequest(`${first.message}${more}`, first.field);
  }
  if (adminUnitId === null) {
    if (required) throw badRequest('Cần chọn đơn vị hành chính ban hành kế hoạch (adminUnitId).', 'adminUnitId');
  } else {
    const index = await ctx.adminUnits.get();
    requireReferenced(actor, adminUnitPolicy.canPlaceIn, index.get(adminUnitId), () =>
      badRequest(
        `Không tìm thấy đơn vị hành chính "${adminUnitId}" (adminUnitId) trong phạm vi của bạn.`,
        'adminUnitId',
      ),
    );
  }
  const mentioned = extraction.tasks.flatMap((task, i) =>
    (['leadAgencies', 'supportAgencies'] as const).flatMap((key) =>
      (task[key] ?? []).flatMap((mention, j) =>
        mention.agencyId ? [{ id: mention.agencyId, field: `extraction.tasks.${i}.${key}.${j}.agencyId` }] : [],
      ),
    ),
  );
  const agencies = await findAgencyRefs(ctx.db, [...new Set(mentioned.map((m) => m.id))]);
  for (const mention of mentioned) {
    requireReferenced(actor, agencyPolicy.canRead, agencies.get(mention.id), () =>
      badRequest(`Không có cơ quan với mã "${mention.id}" (agencyId).`, mention.field),
    );
  }
}

export interface DraftEdits {
  extraction: PlanExtraction;
  adminUnitId: string | null;
  /** The version the edits were made on (from the draft as loaded). */
  version: number;
}

export function staleDraft(current: number | null): AppError {
  const now = current === null ? '' : ` (hiện là phiên bản ${current})`;
  return new AppError(
    409,
    'stale_draft',
    `Bản nháp đã được lưu từ một cửa sổ hoặc phiên khác sau khi bạn mở${now}. Hãy tải lại trang để xem bản mới nhất rồi sửa lại; thay đổi của bạn chưa được lưu.`,
    'version',
  );
}

async function currentVersion(db: Executor, id: string): Promise<number | null> {
  return (await findDraft(db, id))?.version ?? null;
}

export async function updateDraft(
  ctx: AppContext,
  actor: Principal,
  id: string,
  edits: DraftEdits,
): Promise<DraftWithDuplicate> {
  const before = await findDraft(ctx.db, id);
  authorize(actor, draftPolicy.canUpdate, before, draftNotFound);
  if (before.version !== edits.version) throw staleDraft(before.version);
  await checkEdits(ctx, actor, edits.extraction, edits.adminUnitId, false);
  // A different unit means different agencies: resolve every name again.
  const extraction = await resolveAgencies(
    ctx,
    actor,
    edits.extraction,
    edits.adminUnitId,
    edits.adminUnitId !== before.adminUnitId,
  );
  await ctx.db.transaction().execute(async (trx) => {
    if (
      !(await updateDraftRow(trx, id, {
        extraction,
        adminUnitId: edits.adminUnitId,
        at: ctx.now(),
        expectedVersion: edits.version,
      }))
    ) {
      throw staleDraft(await currentVersion(trx, id));
    }
    await recordAudit(trx, {
      actor,
      action: 'update',
      entity: 'plan_draft',
      entityId: id,
      before: { adminUnitId: before.adminUnitId, number: before.extraction.document.number },
      after: { adminUnitId: edits.adminUnitId, number: extraction.document.number },
    });
  });
  return getDraft(ctx, actor, id);
}

export async function discardDraft(ctx: AppContext, actor: Principal, id: string): Promise<void> {
  const draft = await findDraft(ctx.db, id);
  authorize(actor, draftPolicy.canDiscard, draft, draftNotFound);
  await ctx.db.transaction().execute(async (trx) => {
    await deleteDraftRow(trx, id);
    await deleteFileIfUnused(trx, draft.fileId);
    await recordAudit(trx, {
      actor,
      action: 'delete',
      entity: 'plan_draft',
      entityId: id,
      before: { fileName: draft.fileName, number: draft.extraction.document.number },
    });
  });
}

export interface ConfirmInput {
  extraction?: PlanExtraction | undefined;
  adminUnitId?: string | null | undefined;
  allowDuplicate?: boolean | undefined;
  /** When given, the confirm is refused if the draft was saved since (see updateDraft). */
  version?: number | undefined;
}

function duplicatePlan(duplicate: Pick<PlanRow, 'number' | 'title'> | null): AppError {
  const name = duplicate
    ? [duplicate.number ? `số ${duplicate.number}` : null, duplicate.title ? `"${duplicate.title}"` : null]
        .filter(Boolean)
        .join(' ')
    : '';
  return new AppError(
    409,
    'duplicate_plan',
    `Kế hoạch ${name ? `${name} ` : 'cùng số, cùng đơn vị và cùng năm '}đã có trong hệ thống. Hãy mở kế hoạch đã có thay vì tạo bản trùng.`,
    'planId',
  );
}

const isUniquePlanNumberViolation = (error: unknown) =>
  (error as { code?: string }).code === '23505' &&
  (error as { constraint?: string }).constraint === uniquePlanNumberIndex;

/** Turns a reviewed draft into a plan (with schedule and reference links) and deletes the draft. */
export async function confirmDraft(
  ctx: AppContext,
  actor: Principal,
  id: string,
  input: ConfirmInput,
): Promise<string> {
  const draft = await findDraft(ctx.db, id);
  authorize(actor, draftPolicy.canConfirm, draft, draftNotFound);
  if (input.version !== undefined && input.version !== draft.version) throw staleDraft(draft.version);
  const adminUnitId = input.adminUnitId !== undefined ? input.adminUnitId : draft.adminUnitId;
  const edited = input.extraction ?? draft.extraction;
  await checkEdits(ctx, actor, edited, adminUnitId, true);
  const extraction = await resolveAgencies(ctx, actor, edited, adminUnitId, adminUnitId !== draft.adminUnitId);
  const duplicate = await duplicateFor(ctx, actor, { extraction, adminUnitId, fileId: draft.fileId });
  if (duplicate && !input.allowDuplicate) throw duplicatePlan(duplicate);
  const plan = buildPlanWrite({
    extraction,
    adminUnitId: adminUnitId!,
    fileId: draft.fileId,
    fileName: draft.fileName,
    mediaType: draft.mediaType,
    sourceText: draft.sourceText,
    createdBy: actor.userId,
    at: ctx.now(),
  });
  // A chosen duplicate names what it repeats, which lets it past the unique number index.
  plan.header.duplicateOf = duplicate?.id ?? null;
  try {
    await ctx.db.transaction().execute(async (trx) => {
      // Deleting first makes a second, concurrent confirm of the same draft fail instead of duplicating.
      if (!(await deleteDraftRow(trx, id, input.version))) {
        const version = input.version === undefined ? null : await currentVersion(trx, id);
        throw version === null ? draftNotFound() : staleDraft(version);
      }
      await storePlan(trx, plan, actor);
      await recordAudit(trx, {
        actor,
        action: 'confirm',
        entity: 'plan_draft',
        entityId: id,
        after: { planId: plan.header.id },
      });
    });
  } catch (error) {
    // Another confirm of the same number won the race after our check: the same answer as the check.
    if (isUniquePlanNumberViolation(error))
      throw duplicatePlan(await duplicateFor(ctx, actor, { extraction, adminUnitId, fileId: draft.fileId }));
    throw error;
  }
  return plan.header.id;
}
