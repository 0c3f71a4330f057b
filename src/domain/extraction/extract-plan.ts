// Text of a plan document -> structured draft (the contract in
// ../shared/contracts/plan-extract.md). Pure and deterministic; never throws: a part
// that fails is left empty and reported as a warning.

import { extractDocumentHeader } from './document-header.ts';
import { foldKeepLength } from './fold.ts';
import { buildOutline, findBodyStart, isImplementationHeading, isTargetHeading, isUnder, type OutlineNode } from './outline.ts';
import { extractPeriod } from './period.ts';
import { extractReferences, type ReferenceContext } from './references.ts';
import { extractReporting } from './reporting.ts';
import { buildParagraphs, footnoteParagraphs, readSourceLines } from './source-document.ts';
import { extractTargets, type TargetSource } from './targets.ts';
import { extractTasks } from './tasks.ts';
import { extractTableTargets } from './target-table.ts';
import type { ExtractedDocumentHeader, ExtractionWarning, PlanExtraction } from './types.ts';

const EMPTY_HEADER: ExtractedDocumentHeader = {
  kind: null, number: null, symbol: null, issuer: null, issuerLevel: null, place: null, date: null, year: null, title: null, signer: null,
};

function attempt<T>(warnings: ExtractionWarning[], part: string, fallback: T, run: () => T): T {
  try {
    return run();
  } catch (error) {
    warnings.push({ code: 'extraction_failed', message: `Không đọc được phần ${part} của văn bản (${error instanceof Error ? error.message : String(error)}).`, line: null });
    return fallback;
  }
}

function headingYear(node: OutlineNode): number | null {
  for (let current: OutlineNode | null = node; current; current = current.parent) {
    const match = /^(?:den|toi)\s+nam\s+((?:19|20|21)\d{2})/.exec(foldKeepLength(current.label || ''));
    if (match) return Number(match[1]);
  }
  return null;
}

function isClosingArea(node: OutlineNode): boolean {
  return /^(noi nhan|tm\.|kt\.)/.test(foldKeepLength(node.body));
}

export function extractPlan(input: string): PlanExtraction {
  const warnings: ExtractionWarning[] = [];
  const text = typeof input === 'string' ? input.normalize('NFC') : '';
  const lines = attempt(warnings, 'dòng', [], () => readSourceLines(text));
  const paragraphs = attempt(warnings, 'đoạn', [], () => buildParagraphs(lines));
  const nodes = attempt(warnings, 'bố cục', [], () => buildOutline(paragraphs));
  const bodyStart = attempt(warnings, 'bố cục', nodes.length, () => findBodyStart(nodes));
  const closingIndex = nodes.findIndex((node, i) => i > bodyStart && isClosingArea(node));
  const bodyEnd = closingIndex < 0 ? nodes.length : closingIndex;

  const document = attempt(warnings, 'tiêu đề', EMPTY_HEADER, () => extractDocumentHeader(lines, paragraphs));
  const targetNodes = nodes.slice(bodyStart, bodyEnd).filter((node) => !node.paragraph.cells && isUnder(node, isTargetHeading));
  const period = attempt(warnings, 'thời kỳ', { from: document.year, to: document.year, horizons: [] }, () =>
    extractPeriod(document.title, targetNodes.slice(0, 6).map((node) => node.paragraph.text), document.year),
  );

  const referenceContexts: ReferenceContext[] = [
    ...nodes.slice(0, bodyEnd).map((node, i): ReferenceContext => ({ paragraph: node.paragraph, role: i < bodyStart ? 'basis' : 'mention' })),
    ...footnoteParagraphs(lines).map((paragraph): ReferenceContext => ({ paragraph, role: 'mention' })),
  ].sort((a, b) => a.paragraph.line - b.paragraph.line);
  const references = attempt(warnings, 'văn bản căn cứ', [], () => extractReferences(referenceContexts, document.number));

  const targetSources: TargetSource[] = targetNodes
    .filter((node) => !isTargetHeading(node) || node.label.length < node.body.length - 2)
    .map((node) => ({ paragraph: node.paragraph, bodyOffset: node.bodyOffset, headingYear: headingYear(node) }));
  const textTargets = attempt(warnings, 'chỉ tiêu', [], () => extractTargets(targetSources, period.to));

  // The signature block and recipients list end the body, but an appendix (Phụ lục) may follow.
  const appendixStart = nodes.findIndex((node, i) => i > bodyEnd && (node.paragraph.cells !== null || /^phu luc\b/.test(foldKeepLength(node.body))));
  const taskNodes = appendixStart < 0 ? nodes.slice(0, bodyEnd) : [...nodes.slice(0, bodyEnd), ...nodes.slice(appendixStart)];
  const tasks = attempt(warnings, 'nhiệm vụ', [], () => extractTasks(taskNodes, bodyStart));
  const tableTargets = attempt(warnings, 'bảng chỉ tiêu', [], () => extractTableTargets(taskNodes, period.to, textTargets.length + 1));
  const targets = [...textTargets, ...tableTargets];
  const reporting = attempt(warnings, 'chế độ báo cáo', [], () =>
    extractReporting(nodes.slice(bodyStart, bodyEnd).filter((node) => !node.paragraph.cells).map((node) => node.paragraph)),
  );

  if (targets.length === 0) warnings.push({ code: 'no_target_section', message: 'Không tìm thấy mục "Mục tiêu" hoặc "Chỉ tiêu" trong văn bản.', line: null });
  if (!nodes.some(isImplementationHeading) && tasks.length === 0) {
    warnings.push({ code: 'no_tasks', message: 'Không tìm thấy nhiệm vụ được giao cho cơ quan, đơn vị nào.', line: null });
  }
  return { document, period, references, targets, tasks, reporting, warnings };
}
