// The browser's ICU knows Vietnamese order (Đ after D, tones after the base letter).
const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export function compareVietnameseText(a: string, b: string): number {
  return collator.compare(a, b);
}
