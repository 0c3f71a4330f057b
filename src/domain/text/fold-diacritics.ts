/**
 * Folds Vietnamese text for matching: strips tone and vowel marks, maps đ to d,
 * lower-cases and collapses white space, so "Tháp Mười" and "thap  muoi" compare equal.
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Sorts Vietnamese names the way Vietnamese readers expect (Đ after D). */
export const vietnameseCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export function compareVietnamese(a: string, b: string): number {
  return vietnameseCollator.compare(a, b);
}
