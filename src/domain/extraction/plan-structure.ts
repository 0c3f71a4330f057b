// Whether extracted text is a plan at all: a header (kind, number or title) and at least
// one target or task. Anything less is refused with a message that says what is missing.

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
