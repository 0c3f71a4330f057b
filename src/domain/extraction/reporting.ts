// Reporting duties: "Định kỳ hằng năm (trước ngày 15 tháng 12) hoặc đột xuất (khi có yêu
// cầu), báo cáo kết quả thực hiện về Ủy ban nhân dân huyện (qua Phòng ...)". A duty needs
// a stated cycle; "định kỳ sơ kết, tổng kết" with no cycle is not a reporting duty.

import { foldKeepLength, squeeze } from './fold.ts';
import { lineAt, type Paragraph } from './source-document.ts';
import { padTwo } from './vietnamese-numbers.ts';
import type { ReportingFrequency } from '../plans/plan-model.ts';
import type { ExtractedReportingDuty } from './types.ts';

const CYCLE =
  /dinh ky\s*(?:\(|,)?\s*(hang nam|hang năm|moi nam|06 thang|6 thang|sau thang|hang quy|moi quy|hang thang|moi thang|nam)\b|(?:^|[\s(,])(hang|moi)\s+(nam|quy|thang)\s*\(?\s*(?:truoc|vao)\s+(?:ngay|thang)/g;
const REPORT_WORD = /bao cao|so ket|tong ket|tong hop ket qua/;

function frequencyOf(word: string): ReportingFrequency | null {
  if (/6 thang|06 thang|sau thang/.test(word)) return 'half-yearly';
  if (/quy/.test(word)) return 'quarterly';
  if (/thang/.test(word)) return 'monthly';
  if (/nam/.test(word)) return 'yearly';
  return null;
}

function readDueDate(folded: string): string | null {
  const dayMonth = /(?:truoc|vao|den|cham nhat)\s+ngay\s+(\d{1,2})\s*(?:\/|-|thang\s+)(\d{1,2})\b/.exec(folded);
  if (dayMonth) {
    const day = Number(dayMonth[1]);
    const month = Number(dayMonth[2]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return `${padTwo(month)}-${padTwo(day)}`;
  }
  const month = /(?:truoc|vao|trong)\s+thang\s+(\d{1,2})\b/.exec(folded);
  if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12) return padTwo(Number(month[1]));
  return null;
}

function readRecipient(text: string, folded: string): { to: string | null; via: string | null } {
  const about =
    /(?:bao cao|gui)(?:[^.;]{0,60}?)\s+ve\s+/.exec(folded) ??
    /bao cao(?:\s+cho)?\s+(?=(?:uy ban|ubnd|so|phong|ban|hdnd|hoi dong|thuong truc|chu tich|cap uy|dang uy|huyen uy|tinh uy)\b)/.exec(
      folded,
    );
  if (!about) return { to: null, via: null };
  const start = about.index + about[0].length;
  const rest = folded.slice(start);
  const end = /\s*(?:\(|,|;|\.|\s(?:de|truoc|tham muu|theo|dong thoi)\b|$)/.exec(rest);
  const to = squeeze(text.slice(start, start + (end ? end.index : rest.length)));
  const via = /^\s*\(\s*qua\s+([^)]+)\)/.exec(text.slice(start + (end ? end.index : rest.length)));
  return { to: to || null, via: via ? squeeze(via[1]!) : null };
}

/** "báo cáo ... trước ngày 20/6 và 20/12 hằng năm" -> half-yearly; one date -> yearly. */
function extractDatedCycles(paragraph: Paragraph, folded: string, duties: ExtractedReportingDuty[]): void {
  const pattern =
    /(?:truoc|vao|cham nhat)\s+ngay\s+(\d{1,2})\s*(?:\/|-|thang\s+)\s*(\d{1,2})((?:\s*(?:,|va)\s*(?:ngay\s+)?\d{1,2}\s*(?:\/|-|thang\s+)\s*\d{1,2})*)\s*,?\s+(?:cua\s+)?(?:hang|moi)\s+nam/g;
  for (const match of folded.matchAll(pattern)) {
    const sentenceStart = Math.max(
      folded.lastIndexOf('. ', match.index) + 1,
      folded.lastIndexOf(';', match.index) + 1,
      0,
    );
    const sentence = folded.slice(sentenceStart, match.index + match[0].length);
    if (!REPORT_WORD.test(sentence)) continue;
    const extraDates = (match[3] ?? '').match(/\d{1,2}\s*(?:\/|-|thang\s+)\s*\d{1,2}/g) ?? [];
    const freq: ReportingFrequency =
      extraDates.length === 1 ? 'half-yearly' : extraDates.length >= 3 ? 'quarterly' : 'yearly';
    const month = Number(match[2]);
    const day = Number(match[1]);
    const original = paragraph.text.slice(sentenceStart, match.index + match[0].length);
    const { to, via } = readRecipient(original, sentence);
    duties.push({
      freq,
      due: month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `${padTwo(month)}-${padTwo(day)}` : null,
      to,
      via,
      text: squeeze(original),
      line: lineAt(paragraph, match.index),
      confidence: 0.8,
    });
  }
}

/** "báo cáo tổng kết năm (học) trước ngày 15/6/2025": a yearly report. */
function extractYearEndReports(paragraph: Paragraph, folded: string, duties: ExtractedReportingDuty[]): void {
  for (const match of folded.matchAll(
    /bao cao tong ket nam(?: hoc)?[^.;]{0,80}?(?:truoc|vao|cham nhat)\s+ngay\s+(\d{1,2})\s*(?:\/|thang\s+)\s*(\d{1,2})/g,
  )) {
    const line = lineAt(paragraph, match.index);
    if (duties.some((duty) => duty.line === line && duty.freq === 'yearly')) continue;
    const month = Number(match[2]);
    const day = Number(match[1]);
    const original = paragraph.text.slice(match.index, match.index + match[0].length);
    const { to, via } = readRecipient(original, match[0]);
    duties.push({
      freq: 'yearly',
      due: month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `${padTwo(month)}-${padTwo(day)}` : null,
      to,
      via,
      text: squeeze(original),
      line,
      confidence: 0.75,
    });
  }
}

export function extractReporting(paragraphs: Paragraph[]): ExtractedReportingDuty[] {
  const duties: ExtractedReportingDuty[] = [];
  for (const paragraph of paragraphs) {
    const folded = foldKeepLength(paragraph.text);
    extractDatedCycles(paragraph, folded, duties);
    extractYearEndReports(paragraph, folded, duties);
    if (!/dinh ky|hang nam|hang quy|hang thang/.test(folded)) continue;
    for (const match of folded.matchAll(CYCLE)) {
      const word = match[1] ?? `${match[3]}`;
      const freq = frequencyOf(word);
      if (!freq) continue;
      const sentenceStart = Math.max(
        folded.lastIndexOf('. ', match.index) + 1,
        folded.lastIndexOf(';', match.index) + 1,
        0,
      );
      const sentenceEndRaw = folded.slice(match.index).search(/\.\s|\.$|;/);
      const sentenceEnd = sentenceEndRaw < 0 ? folded.length : match.index + sentenceEndRaw + 1;
      const sentence = folded.slice(sentenceStart, sentenceEnd);
      if (!REPORT_WORD.test(sentence)) continue;
      const original = paragraph.text.slice(sentenceStart, sentenceEnd);
      const nextCycle = folded
        .slice(match.index + match[0].length)
        .search(/\s(?:va|hoac)\s+(?:dinh ky\s+)?(?:hang|6 thang|06 thang)/);
      const local = folded.slice(
        match.index,
        Math.min(
          sentenceEnd,
          match.index + 90,
          nextCycle >= 0 ? match.index + match[0].length + nextCycle : Number.MAX_SAFE_INTEGER,
        ),
      );
      const due = readDueDate(local);
      const { to, via } = readRecipient(original, sentence);
      const line = lineAt(paragraph, match.index);
      const text = squeeze(original);
      const push = (f: ReportingFrequency, d: string | null): void => {
        if (duties.some((duty) => duty.freq === f && (duty.line === line || duty.text === text))) return;
        duties.push({ freq: f, due: d, to, via, text, line, confidence: to ? 0.85 : 0.65 });
      };
      push(freq, due);
      // "định kỳ 6 tháng, hằng năm" states two cycles.
      const afterCycle = folded.slice(match.index + match[0].length);
      const second =
        /^\s*(?:\([^)]{0,60}\))?\s*(?:,|va|hoac)\s*(?:dinh ky\s+)?(hang nam|hang quy|hang thang|6 thang|06 thang|nam)\b/.exec(
          afterCycle,
        );
      const secondFreq = second ? frequencyOf(second[1]!) : null;
      if (secondFreq && secondFreq !== freq)
        push(
          secondFreq,
          readDueDate(afterCycle.slice(second!.index + second![0].length, second!.index + second![0].length + 40)),
        );
    }
  }
  return duties;
}
