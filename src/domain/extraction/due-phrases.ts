// Due phrases: "Quý I/2022", "Tháng 12 hàng năm", "Thường xuyên", "Hoàn thành trong
// tháng 12/2023", "Trong năm 2021", "trước ngày 15/12/2022", "6 tháng/lần".

import { foldKeepLength } from './fold.ts';
import { padTwo, parseRoman, toIsoDate } from './vietnamese-numbers.ts';
import type { Frequency, TaskDue } from '../plans/plan-model.ts';

function readFrequency(folded: string): { freq: Frequency; month: number | null } | null {
  const month =
    /thang\s+(\d{1,2})\s+(?:hang|moi)\s+nam/.exec(folded) ??
    /(?:hang|moi)\s+nam[^.;]{0,30}?thang\s+(\d{1,2})\b(?!\s*\/)/.exec(folded) ??
    /ngay\s+\d{1,2}\s*\/\s*(\d{1,2})(?!\s*\/\s*\d)[^.;]{0,12}(?:hang|moi)\s+nam/.exec(folded) ??
    /(?:hang|moi)\s+nam\s*\(?\s*(?:truoc|vao)\s+ngay\s+\d{1,2}\s*(?:\/|thang\s+)\s*(\d{1,2})(?!\s*\/\s*\d)/.exec(
      folded,
    );
  if (
    /(6|06|sau)\s+thang\s*(?:\/|mot)\s*lan|(?:hang|moi|dinh ky)\s+(?:6|06|sau)\s+thang|nua nam|6\s+thang\s+dau\s+nam|06\s+thang\s+dau\s+nam|6\s+thang\s+cuoi\s+nam|06 thang cuoi nam|sau thang/.test(
      folded,
    )
  ) {
    return { freq: 'half-yearly', month: null };
  }
  if (/(?:hang|moi|dinh ky|tung)\s+quy|quy\s*(?:\/|mot)\s*lan/.test(folded)) return { freq: 'quarterly', month: null };
  if (/(?:hang|moi|dinh ky|tung)\s+thang\b(?!\s+\d)/.test(folded)) return { freq: 'monthly', month: null };
  if (
    /(?:hang|moi|dinh ky|tung)\s+nam|nam\s*(?:\/|mot)\s*lan|dinh ky nam|cac nam tiep theo|nhung nam tiep theo/.test(
      folded,
    )
  ) {
    const value = month ? Number(month[1]) : null;
    return { freq: 'yearly', month: value && value >= 1 && value <= 12 ? value : null };
  }
  return null;
}

function readOnce(folded: string): string | null {
  const quarter = /quy\s+([ivx]+|\d)\s*(?:\/|nam|-)\s*((?:19|20|21)\d{2})/.exec(folded);
  if (quarter) {
    const q = /^\d$/.test(quarter[1]!) ? Number(quarter[1]) : parseRoman(quarter[1]!);
    if (q && q >= 1 && q <= 4) return `${quarter[2]}-Q${q}`;
  }
  const day =
    /(?:ngay\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20|21)\d{2})|ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+((?:19|20|21)\d{2})/.exec(
      folded,
    );
  if (day) {
    const iso = day[1]
      ? toIsoDate(Number(day[1]), Number(day[2]), Number(day[3]))
      : toIsoDate(Number(day[4]), Number(day[5]), Number(day[6]));
    if (iso) return iso;
  }
  // A span of months ends at its last month.
  const months = [...folded.matchAll(/thang\s+(\d{1,2})\s*(?:\/|-|nam)\s*((?:19|20|21)\d{2})/g)];
  const month = months.at(-1);
  if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12) return `${month[2]}-${padTwo(Number(month[1]))}`;
  const span = /((?:19|20|21)\d{2})\s*(?:-|–|den(?:\s+nam)?)\s*((?:19|20|21)\d{2})/.exec(folded);
  if (span) return span[2]!;
  const year = /(?:nam|truoc|den|trong)\s+((?:19|20|21)\d{2})|^\s*((?:19|20|21)\d{2})\s*$/.exec(folded);
  if (year) return (year[1] ?? year[2])!;
  return null;
}

/** A due phrase from a time column or a "Thời gian thực hiện:" line. */
export function parseDuePhrase(phrase: string): TaskDue | null {
  const folded = foldKeepLength(phrase).replace(/\s+/g, ' ').trim();
  if (!folded) return null;
  const frequency = readFrequency(folded);
  if (frequency) return { kind: 'recurring', freq: frequency.freq, month: frequency.month };
  if (/thuong xuyen|lien tuc|hang ngay|suot (ca )?nam|dai han/.test(folded)) return { kind: 'ongoing' };
  const by = readOnce(folded);
  return by ? toOnce(by) : null;
}

