// Figures a plan commits to inside one clause: "đạt trên 72%", "từ 25% đến 35%",
// "45-50%", "ít nhất 5.500 lao động", "từ 10 đến 12 bác sĩ/vạn dân". Numbers that are
// not commitments are skipped: ages ("trẻ em dưới 5 tuổi"), years, grades ("lớp 4"),
// dates, document numbers and counts that only describe a percentage's subject
// ("100% Trạm Y tế có 02 bác sĩ").

import { parseVietnameseNumber } from './vietnamese-numbers.ts';
import type { TargetOp, TargetUnit } from '../plans/plan-model.ts';

export interface Figure {
  /** Offsets in the clause's folded text. */
  start: number;
  numberStart: number;
  end: number;
  value: number;
  value2: number | null;
  unit: TargetUnit;
  unitNoun: string | null;
  op: TargetOp;
}

const N = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?`;
const NUMBER_AT = new RegExp(String.raw`(?<![\d/.,])(${N})(?![\d]|[.,]\d|\s?[-/]\s?[a-z])`, 'g');
const DATE_SPAN =
  /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|\d{1,2}\s*\/\s*\d{4}|ngay\s+\d{1,2}\s+thang\s+\d{1,2}(?:\s+nam\s+\d{4})?|thang\s+\d{1,2}(?![.,]?\d)(?:\s*\/\s*\d{4}|\s+nam\s+\d{4})?/g;
const PER_10K = String.raw`\s*\/\s*(?:1\s+)?(?:van|10\.000|10000)\s+(?:dan|nguoi dan)`;
const NOT_COUNT_NOUN =
  /^(tuoi|nam|thang|ngay|quy|gio|phut|giay|lan|tuan|ky|khoa|dot|buoc|cap|loai|muc|diem|sao|chieu|phan tram|trieu|ty|nghin|ngan|dong|km|m|ha|kg|tan|lit)\b/;
const NOT_AFTER =
  /(lop|khoa|so|nam|thu|dieu|khoan|muc|phu luc|quy|thang|ngay|nghi quyet|quyet dinh|ke hoach|chuong trinh|chi thi|giai doan|nhiem ky|tuoi|hang|cap|bac|loai|top|lan thu|tu|tren|duoi)\s*$/;
const NOUN_STOP =
  /\s*(?:[,;:()./]|\s(?:va|dat|duoc|co|trong|tu|tham gia|tro len|tro xuong|tai|o|theo|nham|de|thuoc|cua|den|tren|duoi|moi|hang|di|ve|ra|vao|len|nam|sau|truoc|khi|la|se|can|phai|voi)\b)/;

function isYearLike(value: number, raw: string, before: string, after: string): boolean {
  if (!/^\d{4}$/.test(raw) || value < 1945 || value > 2150) return false;
  if (/^\s*%/.test(after)) return false;
  if (/(nam|giai doan|den|tu|khoa|nhiem ky|hoc|-|–)\s*$/.test(before)) return true;
  return /^\s*(?:-|–)\s*\d{4}/.test(after) || !/^\s+[a-z]/.test(after);
}

function readOp(before: string, after: string): TargetOp {
  const tail = before.slice(-40);
  if (/(≥|>=)\s*$/.test(tail)) return 'gte';
  if (/(≤|<=)\s*$/.test(tail)) return 'lte';
  if (/>\s*$/.test(tail)) return 'gt';
  if (/<\s*$/.test(tail)) return 'lt';
  if (/(khong vuot qua|khong qua|toi da|khong vuot|khong cao hon)\s*$/.test(tail)) return 'lte';
  if (/(it nhat|toi thieu|khong duoi|khong it hon|khong thap hon)\s*$/.test(tail)) return 'gte';
  if (/(tren|hon|vuot|vuot muc|cao hon)\s*$/.test(tail)) return 'gt';
  if (/(duoi|thap hon|it hon)\s*$/.test(tail)) return 'lt';
  if (/(khoang|xap xi|gan|chung|uoc)\s*$/.test(tail)) return 'approx';
  if (/(duy tri|giu vung|giu on dinh)(\s+(o\s+)?muc)?\s*$/.test(tail)) return 'maintain';
  // "tăng bình quân 2,5%/năm", "giảm 0,8%": a change, not a level ("giảm còn 2%" is a level).
  if (/(tang|tang them|tang binh quan|tang it nhat)\s*$/.test(tail)) return 'increase';
  if (/(giam|giam them|giam binh quan|giam it nhat)\s*$/.test(tail)) return 'decrease';
  if (/^\s*%?\s*(tro len)/.test(after)) return 'gte';
  if (/^\s*%?\s*(tro xuong|tro lai)/.test(after)) return 'lte';
  if (/(dat|dat muc|dat ty le|dat it nhat)\s*$/.test(tail)) return 'gte';
  return 'eq';
}

function readNoun(folded: string, original: string, from: number): { noun: string; end: number } | null {
  const rest = folded.slice(from);
  const lead = /^\s+/.exec(rest);
  if (!lead) return null;
  const start = from + lead[0].length;
  if (!/^[a-z]/.test(folded.slice(start))) return null;
  if (NOT_COUNT_NOUN.test(folded.slice(start))) return null;
  const stop = NOUN_STOP.exec(folded.slice(start));
  let end = stop ? start + stop.index : folded.length;
  const words = original.slice(start, end).split(' ').slice(0, 5);
  const noun = words.join(' ').trim();
  end = start + noun.length;
  if (noun.length === 0 || /\d/.test(noun)) return null;
  return { noun, end };
}

/** Figures in a clause, in order. `folded` is foldKeepLength(original). */
export function findFigures(folded: string, original: string): Figure[] {
  const figures: Figure[] = [];
  let percentSeen = false;
  const numbers = [...folded.matchAll(NUMBER_AT)];
  const dateSpans = [...folded.matchAll(DATE_SPAN)].map((m) => [m.index, m.index + m[0].length] as const);
  for (let i = 0; i < numbers.length; i++) {
    const match = numbers[i]!;
    const raw = match[1]!;
    const numberStart = match.index;
    const numberEnd = numberStart + raw.length;
    const value = parseVietnameseNumber(raw);
    if (value === null) continue;
    const before = folded.slice(0, numberStart);
    const after = folded.slice(numberEnd);
    if (isYearLike(value, raw, before, after)) continue;
    if (dateSpans.some(([from, to]) => numberStart >= from && numberStart < to)) continue;
    if (/^\s*(?:-|–|den)\s*(?:\d[\d.,]*)\s*tuoi/.test(after) || /^\s*tuoi/.test(after)) continue;
    if (/(?:tuoi\s+tu|do tuoi)\s+(?:\d[\d.,]*\s*(?:-|–|den)\s*)?$/.test(before)) continue;
    const rangeAhead = new RegExp(String.raw`^\s*%?\s*(?:-|–|den)\s*(${N})`).exec(after);
    if (rangeAhead) {
      // The range is emitted at its upper bound; skip the lower one here.
      const next = numbers[i + 1];
      if (next && next.index === numberEnd + rangeAhead[0].length - rangeAhead[1]!.length) continue;
    }
    const rangeBehind = new RegExp(String.raw`(?:tu\s+)?(${N})\s*%?\s*(?:-|–|den)\s*$`).exec(before);
    const lower = rangeBehind ? parseVietnameseNumber(rangeBehind[1]!) : null;
    const isRange = rangeBehind !== null && lower !== null && lower < value && !/tuoi\s*$/.test(before);
    const start = isRange ? rangeBehind!.index : numberStart;
    const cueBefore = folded.slice(0, start);
    const percent = /^\s*(?:%|diem\s*(?:%|phan tram))/.exec(after);
    if (percent) {
      const end = numberEnd + percent[0].length;
      const trailing = /^\s*tro (len|xuong)/.exec(folded.slice(end));
      figures.push({
        start,
        numberStart,
        end: end + (trailing ? trailing[0].length : 0),
        value: isRange ? lower! : value,
        value2: isRange ? value : null,
        unit: 'percent',
        unitNoun: null,
        op: isRange ? 'range' : readOp(cueBefore, after),
      });
      percentSeen = true;
      continue;
    }
    if (
      NOT_AFTER.test(before) &&
      value < 100 &&
      !/\./.test(raw) &&
      !isRange &&
      !/(it nhat|toi thieu|khoang|tren|duoi)\s*$/.test(before.slice(-12))
    )
      continue;
    const noun = readNoun(folded, original, numberEnd);
    const per10kAfter = new RegExp(String.raw`^\s+([a-z][a-z ]{0,30}?)${PER_10K}`).exec(after);
    if (per10kAfter) {
      const nounText = original
        .slice(numberEnd, numberEnd + per10kAfter[0].length)
        .replace(/\/.*$/s, '')
        .trim();
      figures.push({
        start,
        numberStart,
        end: numberEnd + per10kAfter[0].length,
        value: isRange ? lower! : value,
        value2: isRange ? value : null,
        unit: 'per10k',
        unitNoun: nounText || null,
        op: isRange ? 'range' : readOp(cueBefore, after),
      });
      continue;
    }
    if (!noun) continue;
    const per10kBefore =
      (new RegExp(PER_10K).test(before.slice(-80)) || /tren\s+(?:1\s+)?van\s+dan/.test(before.slice(-60))) &&
      !figures.some((f) => f.unit === 'per10k');
    if (!per10kBefore && percentSeen) continue;
    figures.push({
      start,
      numberStart,
      end: noun.end,
      value: isRange ? lower! : value,
      value2: isRange ? value : null,
      unit: per10kBefore ? 'per10k' : 'count',
      unitNoun: noun.noun,
      op: isRange ? 'range' : readOp(cueBefore, folded.slice(noun.end)),
    });
  }
  // "Đạt 9 bác sĩ/vạn dân và 2,5 dược sĩ/vạn dân": the cue covers the whole list.
  for (let i = 1; i < figures.length; i++) {
    const figure = figures[i]!;
    const previous = figures[i - 1]!;
    if (
      figure.op === 'eq' &&
      previous.op !== 'range' &&
      previous.op !== 'eq' &&
      previous.unit === figure.unit &&
      /^\s*(?:,|va)\s*$/.test(folded.slice(previous.end, figure.start))
    )
      figure.op = previous.op;
  }
  return figures;
}
