import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import { MAX_DOCUMENT_BYTES } from '../../document-text/document-limits.ts';
import { readPlanInWorker } from '../../document-text/read-plan-in-worker.ts';
import { resolvePlanAgencies } from '../../domain/extraction/resolve-plan-agencies.ts';
import type { PlanExtraction } from '../../domain/extraction/types.ts';
import { findPlanAdminUnit } from '../../domain/plans/find-plan-admin-unit.ts';
import { validatePlanExtraction } from '../../domain/plans/validate-plan-extraction.ts';
import { visibleUnitIds } from '../access/policy.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../auth/actor.ts';
import type { AppContext } from '../context.ts';
import { AppError, badRequest, notFound } from '../errors.ts';
import { deleteFileIfUnused, findFileBySha, insertFile } from '../plans/file-repository.ts';
import type { PlanRow } from '../plans/repository.ts';
import { buildPlanWrite, findDuplicatePlan, storePlan } from '../plans/service.ts';
import { buildAgencyContext } from './agency-context.ts';
import { deleteDraftRow, existingAgencyIds, findDraft, insertDraft, listDraftsOf, updateDraftRow, type DraftRow, type DraftSummaryRow } from './repository.ts';

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

async function resolveAgencies(ctx: AppContext, extraction: PlanExtraction, adminUnitId: string | null, force: boolean): Promise<PlanExtraction> {
  const context = adminUnitId ? await buildAgencyContext(ctx, adminUnitId, planDate(ctx, extraction)) : null;
  return resolvePlanAgencies(extraction, context, force);
}

async function duplicateFor(ctx: AppContext, actor: Actor, draft: Pick<DraftRow, 'extraction' | 'adminUnitId' | 'fileId'>): Promise<PlanRow | null> {
  const visible = await visibleUnitIds(ctx, actor);
  return findDuplicatePlan(ctx.db, visible, { extraction: draft.extraction, adminUnitId: draft.adminUnitId, fileId: draft.fileId });
}

/** How many agency names of the plan resolve to an agency. */
const resolvedCount = (extraction: PlanExtraction) =>
  extraction.tasks.reduce((sum, task) => sum + [...(task.leadAgencies ?? []), ...(task.supportAgencies ?? [])].filter((m) => m.agencyId !== null).length, 0);

/**
 * The plan's unit and its agencies. When several units share the issuer's name and the text
 * does not say which, the uploader's own scope decides, then the unit whose agencies the
 * plan names most (a "Xã Thanh Thủy" plan naming "Trường PTDTBT Thanh Thủy").
 */
async function chooseUnit(ctx: AppContext, actor: Actor, extracted: PlanExtraction, text: string): Promise<{ adminUnitId: string | null; extraction: PlanExtraction }> {
  const index = await ctx.adminUnits.get();
  const match = findPlanAdminUnit(extracted.document, index, text);
  if (!match) return { adminUnitId: null, extraction: await resolveAgencies(ctx, extracted, null, true) };
  const visible = await visibleUnitIds(ctx, actor);
  const inScope = match.tied.filter((unit) => visible === 'all' || visible.has(unit.id));
  const candidates = (inScope.length > 0 ? inScope : match.tied).slice(0, 8);
  let best: { adminUnitId: string; extraction: PlanExtraction; resolved: number } | null = null;
  for (const unit of candidates) {
    const extraction = await resolveAgencies(ctx, extracted, unit.id, true);
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
export async function createDraft(ctx: AppContext, actor: Actor, upload: UploadedFile): Promise<DraftWithDuplicate> {
  // PostgreSQL text cannot hold NUL; control characters have no place in a file name.
  const fileName = path.basename(upload.fileName.replace(/\\/g, '/')).replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(-200) || 'tai-lieu.txt';
  if (upload.bytes.byteLength > MAX_DOCUMENT_BYTES) throw tooLarge(upload.bytes.byteLength);
  // Off the request thread, within the document limits (src/document-text/document-limits.ts).
  const { text, extraction: extracted } = await readPlanInWorker(upload.bytes, fileName);
  const { adminUnitId, extraction } = await chooseUnit(ctx, actor, extracted, text);
  const sha256 = createHash('sha256').update(upload.bytes).digest('hex');
  const id = randomUUID();
  const at = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    // The same bytes uploaded twice share one stored file.
    const existing = await findFileBySha(trx, sha256);
    const fileId = existing?.id ?? randomUUID();
    if (!existing) {
      const extension = path.extname(fileName).toLowerCase();
      await insertFile(trx, {
        id: fileId,
        sha256,
        fileName,
        mediaType: mediaTypes[extension] ?? 'application/octet-stream',
        sizeBytes: upload.bytes.byteLength,
        content: upload.bytes,
        uploadedBy: actor.userId,
      });
    }
    await insertDraft(trx, { id, fileId, sourceText: text, extraction, adminUnitId, createdBy: actor.userId, at });
    await recordAudit(trx, { actor, action: 'create', entity: 'plan_draft', entityId: id, after: { fileName, sha256, number: extraction.document.number, adminUnitId } });
  });
  const draft = await findDraft(ctx.db, id);
  if (!draft) throw new Error('draft vanished after its own transaction');
  return { draft, duplicateOf: await duplicateFor(ctx, actor, draft) };
}

