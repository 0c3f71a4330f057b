// The fixed wording of a Decree 30/2020 report, written once: the issuer's header lines, the
// place-and-date line (Appendix I: days below 10 and months 1–2 take a leading zero), the
// citation of the plan, the signing authority, and the sentences that carry the figures.
// Every figure in a sentence is counted by the caller from the data; nothing here is typed in.
import type { IsoDate } from '../periods/iso-dates.ts';
import { formatNumber } from '../targets/format-figure.ts';

const ubndPrefix = /^(ủy|uỷ) ban nhân dân\s+/i;

/** "Ủy ban nhân dân huyện Càng Long" → ["ỦY BAN NHÂN DÂN", "HUYỆN CÀNG LONG"]; other issuers on one line. */
export function splitIssuerLines(issuer: string | null): string[] {
  const text = (issuer ?? '').trim();
  if (!text) return ['ỦY BAN NHÂN DÂN'];
  if (ubndPrefix.test(text)) {
    const rest = text.replace(ubndPrefix, '').trim();
    return rest ? ['ỦY BAN NHÂN DÂN', rest.toLocaleUpperCase('vi')] : ['ỦY BAN NHÂN DÂN'];
  }
  return [text.toLocaleUpperCase('vi')];
}

/** "Ủy ban nhân dân huyện Càng Long" → "UBND huyện Càng Long" (citations, the symbol). */
export function shortenIssuer(issuer: string | null): string {
  const text = (issuer ?? '').trim();
  return ubndPrefix.test(text) ? `UBND ${text.replace(ubndPrefix, '').trim()}`.trim() : text;
}

const dayParts = (date: IsoDate) => ({
  year: Number(date.slice(0, 4)),
  month: Number(date.slice(5, 7)),
  day: Number(date.slice(8, 10)),
});

/** "Càng Long, ngày 05 tháng 01 năm 2025" (Decree 30: a leading zero for days 1–9 and months 1–2). */
export function formatPlaceDate(place: string, date: IsoDate): string {
  const { year, month, day } = dayParts(date);
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month < 3 ? `0${month}` : String(month);
  const prefix = place.trim() ? `${place.trim()}, ` : '';
  return `${prefix}ngày ${dd} tháng ${mm} năm ${year}`;
}

/** "04/8/2021": how plans cite a document's date (day padded, month not). */
export function formatCitationDate(date: IsoDate): string {
  const { year, month, day } = dayParts(date);
  return `${String(day).padStart(2, '0')}/${month}/${year}`;
}

/** "05/12/2024" for tables and the explanation of "as of". */
export function formatShortDate(date: IsoDate): string {
  const { year, month, day } = dayParts(date);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/** "Quý I/2024" → "quý I/2024", "Năm 2024" → "năm 2024": a period label inside a sentence. */
export function lowerFirst(text: string): string {
  return text ? text.charAt(0).toLocaleLowerCase('vi') + text.slice(1) : text;
}

/**
 * The signing block's authority lines: "TM. ỦY BAN NHÂN DÂN" for a People's Committee, then
 * "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" when a vice-chair signs for the chair, else the title.
 */
export function describeSigningAuthority(issuer: string | null, signerTitle: string | null): string[] {
  const lines: string[] = [];
  if (ubndPrefix.test((issuer ?? '').trim())) lines.push('TM. ỦY BAN NHÂN DÂN');
  const title = (signerTitle ?? '').trim();
  if (/^phó chủ tịch/i.test(title)) lines.push('KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH');
  else if (title) lines.push(title.toLocaleUpperCase('vi'));
  else lines.push('CHỦ TỊCH');
  return lines;
}

/** "12/27 (44,4%)": a part of a whole with its share, or "0/0" when there is nothing to count. */
export function formatShare(part: number, whole: number): string {
  if (whole === 0) return '0/0';
  return `${part}/${whole} (${formatNumber((part / whole) * 100, 'vi', 1)}%)`;
}

/** "5 chỉ tiêu đạt, 3 chỉ tiêu đúng tiến độ và 2 chỉ tiêu chưa có số liệu" (parts with a count only). */
export function joinCounts(parts: ReadonlyArray<{ count: number; text: string }>): string {
  const present = parts.filter((part) => part.count > 0).map((part) => `${part.count} ${part.text}`);
  if (present.length <= 1) return present[0] ?? '';
  return `${present.slice(0, -1).join(', ')} và ${present[present.length - 1]}`;
}
