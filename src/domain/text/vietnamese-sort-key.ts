// A byte-comparable key that orders text as compareVietnamese does (Intl.Collator 'vi',
// base sensitivity, numeric): so a database sorts by it with COLLATE "C" on any engine,
// without an ICU collation (which PGlite does not ship).

// Tone marks only change the secondary level, which base sensitivity ignores.
const toneMarks = /[\u0300\u0301\u0303\u0309\u0323]/g;
// Letters Vietnamese orders after their base letter: a < ă < â, d < đ, e < ê, o < ô < ơ, u < ư.
const letterVariants: Record<string, string> = {
  'a\u0306': 'a1',
  'a\u0302': 'a2',
  'e\u0302': 'e1',
  'o\u0302': 'o1',
  'o\u031b': 'o2',
  'u\u031b': 'u1',
  đ: 'd1',
};

/**
 * Space < punctuation < digits (by numeric value) < letters; each letter is written as two
 * characters (base letter, variant) so keys stay aligned letter by letter.
 */
export function vietnameseSortKey(text: string): string {
  const folded = text.normalize('NFD').toLowerCase().replace(toneMarks, '').replace(/Đ/g, 'đ');
  let key = '';
  const pattern = /[aeou][\u0306\u0302\u031b]|đ|\d+|\s+|./gsu;
  for (const [piece] of folded.matchAll(pattern)) {
    const variant = letterVariants[piece];
    if (variant) key += variant;
    else if (/^\d+$/.test(piece)) {
      const digits = piece.replace(/^0+(?=\d)/, '');
      key += `\u0003${String.fromCharCode(0x40 + Math.min(digits.length, 60))}${digits}`;
    } else if (/^\s+$/.test(piece)) key += '\u0001';
    else if (/^\p{L}$/u.test(piece)) key += `${piece}0`;
    else if (/^\p{M}$/u.test(piece)) continue;
    else key += `\u0002${piece}`;
  }
  return key;
}
