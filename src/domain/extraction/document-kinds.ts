// Vietnamese document types: the title word and the code used in document symbols.

import { documentKinds } from '../plans/document-kinds.ts';
import { foldKeepLength } from './fold.ts';

export const KIND_WORDS: Array<{ word: string; folded: string; code: string }> = documentKinds.map((kind) => ({
  word: kind.name,
  folded: foldKeepLength(kind.name),
  code: kind.code,
}));

const CODES = new Map(KIND_WORDS.map((entry) => [foldKeepLength(entry.code), entry.code]));

/** "KH-UBND" -> "KH"; "CTr/HU" -> "CTr"; "2008/NĐ-CP" -> "NĐ". */
export function kindFromSymbol(symbol: string): string | null {
  if (/(^|[-/])QH\d*$/iu.test(symbol)) return 'L';
  for (const part of symbol.split(/[-/]/)) {
    const code = CODES.get(foldKeepLength(part));
    if (code) return code;
  }
  return null;
}

export function kindFromWord(word: string): string | null {
  const folded = foldKeepLength(word).trim();
  return KIND_WORDS.find((entry) => entry.folded === folded)?.code ?? null;
}
