// Uploaded file -> plan draft: read the text, extract, and carry the reader's warnings
// (encoding guessed, pages without text) into the draft where the reviewer sees them.
// One function so the CLI and the upload API cannot drift apart.

import { extractPlan } from '../domain/extraction/extract-plan.ts';
import type { PlanExtraction } from '../domain/extraction/types.ts';
import { checkDraftItems } from './check-draft-items.ts';
import { readDocumentText, type DocumentText } from './read-document-text.ts';

export interface DocumentPlan {
  document: DocumentText;
  extraction: PlanExtraction;
}

/** Throws DocumentReadError when the file cannot be read or passes a limit (document-limits.ts). */
export async function extractDocumentPlan(bytes: Uint8Array, fileName: string): Promise<DocumentPlan> {
  const document = await readDocumentText(bytes, fileName);
  // Word paragraphs are whole paragraphs already; rejoining them would merge items.
  const extraction = extractPlan(document.text, { paragraphPerLine: document.format === 'docx' });
  checkDraftItems(extraction);
  const readWarnings = document.warnings.map((message) => ({ code: 'document_read', message, line: null }));
  return { document, extraction: { ...extraction, warnings: [...readWarnings, ...extraction.warnings] } };
}