/** The contract's `by` is a quarter, month or year; a day goes to `date`. */
function toOnce(by: string): TaskDue {
  return /^\d{4}-\d{2}-\d{2}$/.test(by) ? { kind: 'once', by: by.slice(0, 7), date: by } : { kind: 'once', by };
}

/**
 * A due stated inside a duty's own text. Only strong cues count: a periodic cycle
 * ("định kỳ hằng năm", "định kỳ 06 tháng") or "thường xuyên" used as an adverb; a year
 * named in passing ("kế hoạch thực hiện trong năm 2024") is not a deadline.
 */
export function inferDueFromText(text: string): TaskDue | null {
  const folded = foldKeepLength(text);
  const cycle = /dinh ky[^.;]{0,60}/.exec(folded);
  if (cycle) {
    const frequency = readFrequency(cycle[0]);
    if (frequency)
      return {
        kind: 'recurring',
        freq: frequency.freq,
        month:
          frequency.freq === 'yearly'
            ? (frequency.month ?? monthNear(folded.slice(cycle.index, cycle.index + 80)))
            : null,
      };
  }
  const deadline =
    /(?:hoan thanh|xong|ket thuc)\s+(?:truoc|trong|vao)\s+[^.;]{0,30}|(?:truoc|cham nhat)\s+(?:ngay|thang|quy)\s+[^.;]{0,20}|trong\s+(?:quy|thang)\s+[ivx\d]{1,4}\s*\/\s*(?:19|20|21)\d{2}/.exec(
      folded,
    );
  if (
    deadline &&
    !/^[^.;]{0,25}(?:hang|moi)\s+(?:nam|quy|thang)/.test(folded.slice(deadline.index + deadline[0].length - 12))
  ) {
    const by = readOnce(deadline[0]);
    if (by) return toOnce(by);
  }
  // "... hằng năm." closing the duty, or dated "trước ngày 15/7 hằng năm": the duty repeats.
  // "ít nhất 02 lần/tháng": a count per period repeats every period.
  const perPeriod = /\d+\s*lan\s*\/\s*(nam|quy|thang)\b/.exec(folded);
  if (perPeriod)
    return {
      kind: 'recurring',
      freq: perPeriod[1] === 'nam' ? 'yearly' : perPeriod[1] === 'quy' ? 'quarterly' : 'monthly',
      month: null,
    };
  const repeated =
    /(?:hang|moi)\s+(nam|quy|thang)\s*(?=[.;(]|$)|(?:truoc|vao)\s+ngay\s+[\d/ ]{3,8}\s*(?:hang|moi)\s+(nam|quy|thang)/.exec(
      folded,
    );
  if (repeated) {
    // "trước ngày 20/6 và 20/12 hằng năm": two dates a year is a half-yearly duty.
    const datesBefore =
      folded.slice(Math.max(0, repeated.index - 40), repeated.index).match(/\d{1,2}\s*\/\s*\d{1,2}(?!\s*\/\s*\d)/g) ??
      [];
    if (/nam/.test(repeated[1] ?? repeated[2] ?? '') && datesBefore.length === 2)
      return { kind: 'recurring', freq: 'half-yearly', month: null };
    const frequency = readFrequency(repeated[0].replace(/^.*?(hang|moi)/, '$1'));
    if (frequency)
      return {
        kind: 'recurring',
        freq: frequency.freq,
        month: frequency.freq === 'yearly' ? (readFrequency(repeated[0])?.month ?? null) : null,
      };
  }
  if (
    /(?<!giao duc |dao tao |gdnn-gdtx |gdtx |boi duong )thuong xuyen (theo doi|kiem tra|cap nhat|ra soat|phoi hop|huong dan|don doc|to chuc|bao cao|tuyen truyen|chi dao|giam sat|danh gia|nam bat)|(?:thuc hien|tien hanh|duoc)\s+thuong xuyen\b|(?<!giao duc |dao tao |boi duong )thuong xuyen\s*[.;]?\s*$/.test(
      folded,
    )
  ) {
    return { kind: 'ongoing' };
  }
  return null;
}

function monthNear(folded: string): number | null {
  const match = /thang\s+(\d{1,2})\b|ngay\s+\d{1,2}\s*\/\s*(\d{1,2})\b/.exec(folded);
  const value = match ? Number(match[1] ?? match[2]) : null;
  return value && value >= 1 && value <= 12 ? value : null;
}
