// Vietnamese document types: the title word and the code used in document symbols.

import { foldKeepLength } from './fold.ts';

export const KIND_WORDS: Array<{ word: string; folded: string; code: string }> = [
  ['Kế hoạch', 'KH'],
  ['Quyết định', 'QĐ'],
  ['Chương trình', 'CTr'],
  ['Nghị quyết', 'NQ'],
  ['Chỉ thị', 'CT'],
  ['Báo cáo', 'BC'],
  ['Công văn', 'CV'],
  ['Thông báo', 'TB'],
  ['Đề án', 'ĐA'],
  ['Kết luận', 'KL'],
  ['Hướng dẫn', 'HD'],
  ['Thông tư liên tịch', 'TTLT'],
  ['Thông tư', 'TT'],
  ['Nghị định', 'NĐ'],
  ['Quy định', 'QyĐ'],
  ['Quy chế', 'QC'],
  ['Tờ trình', 'TTr'],
  ['Luật', 'L'],
  ['Chiến lược', 'CL'],
  ['Dự án', 'DA'],
].map(([word, code]) => ({ word: word!, folded: foldKeepLength(word!), code: code! }));

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
