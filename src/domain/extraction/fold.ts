// Diacritics-insensitive matching that keeps string offsets: every character of the
// (NFC) input maps to exactly one character of the output, so a regex match on the
// folded text gives offsets valid in the original.

const cache = new Map<string, string>();

function foldChar(ch: string): string {
  let folded = cache.get(ch);
  if (folded === undefined) {
    if (ch === 'đ' || ch === 'Đ') folded = 'd';
    else {
      const base = ch.normalize('NFD')[0] ?? ch;
      folded = base.toLowerCase();
      if (folded.length !== 1) folded = ch.length === 1 ? ch : ' ';
    }
    cache.set(ch, folded);
  }
  return folded;
}

/** Lower-cases and strips Vietnamese marks, one output character per input character. */
export function foldKeepLength(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i];
    else out += foldChar(text[i]!);
  }
  return out;
}

/** Collapses white space and trims. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const UPPER = /^\p{Lu}/u;

export function startsUpper(text: string): boolean {
  return UPPER.test(text) && text[0] !== text[0]!.toLowerCase();
}

export function startsLower(text: string): boolean {
  const first = text[0];
  return first !== undefined && first !== first.toUpperCase() && first === first.toLowerCase();
}

/** "PHÓ CHỦ TỊCH" -> "Phó Chủ tịch": Vietnamese titles keep only the first letter capital. */
export function toSentenceCase(text: string): string {
  const lower = text.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

export function isMostlyUpperCase(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 3) return false;
  let upper = 0;
  for (const ch of letters) if (ch !== ch.toLowerCase()) upper++;
  return upper / letters.length > 0.8;
}
