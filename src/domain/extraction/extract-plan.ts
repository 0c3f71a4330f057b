// Text of a plan document -> structured draft (the contract in
// ../shared/contracts/plan-extract.md). Pure and deterministic; never throws: a part
// that fails is left empty and reported as a warning.

import { extractDocumentHeader } from './document-header.ts';
import { foldKeepLength, isMostlyUpperCase } from './fold.ts';
import {
  buildOutline,
  findBodyStart,
  isImplementationHeading,
  isTargetHeading,
  isUnder,
  type OutlineNode,
} from './outline.ts';
import { extractPeriod } from './period.ts';
import { extractReferences, type ReferenceContext } from './references.ts';
import { extractReporting } from './reporting.ts';
import { buildParagraphs, footnoteParagraphs, readSourceLines } from './source-document.ts';
import { extractTargets, type TargetSource } from './targets.ts';
import { extractTasks } from './tasks.ts';
import { extractTableTargets } from './target-table.ts';
import type { DocumentHeader } from '../plans/plan-model.ts';
import type { ExtractionWarning, PlanExtraction } from './types.ts';

const EMPTY_HEADER: DocumentHeader = {
  kind: null,
  number: null,
  symbol: null,
  issuer: null,
  issuerLevel: null,
  place: null,
  date: null,
  year: null,
  title: null,
  signer: null,
};

function attempt<T>(warnings: ExtractionWarning[], part: string, fallback: T, run: () => T): T {
  try {
    return run();
  } catch (error) {
    warnings.push({
      code: 'extraction_failed',
      message: `Không đọc được phần ${part} của văn bản (${error instanceof Error ? error.message : String(error)}).`,
      line: null,
    });
    return fallback;
  }
}

function headingYear(node: OutlineNode): number | null {
  for (let current: OutlineNode | null = node; current; current = current.parent) {
    const label = foldKeepLength(current.label || (current.isHeading ? current.body : ''));
    const match = /(?:^|\s)(?:den|toi)\s+nam\s+((?:19|20|21)\d{2})/.exec(label);
    if (match) return Number(match[1]);
  }
  return null;
}

function isClosingArea(node: OutlineNode): boolean {
  return /^(noi nhan|tm\.|kt\.|tl\.)/.test(foldKeepLength(node.body));
}

/** What follows a signature: an appendix (Phụ lục, a table, an attached plan) or a new part. */
function isAppendixStart(node: OutlineNode): boolean {
  if (node.paragraph.cells !== null || node.marker === 'roman' || node.marker === 'article') return true;
  const folded = foldKeepLength(node.body);
  return (
    /^phu luc\b/.test(folded) ||
    (isMostlyUpperCase(node.body) && /^(ke hoach|chuong trinh|de an|phu luc)\b/.test(folded))
  );
}

/** Nodes of the body: from its first part heading on, minus signature blocks and recipient lists. */
function markBody(nodes: OutlineNode[], bodyStart: number): boolean[] {
  const mask = nodes.map((_, i) => i >= bodyStart);
  let closing = false;
  nodes.forEach((node, i) => {
    if (i < bodyStart) return;
    if (!closing && isClosingArea(node)) closing = true;
    else if (closing && isAppendixStart(node)) closing = false;
    if (closing) mask[i] = false;
  });
  return mask;
}

export interface ExtractOptions {
  /** The text has one paragraph per line (read from DOCX): do not rejoin wrapped lines. */
  paragraphPerLine?: boolean;
}

export function extractPlan(input: string, options: ExtractOptions = {}): PlanExtraction {
  const warnings: ExtractionWarning[] = [];
  const text = typeof input === 'string' ? input.normalize('NFC') : '';
  const lines = attempt(warnings, 'dòng', [], () => readSourceLines(text));
  const paragraphs = attempt(warnings, 'đoạn', [], () => buildParagraphs(lines, options.paragraphPerLine === true));
  const nodes = attempt(warnings, 'bố cục', [], () => buildOutline(paragraphs));
  const bodyStart = attempt(warnings, 'bố cục', nodes.length, () => findBodyStart(nodes));
  const inBody = markBody(nodes, bodyStart);
  const bodyNodes = nodes.filter((_, i) => inBody[i]);

  const document = attempt(warnings, 'tiêu đề', EMPTY_HEADER, () => extractDocumentHeader(lines, paragraphs));
  const underTargetHeading = bodyNodes.filter((node) => !node.paragraph.cells && isUnder(node, isTargetHeading));
  // Without a MỤC TIÊU / CHỈ TIÊU heading, commitments are looked for in the whole body, strictly.
  const targetNodes =
    underTargetHeading.length > 0
      ? underTargetHeading
      : bodyNodes.filter(
          (node) =>
            !node.paragraph.cells &&
            !node.isHeading &&
            !isUnder(node, isImplementationHeading) &&
            /(phan dau|\bdat\b|ty le|chi tieu|den nam)/.test(foldKeepLength(node.body)) &&
            /%|\/\s*v[aạậ]n dân/iu.test(node.body),
        );
  const period = attempt(warnings, 'thời kỳ', { from: document.year, to: document.year, horizons: [] }, () =>
    extractPeriod(
      document.title,
      targetNodes.slice(0, 6).map((node) => node.paragraph.text),
      document.year,
    ),
  );

  const referenceContexts: ReferenceContext[] = [
    ...nodes
      .filter((_, i) => i < bodyStart || inBody[i])
      .map((node, i): ReferenceContext => ({ paragraph: node.paragraph, role: i < bodyStart ? 'basis' : 'mention' })),
    ...footnoteParagraphs(lines).map((paragraph): ReferenceContext => ({ paragraph, role: 'mention' })),
  ].sort((a, b) => a.paragraph.line - b.paragraph.line);
  const references = attempt(warnings, 'văn bản căn cứ', [], () =>
    extractReferences(referenceContexts, document.number),
  );

  const targetSources: TargetSource[] = targetNodes
    .filter((node) => !isTargetHeading(node) || node.label.length < node.body.length - 2)
    .map((node) => ({ paragraph: node.paragraph, bodyOffset: node.bodyOffset, headingYear: headingYear(node) }));
  const textTargets = attempt(warnings, 'chỉ tiêu', [], () => extractTargets(targetSources, period.to));

  const tasks = attempt(warnings, 'nhiệm vụ', [], () => extractTasks(bodyNodes, 0));
  const tableTargets = attempt(warnings, 'bảng chỉ tiêu', [], () =>
    extractTableTargets(bodyNodes, period.to, textTargets.length + 1),
  );
  const targets = [...textTargets, ...tableTargets];
  const reporting = attempt(warnings, 'chế độ báo cáo', [], () =>
    extractReporting(bodyNodes.filter((node) => !node.paragraph.cells).map((node) => node.paragraph)),
  );

  if (targets.length === 0)
    warnings.push({
      code: 'no_target_section',
      message: 'Không tìm thấy mục "Mục tiêu" hoặc "Chỉ tiêu" trong văn bản.',
      line: null,
    });
  if (!nodes.some(isImplementationHeading) && tasks.length === 0) {
    warnings.push({
      code: 'no_tasks',
      message: 'Không tìm thấy nhiệm vụ được giao cho cơ quan, đơn vị nào.',
      line: null,
    });
  }
  return { document, period, references, targets, tasks, reporting, warnings };
}
