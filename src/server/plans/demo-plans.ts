// Demo data: the five seed plans (public documents, copied into demo-documents/) imported
// through the same path an official uses — upload → draft → confirm as extracted — by
// the system actor, through the same services and policies; each plan's targets are then
// linked to their best indicator suggestion (audited, decision 0022). Idempotent: a document whose
// file is already a plan is skipped.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { systemActor } from '../auth/actor.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { linkTargetsToTopSuggestions } from '../indicators/service.ts';
import { confirmDraft, createDraft, discardDraft } from '../plan-drafts/service.ts';
import { findFileBySha } from './file-repository.ts';
import { findPlansByFile } from './repository.ts';

export const demoDocumentsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'demo-documents');

export interface DemoPlanResult {
  fileName: string;
  planId: string | null;
  /** Targets linked to their best indicator suggestion at import, so the demo shows links. */
  linkedTargets: number;
  /** Why the document was not imported (Vietnamese), or null. */
  skipped: string | null;
}

export async function loadDemoPlans(ctx: AppContext, folder = demoDocumentsFolder): Promise<DemoPlanResult[]> {
  const admin = systemActor;
  const files = (await readdir(folder)).filter((name) => /\.(txt|md|docx|pdf)$/i.test(name)).sort();
  const results: DemoPlanResult[] = [];
  for (const fileName of files) {
    const bytes = new Uint8Array(await readFile(path.join(folder, fileName)));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const stored = await findFileBySha(ctx.db, sha256);
    if (stored && (await findPlansByFile(ctx.db, stored.id)).length > 0) continue;
    let draftId: string | null = null;
    try {
      const { draft } = await createDraft(ctx, admin, { fileName, bytes });
      draftId = draft.id;
      const planId = await confirmDraft(ctx, admin, draft.id, {});
      const linkedTargets = await linkTargetsToTopSuggestions(ctx, admin, planId);
      results.push({ fileName, planId, linkedTargets, skipped: null });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      if (draftId) await discardDraft(ctx, admin, draftId);
      results.push({ fileName, planId: null, linkedTargets: 0, skipped: error.message });
    }
  }
  return results;
}
