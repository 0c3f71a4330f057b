// What the upload API does with a file before anything is stored: read its text, extract
// the plan, hold it to the limits and the plan-structure rule. It runs in the document
// worker pool (read-plan-in-worker.ts), never on the request thread; every refusal is an
// AppError with a Vietnamese message on the field "file".

import { extractPlan } from '../domain/extraction/extract-plan.ts';
import { assessPlanStructure, isPlanUnrecognised } from '../domain/extraction/plan-structure.ts';
import type { PlanExtraction } from '../domain/extraction/types.ts';
import { toStorableText } from '../domain/text/storable-text.ts';
import { AppError } from '../server/errors.ts';
import { checkDraftItems } from './check-draft-items.ts';
import { DocumentReadError, readDocumentText } from './read-document-text.ts';

export interface UploadPlan {
  text: string;
  extraction: PlanExtraction;
}

/**
 * Refuses text in which nothing of a plan was recognised and keeps a partial plan with the
 * assessment as a warning — the same rule and words as `nhanluc extract`.
 */
function withStructureWarning(extraction: PlanExtraction): PlanExtraction {
  const structure = assessPlanStructure(extraction);
  if (structure === null) return extraction;
  if (isPlanUnrecognised(extraction)) throw new AppError(422, 'no_plan_structure', structure, 'file');
  return {
    ...extraction,
    warnings: [{ code: 'incomplete_plan_structure', message: structure, line: null }, ...extraction.warnings],
  };
}

export async function readUploadPlan(bytes: Uint8Array, fileName: string): Promise<UploadPlan> {
  try {
    const text = toStorableText((await readDocumentText(bytes, fileName)).text);
    const extraction = extractPlan(text);
    checkDraftItems(extraction);
    return { text, extraction: withStructureWarning(extraction) };
  } catch (error) {
    if (error instanceof DocumentReadError) throw new AppError(error.status, error.code, error.message, 'file');
    throw error;
  }
}
