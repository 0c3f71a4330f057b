// The outline of a plan: I./II. parts, 1./2. sections, a)/b) items, "-" and "+" bullets.
// Each paragraph learns its marker, whether it is a heading, and its ancestors, so that
// rules can ask "is this under MỤC TIÊU?" or "under TỔ CHỨC THỰC HIỆN?".

import { foldKeepLength, isMostlyUpperCase } from './fold.ts';
import type { Paragraph } from './source-document.ts';

export type MarkerType = 'part' | 'article' | 'roman' | 'arabic' | 'letter' | 'dash' | 'plus';

export interface OutlineNode {
  paragraph: Paragraph;
  marker: MarkerType | null;
  /** The marker as written ("II.", "2.", "a)", "-"). */
  markerText: string;
  /** Text after the marker. */
  body: string;
  bodyOffset: number;
  /** Ends without sentence punctuation or with ":", and is short: a title, not an item. */
  isHeading: boolean;
  /** "Mục tiêu cụ thể" in "2. Mục tiêu cụ thể: ..." or the heading text. */
  label: string;
  parent: OutlineNode | null;
  depth: number;
}

const RANK: Record<MarkerType, number> = { part: 0.5, article: 1, roman: 1, arabic: 2, letter: 3, dash: 4, plus: 5 };

const ARTICLE = /^Điều\s+(\d{1,3})\s*[.:]\s*/u;
const PART = /^(?:Phần|PHẦN)\s+([IVX]{1,5}|\d{1,2}|thứ\s+\p{L}+)\s*[.:]?\s*/u;
const MARKER =
  /^(?:([IVX]{1,5})[.)]|(\d{1,2}(?:\.\d{1,2}){0,3})[.)]|([a-zđ])\)|([a-zđ])\.(?=\s+\p{Lu})|([-–—•·●▪◦])|(\+))\s*/u;

function readMarker(text: string): { type: MarkerType; markerText: string; length: number; subLevel: number } | null {
  const part = PART.exec(text);
  if (part) return { type: 'part', markerText: `Phần ${part[1]}`, length: part[0].length, subLevel: 0 };
  const article = ARTICLE.exec(text);
  if (article) return { type: 'article', markerText: `Điều ${article[1]}`, length: article[0].length, subLevel: 0 };
  const match = MARKER.exec(text);
  if (!match) return null;
  const length = match[0].length;
  if (match[1]) return { type: 'roman', markerText: match[1], length, subLevel: 0 };
  if (match[2]) {
    if (/^\d{4}/.test(match[2])) return null;
    return { type: 'arabic', markerText: match[2], length, subLevel: match[2].split('.').length - 1 };
  }
  if (match[3] || match[4]) return { type: 'letter', markerText: (match[3] ?? match[4])!, length, subLevel: 0 };
  if (match[5]) {
    if (/^[-–—]\s*\d/.test(text) && !/^[-–—]\s+/.test(text)) return null;
    return { type: 'dash', markerText: '-', length, subLevel: 0 };
  }
  return { type: 'plus', markerText: '+', length, subLevel: 0 };
}

function labelOf(body: string, isHeading: boolean): string {
  const colon = body.indexOf(':');
  if (colon > 0 && colon <= 80) return body.slice(0, colon).trim();
  return isHeading ? body.replace(/[.:]$/, '').trim() : '';
}

