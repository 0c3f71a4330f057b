// Numbers as Vietnamese documents write them: "." groups thousands, "," is the decimal
// mark ("5.500" = 5500, "31,23" = 31.23). Web copies sometimes use "." as a decimal
// mark ("99.5"); a dot followed by exactly three digits is read as grouping.

export const NUMBER_PATTERN = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?`;

export function parseVietnameseNumber(raw: string): number | null {
  const text = raw.trim();
  if (!/^\d[\d.,]*$/.test(text)) return null;
  let normalised: string;
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(text)) normalised = text.replace(/\./g, '').replace(',', '.');
  else if (/^\d+,\d+$/.test(text)) normalised = text.replace(',', '.');
  else if (/^\d+\.\d{1,2}$/.test(text) || /^\d+$/.test(text)) normalised = text;
  else if (/^\d{1,3}(?:,\d{3})+$/.test(text)) normalised = text.replace(/,/g, '');
  else return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

export function parseRoman(raw: string): number | null {
  const text = raw.toUpperCase();
  if (!/^[IVXLC]+$/.test(text)) return null;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = ROMAN[text[i]!]!;
    const next = ROMAN[text[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total > 0 && total < 200 ? total : null;
}

export function padTwo(value: number): string {
  return String(value).padStart(2, '0');
}

/** Day/month/year -> ISO date, or null when the date does not exist. */
export function toIsoDate(day: number, month: number, year: number): string | null {
  if (!Number.isInteger(day) || !Number.isInteger(month) || !Number.isInteger(year)) return null;
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${padTwo(month)}-${padTwo(day)}`;
}

/** The first date written as "13/12/2023", "17-11-2023" or "17 tháng 11 năm 2023" in text. */
export function findDate(text: string): { iso: string; index: number; length: number } | null {
  const pattern =
    /(\d{1,2})\s*(?:\/|-|\.)\s*(\d{1,2})\s*(?:\/|-|\.)\s*(\d{4})|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu;
  const match = pattern.exec(text);
  if (!match) return null;
  const [day, month, year] = match[1] ? [match[1], match[2], match[3]] : [match[4], match[5], match[6]];
  const iso = toIsoDate(Number(day), Number(month), Number(year));
  return iso ? { iso, index: match.index, length: match[0].length } : null;
}
