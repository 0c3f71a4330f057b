// Documents the plan cites by number: "Chương trình số 226-CTr/HU ngày 13/12/2023 của
// Huyện uỷ", "Nghị quyết 71-NQ/TW", "Quyết định số 1882/QĐ-UBND ngày 24 tháng 8 năm 2018".

import { foldKeepLength, squeeze } from './fold.ts';
import { kindFromSymbol, kindFromWord, KIND_WORDS } from './document-kinds.ts';
import { lineAt, type Paragraph } from './source-document.ts';
import { findDate } from './vietnamese-numbers.ts';
import { normaliseDocumentNumber } from '../plans/document-number.ts';
import type { ReferenceRole } from '../plans/plan-model.ts';
import type { ExtractedReference } from './types.ts';

const KIND_ALTERNATION = KIND_WORDS.map((entry) => entry.folded)
  .sort((a, b) => b.length - a.length)
  .join('|');
const NUMBER = String.raw`\d{1,5}[a-z]?(?:\s?\/\s?\d{4})?(?:(?:\s?\/\s?|-)[a-z&]{1,12}\d{0,2})+`;
const CITATION = new RegExp(String.raw`(?:\b(${KIND_ALTERNATION})\s+(?:so\s*:?\s*)?|\bso\s*:?\s*)(${NUMBER})`, 'g');
// A number cited bare ("theo 1882/QĐ-UBND") counts when its symbol names a document type.
const BARE_CITATION =
  /(?<![a-z0-9/.-])(\d{1,5}(?:\/\d{4})?(?:-(?:ctr|kh|nq|ct|kl|qd|tb|hd|bc|da)\/[a-z&]{1,10}\d{0,2}|\/(?:qd|kh|nq|ct|ctr|tb|bc|hd|kl|da|nd|tt|ttr|ttlt|cv)-[a-z&]{1,12}\d{0,2}(?:-[a-z&]{1,12})?))(?![a-z0-9])/g;
const ISSUER_STOP =
  /\s(?:về|v\/v|thực hiện|triển khai|ban hành|phê duyệt|quy định|hướng dẫn|đối với|nhằm|để|thu thập|tại|trên|theo|gắn)(?!\p{L})|[;,.“"”(:)]|$/iu;

/** "118 /KH-UBND" as written -> "118/KH-UBND" as the contract prints numbers. */
function compactNumber(raw: string): string {
  return raw.replace(/\s+/g, '');
}

function readIssuer(after: string): string | null {
  const match = /^\s*(?:của|do)\s+/u.exec(after);
  if (!match) return null;
  const rest = after.slice(match[0].length);
  const stop = ISSUER_STOP.exec(rest);
  const issuer = squeeze(rest.slice(0, stop ? stop.index : rest.length));
  const words = issuer.split(' ');
  return issuer.length > 1 && words.length <= 14 ? issuer : null;
}

export interface ReferenceContext {
  paragraph: Paragraph;
  role: ReferenceRole;
}

export function extractReferences(contexts: ReferenceContext[], ownNumber: string | null): ExtractedReference[] {
  const byNumber = new Map<string, ExtractedReference>();
  const own = normaliseDocumentNumber(ownNumber);
  for (const { paragraph, role } of contexts) {
    const text = paragraph.text;
    const folded = foldKeepLength(text);
    const bare = [...folded.matchAll(BARE_CITATION)].map(
      (m) => Object.assign([m[0], undefined, m[1]], { index: m.index, input: m.input }) as unknown as RegExpExecArray,
    );
    for (const match of [...folded.matchAll(CITATION), ...bare].sort((a, b) => a.index - b.index)) {
      const numberStart = match.index + match[0].length - match[2]!.length;
      const number = compactNumber(text.slice(numberStart, match.index + match[0].length));
      if (!/[A-Za-zĐđ]/u.test(number) || !/\d/.test(number)) continue;
      const key = normaliseDocumentNumber(number) ?? foldKeepLength(number);
      if (own && key === own) continue;
      const symbol = number.replace(/^\d+[A-Za-z]?\/?(\d{4}\/)?/, '').replace(/^-/, '');
      const kind =
        (match[1] ? kindFromWord(text.slice(match.index, match.index + match[1].length)) : null) ??
        kindFromSymbol(symbol);
      if (!match[1] && !kind) continue;
      const after = text.slice(match.index + match[0].length, match.index + match[0].length + 300);
      const dateMatch = /^\s*,?\s*(?:ban hành\s+)?ngày\s*/u.exec(after);
      let date: string | null = null;
      let afterDate = after;
      if (dateMatch) {
        const found = findDate(after.slice(dateMatch[0].length, dateMatch[0].length + 30));
        if (found && found.index === 0) {
          date = found.iso;
          afterDate = after.slice(dateMatch[0].length + found.length);
        }
      }
      const issuer = readIssuer(afterDate);
      const existing = byNumber.get(key);
      if (existing) {
        existing.date ??= date;
        existing.issuer ??= issuer;
        if (role === 'basis') existing.role = 'basis';
        continue;
      }
      byNumber.set(key, {
        kind,
        number,
        date,
        issuer,
        role,
        line: lineAt(paragraph, match.index),
        confidence: date ? 0.95 : 0.8,
      });
    }
  }
  return [...byNumber.values()];
}