function looksLikeHeading(body: string, marker: MarkerType | null): boolean {
  if (body.length === 0) return false;
  if (marker === 'part') return true;
  if (marker === 'article') return !/[.;!?…]["”)]*$/.test(body) || body.length < 60;
  if (isMostlyUpperCase(body) && body.length < 200) return true;
  if (marker === null || marker === 'dash' || marker === 'plus') return false;
  if (/:$/.test(body)) return true;
  if (/[.;!?…]["”)]*$/.test(body)) return false;
  return body.length <= 260;
}

export function buildOutline(paragraphs: Paragraph[]): OutlineNode[] {
  const nodes: OutlineNode[] = [];
  const stack: Array<{ node: OutlineNode; rank: number }> = [];
  for (const paragraph of paragraphs) {
    if (paragraph.cells) {
      nodes.push({
        paragraph,
        marker: null,
        markerText: '',
        body: paragraph.text,
        bodyOffset: 0,
        isHeading: false,
        label: '',
        parent: stack.at(-1)?.node ?? null,
        depth: stack.length,
      });
      continue;
    }
    const marker = readMarker(paragraph.text);
    const body = marker ? paragraph.text.slice(marker.length) : paragraph.text;
    const capsHeading =
      !marker &&
      isMostlyUpperCase(body) &&
      body.length < 120 &&
      /^(?:[IVX]+\.?\s+)?(?:MỤC|CHỈ TIÊU|CÁC CHỈ TIÊU|NHIỆM VỤ|GIẢI PHÁP|TỔ CHỨC|KINH PHÍ|PHỤ LỤC)/u.test(body);
    const isHeading = capsHeading || looksLikeHeading(body, marker?.type ?? null);
    let rank = marker ? RANK[marker.type] + marker.subLevel * 0.1 : capsHeading ? 1 : Number.POSITIVE_INFINITY;
    if (marker?.type === 'arabic' && marker.subLevel > 0) rank = RANK.arabic + marker.subLevel * 0.1;
    while (stack.length > 0 && stack.at(-1)!.rank >= rank) stack.pop();
    const node: OutlineNode = {
      paragraph,
      marker: marker?.type ?? null,
      markerText: marker?.markerText ?? '',
      body,
      bodyOffset: marker?.length ?? 0,
      isHeading,
      label: labelOf(body, isHeading),
      parent: stack.at(-1)?.node ?? null,
      depth: stack.length,
    };
    nodes.push(node);
    if (Number.isFinite(rank)) stack.push({ node, rank });
  }
  return nodes;
}

export function ancestorsOf(node: OutlineNode): OutlineNode[] {
  const result: OutlineNode[] = [];
  for (let current = node.parent; current; current = current.parent) result.push(current);
  return result;
}

export function isUnder(node: OutlineNode, test: (candidate: OutlineNode) => boolean, includeSelf = true): boolean {
  if (includeSelf && test(node)) return true;
  return ancestorsOf(node).some(test);
}

const TARGET_LABEL = /\b(muc tieu|chi tieu)\b/;
const IMPLEMENTATION_LABEL =
  /(?:^|\s)(to chuc (trien khai )?thuc hien|trach nhiem (to chuc )?thuc hien|phan cong (nhiem vu|trach nhiem|thuc hien)|(giao|phan cong) nhiem vu)/;

export function labelMatches(node: OutlineNode, pattern: RegExp): boolean {
  const label = foldKeepLength(node.label || (node.isHeading ? node.body : ''));
  return label.length > 0 && pattern.test(label);
}

export function isTargetHeading(node: OutlineNode): boolean {
  return (
    node.isHeading &&
    node.marker !== 'dash' &&
    node.marker !== 'plus' &&
    labelMatches(node, TARGET_LABEL) &&
    !labelMatches(node, /thuc trang|tinh hinh|ket qua thuc hien/)
  );
}

export function isImplementationHeading(node: OutlineNode): boolean {
  return (
    node.isHeading &&
    (node.marker === 'part' ||
      node.marker === 'article' ||
      node.marker === 'roman' ||
      node.marker === 'arabic' ||
      node.marker === null) &&
    labelMatches(node, IMPLEMENTATION_LABEL)
  );
}

/** Index of the first part heading (I., 1. or a caps section), where the preamble ends. */
export function findBodyStart(nodes: OutlineNode[]): number {
  const index = nodes.findIndex(
    (node) =>
      node.marker === 'article' ||
      node.marker === 'part' ||
      (node.isHeading &&
        (node.marker === 'roman' || (node.marker === 'arabic' && !ancestorsOf(node).some((a) => a.marker !== null)))),
  );
  return index < 0 ? nodes.length : index;
}