export function tooLarge(size: number): AppError {
  const megabytes = (size / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
  return new AppError(413, 'file_too_large', `Tệp quá lớn (${megabytes} MB); giới hạn là ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.`, 'file');
}

/** A draft is its uploader's alone: anyone else gets the same 404 as for a missing one. */
async function requireOwnDraft(ctx: AppContext, actor: Actor, id: string): Promise<DraftRow> {
  const draft = await findDraft(ctx.db, id);
  if (!draft || draft.createdBy !== actor.userId) throw draftNotFound();
  return draft;
}

export async function listMyDrafts(ctx: AppContext, actor: Actor): Promise<DraftSummaryRow[]> {
  return listDraftsOf(ctx.db, actor.userId);
}

export async function getDraft(ctx: AppContext, actor: Actor, id: string): Promise<DraftWithDuplicate> {
  const draft = await requireOwnDraft(ctx, actor, id);
  return { draft, duplicateOf: await duplicateFor(ctx, actor, draft) };
}

/** Rejects a reviewed extraction that does not hold together, naming the first problem. */
async function checkEdits(ctx: AppContext, actor: Actor, extraction: PlanExtraction, adminUnitId: string | null, required: boolean): Promise<void> {
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
    const visible = await visibleUnitIds(ctx, actor);
    if (!index.get(adminUnitId) || (visible !== 'all' && !visible.has(adminUnitId))) {
      throw badRequest(`Không tìm thấy đơn vị hành chính "${adminUnitId}" (adminUnitId) trong phạm vi của bạn.`, 'adminUnitId');
    }
  }
  const mentioned = extraction.tasks.flatMap((task, i) =>
    (['leadAgencies', 'supportAgencies'] as const).flatMap((key) =>
      (task[key] ?? []).flatMap((mention, j) => (mention.agencyId ? [{ id: mention.agencyId, field: `extraction.tasks.${i}.${key}.${j}.agencyId` }] : [])),
    ),
  );
  const existing = await existingAgencyIds(ctx.db, [...new Set(mentioned.map((m) => m.id))]);
  const missing = mentioned.find((m) => !existing.has(m.id));
  if (missing) throw badRequest(`Không có cơ quan với mã "${missing.id}" (agencyId).`, missing.field);
}

export interface DraftEdits {
  extraction: PlanExtraction;
  adminUnitId: string | null;
}

export async function updateDraft(ctx: AppContext, actor: Actor, id: string, edits: DraftEdits): Promise<DraftWithDuplicate> {
  const before = await requireOwnDraft(ctx, actor, id);
  await checkEdits(ctx, actor, edits.extraction, edits.adminUnitId, false);
  // A different unit means different agencies: resolve every name again.
  const extraction = await resolveAgencies(ctx, edits.extraction, edits.adminUnitId, edits.adminUnitId !== before.adminUnitId);
  await ctx.db.transaction().execute(async (trx) => {
    await updateDraftRow(trx, id, { extraction, adminUnitId: edits.adminUnitId, at: ctx.now() });
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

export async function discardDraft(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  const draft = await requireOwnDraft(ctx, actor, id);
  await ctx.db.transaction().execute(async (trx) => {
    await deleteDraftRow(trx, id);
    await deleteFileIfUnused(trx, draft.fileId);
    await recordAudit(trx, { actor, action: 'delete', entity: 'plan_draft', entityId: id, before: { fileName: draft.fileName, number: draft.extraction.document.number } });
  });
}

export interface ConfirmInput {
  extraction?: PlanExtraction | undefined;
  adminUnitId?: string | null | undefined;
  allowDuplicate?: boolean | undefined;
}

/** Turns a reviewed draft into a plan (with schedule and reference links) and deletes the draft. */
export async function confirmDraft(ctx: AppContext, actor: Actor, id: string, input: ConfirmInput): Promise<string> {
  const draft = await requireOwnDraft(ctx, actor, id);
  const adminUnitId = input.adminUnitId !== undefined ? input.adminUnitId : draft.adminUnitId;
  const edited = input.extraction ?? draft.extraction;
  await checkEdits(ctx, actor, edited, adminUnitId, true);
  const extraction = await resolveAgencies(ctx, edited, adminUnitId, adminUnitId !== draft.adminUnitId);
  const duplicate = await duplicateFor(ctx, actor, { extraction, adminUnitId, fileId: draft.fileId });
  if (duplicate && !input.allowDuplicate) {
    const name = [duplicate.number ? `số ${duplicate.number}` : null, duplicate.title ? `"${duplicate.title}"` : null].filter(Boolean).join(' ');
    throw new AppError(409, 'duplicate_plan', `Kế hoạch ${name} đã có trong hệ thống. Hãy mở kế hoạch đã có thay vì tạo bản trùng.`, 'planId');
  }
  const plan = buildPlanWrite({ extraction, adminUnitId: adminUnitId!, fileId: draft.fileId, sourceText: draft.sourceText, createdBy: actor.userId, at: ctx.now() });
  await ctx.db.transaction().execute(async (trx) => {
    // Deleting first makes a second, concurrent confirm of the same draft fail instead of duplicating.
    if (!(await deleteDraftRow(trx, id))) throw draftNotFound();
    await storePlan(trx, plan, actor);
    await recordAudit(trx, { actor, action: 'confirm', entity: 'plan_draft', entityId: id, after: { planId: plan.header.id } });
  });
  return plan.header.id;
}
