// Whether extracted text is a plan at all: a header (kind, number or title) and at least
// one target or task. Anything less is refused with a message that says what is missing.
// The CLI and the upload API share both functions so they refuse, and warn, alike.

import type { PlanExtraction } from './types.ts';

export function assessPlanStructure(extraction: PlanExtraction): string | null {
  const { document, targets, tasks } = extraction;
  const hasHeader = document.kind !== null || document.number !== null || document.title !== null;
  const hasContent = targets.length > 0 || tasks.length > 0;
  if (hasHeader && hasContent) return null;
  const missing: string[] = [];
  if (!hasHeader) missing.push('không có số, loại văn bản (Kế hoạch, Quyết định…) hay tiêu đề');
  if (!hasContent) missing.push('không có chỉ tiêu hay nhiệm vụ nào được giao cho cơ quan, đơn vị');
  return `Không nhận ra cấu trúc kế hoạch: văn bản ${missing.join(' và ')}.`;
}

/**
 * Nothing at all was recognised: no header, no content, no citation. Only then is the text
 * refused outright; a partial plan is kept (with the assessment as a warning) because a
 * reviewer can add what the extractor missed.
 */
export function isPlanUnrecognised(extraction: PlanExtraction): boolean {
  const { document, targets, tasks, references } = extraction;
  return (
    document.kind === null &&
    document.number === null &&
    document.title === null &&
    targets.length === 0 &&
    tasks.length === 0 &&
    references.length === 0
  );
}
