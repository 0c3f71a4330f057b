// Targets (chỉ tiêu): figures under the plan's MỤC TIÊU / CHỈ TIÊU headings, split into
// one target per figure, with "trong đó" children, the year each must hold by, and the
// relative targets ("nâng cao tỷ lệ ...", "năm sau cao hơn năm trước") that carry no figure.

import { foldKeepLength, squeeze } from './fold.ts';
import { lineAt, type Paragraph } from './source-document.ts';
import { findFigures, type Figure } from './target-figures.ts';
import type { TargetOp } from '../plans/plan-model.ts';
import type { ExtractedTarget } from './types.ts';

export interface TargetSource {
  paragraph: Paragraph;
  /** Offset where the text after the outline marker starts. */
  bodyOffset: number;
  /** Year stated by an enclosing heading ("1. Đến năm 2030:"). */
  headingYear: number | null;
}

interface Clause {
  start: number;
  end: number;
}

const YEAR_NEAR =
  /(?<!so voi\s(?:cuoi\s|dau\s)?)(?:(?:den|toi|vao|trong|cuoi)\s+)?nam(?:\s+hoc)?\s+((?:19|20|21)\d{2})(?:\s*[-–]\s*((?:19|20|21)\d{2}))?|giai doan\s+(?:19|20|21)\d{2}\s*[-–]\s*((?:19|20|21)\d{2})/g;

function splitClauses(folded: string, from: number): Clause[] {
  const clauses: Clause[] = [];
  let start = from;
  let depth = 0;
  for (let i = from; i < folded.length; i++) {
    const ch = folded[i]!;
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    const sentenceEnd = ch === '.' && (i + 1 >= folded.length || /\s/.test(folded[i + 1]!));
    if ((ch === ';' || sentenceEnd) && depth === 0) {
      if (i > start) clauses.push({ start, end: i });
      start = i + 1;
    }
  }
  if (start < folded.length) clauses.push({ start, end: folded.length });
  return clauses;
}

function yearsIn(folded: string): Array<{ index: number; year: number }> {
  const found: Array<{ index: number; year: number }> = [];
  for (const match of folded.matchAll(YEAR_NEAR)) {
    const year = Number(match[3] ?? match[2] ?? match[1]);
    found.push({ index: match.index, year });
  }
  return found;
}

function pickYear(
  clauseFolded: string,
  figureStart: number,
  figureEnd: number,
  fallback: number | null,
  segment?: { start: number; end: number },
): number | null {
  // A year before the plan's own period names a law or a baseline ("Luật Giáo dục năm 2019"), not a deadline.
  const usable = (years: Array<{ index: number; year: number }>): Array<{ index: number; year: number }> =>
    fallback === null ? years : years.filter((y) => y.year >= fallback - 1);
  if (segment) {
    const own = usable(yearsIn(clauseFolded.slice(segment.start, segment.end)));
    if (own.length > 0) {
      const before = own.filter((y) => y.index + segment.start < figureStart);
      return (before.at(-1) ?? own[0]!).year;
    }
  }
  const years = usable(yearsIn(clauseFolded));
  const before = years.filter((y) => y.index < figureStart);
  if (before.length > 0) return before.at(-1)!.year;
  const after = years.find((y) => y.index >= figureEnd);
  return after?.year ?? fallback;
}

function cleanFragment(text: string): string {
  return squeeze(
    text
      .replace(/^[\s,;:)(–-]+/, '')
      .replace(/^(?:trong đó|trong số đó)\s*[:,]?\s*/iu, '')
      .replace(/^và\s+/u, '')
      .replace(/[\s,;:(–-]+$/, '')
      .replace(/^\)+|\(+$/g, ''),
  ).replace(/\s*\)$/, (m) => (text.includes('(') ? m : ''));
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

const TRAILING_CUE =
  /(?:^|\s)(?:phan dau|dat muc|dat ty le|dat|tren|duoi|it nhat|toi thieu|toi da|khong qua|khong duoi|khoang|xap xi|co|tu|hon|vuot|tro len|tien toi|va tien toi|va|thu hut|nang len|len)$/;
const LEADING_PREFIX =
  /^(?:(?:Đến|Tới)\s+năm\s+\d{4}|Phấn đấu(?:\s+(?:đến\s+)?năm\s+\d{4})?|Phân đầu|Phần đầu|Hằng năm|Hàng năm)\s*[,:]?\s*/iu;

function stripTrailingCues(text: string): string {
  let result = text.trim();
  for (let i = 0; i < 5; i++) {
    const match = TRAILING_CUE.exec(foldKeepLength(result));
    if (!match) break;
    result = result.slice(0, match.index).trim();
  }
  return result;
}

function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLocaleLowerCase('vi') + text.slice(1) : text;
}

function buildSubject(
  fragment: string,
  figure: Figure,
  figureOffsetInFragment: number,
  figureEndInFragment: number,
  prefix: string | null,
  parentSubject: string | null,
): string {
  const rawBefore = fragment.slice(0, Math.max(0, figureOffsetInFragment)).trim();
  const after = fragment
    .slice(Math.max(0, figureEndInFragment))
    .trim()
    .replace(/^(?:các|những)\s+/u, '');
  const before = stripTrailingCues(
    rawBefore
      .replace(LEADING_PREFIX, '')
      .replace(/:$/, '')
      .replace(/^và\s+/u, ''),
  );
  let subject: string;
  if (figure.unit === 'percent') {
    const rate = before.search(/t[ỷỉ] lệ/iu);
    if (rate >= 0) subject = before.slice(rate);
    else if (after.split(' ').length >= 2 || !before) subject = after || before;
    else subject = before;
    if (!/^t[ỷỉ] lệ/iu.test(subject)) subject = `Tỷ lệ ${lowerFirst(subject)}`;
  } else {
    const noun = figure.unitNoun ?? '';
    subject = figure.unit === 'per10k' ? `Số ${noun}/vạn dân` : `Số ${noun}${before ? ` (${lowerFirst(before)})` : ''}`;
  }
  subject = squeeze(subject.replace(/[,;:]$/, ''));
  if (parentSubject) subject = `${parentSubject}: ${lowerFirst(subject.replace(/^Tỷ lệ\s+/u, ''))}`;
  else if (prefix && !foldKeepLength(subject).includes(foldKeepLength(prefix).slice(0, 12)))
    subject = `${prefix}: ${lowerFirst(subject.replace(/^Tỷ lệ\s+/u, ''))}`;
  return capitalise(subject);
}

const RELATIVE_INCREASE = /\b(nang cao|tang|nang)\s+(ty le|so luong|so)\b|nam sau cao hon nam truoc|ngay cang tang/;
const RELATIVE_DECREASE = /\b(giam|ha)\s+(ty le|so luong|so)\b/;
const RELATIVE_MAINTAIN = /^\s*(?:tiep tuc\s+)?duy tri\b/;

function readRelativeOp(folded: string): TargetOp | null {
  if (RELATIVE_DECREASE.test(folded)) return 'decrease';
  if (RELATIVE_INCREASE.test(folded)) return 'increase';
  if (RELATIVE_MAINTAIN.test(folded)) return 'maintain';
  return null;
}

export function extractTargets(sources: TargetSource[], defaultYear: number | null): ExtractedTarget[] {
  const targets: ExtractedTarget[] = [];
  const nextId = (): string => `t${targets.length + 1}`;
  for (const source of sources) {
    const text = source.paragraph.text;
    const folded = foldKeepLength(text);
    const paragraphYear = /^\s*(?:phan dau\s+)?(?:den|toi)\s+nam\s+((?:19|20|21)\d{2})/.exec(
      folded.slice(source.bodyOffset),
    );
    const baseYear = paragraphYear ? Number(paragraphYear[1]) : (source.headingYear ?? defaultYear);
    const colon = folded.indexOf(':', source.bodyOffset);
    let lastTopLevel: ExtractedTarget | null = null;
    let lastRelativeOp: TargetOp | null = null;
    let childModeOpen = false;
    let carriedCue: { op: TargetOp; unit: Figure['unit'] } | null = null;
    for (const clause of splitClauses(folded, source.bodyOffset)) {
      const clauseText = text.slice(clause.start, clause.end);
      const clauseFolded = folded.slice(clause.start, clause.end);
      const figures = findFigures(clauseFolded, clauseText);
      // "trong đó A 7.500 người; B 28.500 người": a list of parts continues after ";".
      const afterSemicolon = text[clause.start - 1] === ';';
      const continuesParts: boolean =
        childModeOpen &&
        afterSemicolon &&
        figures[0] !== undefined &&
        figures[0].unit === lastTopLevel?.unit &&
        /^\s*\p{Ll}/u.test(clauseText) &&
        !/^\s*(?:tỷ lệ|tỉ lệ|số)(?!\p{L})/iu.test(clauseText);
      const clauseStartsChild: boolean = /^\s*\(?\s*trong (?:số )?đó(?!\p{L})/iu.test(clauseText) || continuesParts;
      const prefix =
        colon > clause.start && colon < clause.end && figures.length > 1 && figures[0]!.start > colon - clause.start
          ? squeeze(text.slice(clause.start, colon).replace(/^[\s,;-]+/, ''))
          : null;
      if (figures.length === 0) {
        childModeOpen = false;
        carriedCue = null;
        const op: TargetOp | null =
          readRelativeOp(clauseFolded) ?? (lastRelativeOp && /^\s*ty le\b/.test(clauseFolded) ? lastRelativeOp : null);
        lastRelativeOp = op;
        if (!op) continue;
        const fragment = cleanFragment(clauseText.replace(/^\s*(?:tiếp tục\s+)?duy trì và\s+/iu, ''));
        const subjectStart = fragment.search(/(?<!\p{L})(?:tỷ lệ|tỉ lệ|số lượng|số)(?!\p{L})/iu);
        const subject = capitalise(squeeze(subjectStart >= 0 ? fragment.slice(subjectStart) : fragment));
        targets.push({
          id: nextId(),
          text: fragment,
          subject,
          op,
          value: null,
          value2: null,
          unit: /ty le/.test(clauseFolded) ? 'percent' : /\bso\b/.test(clauseFolded) ? 'count' : null,
          unitNoun: null,
          year: pickYear(clauseFolded, clauseFolded.length, clauseFolded.length, baseYear),
          parent: clauseStartsChild || /\(\s*trong (?:số )?đó/iu.test(clauseText) ? (lastTopLevel?.id ?? null) : null,
          line: lineAt(source.paragraph, clause.start + (clauseText.length - clauseText.trimStart().length)),
          confidence: 0.6,
        });
        continue;
      }
      lastRelativeOp = null;
      // "Đạt 8,5 bác sĩ/vạn dân; 1,2 dược sĩ/vạn dân": a bare figure opening the next clause keeps the cue.
      const first = figures[0]!;
      if (
        first.op === 'eq' &&
        carriedCue &&
        carriedCue.unit === first.unit &&
        clauseText.slice(0, first.start).trim() === '' &&
        clauseFolded.length - first.end < 40
      )
        first.op = carriedCue.op;
      let childMode: boolean = clauseStartsChild;
      let segmentStart = 0;
      for (let i = 0; i < figures.length; i++) {
        const figure = figures[i]!;
        const next = figures[i + 1];
        let segmentEnd = clauseFolded.length;
        if (next) {
          const gap = clauseFolded.slice(figure.end, next.start);
          const split = clauseText.slice(figure.end, next.start).search(/\(|trong (?:số )?đó(?!\p{L})/iu);
          const lastComma = Math.max(gap.lastIndexOf(','), gap.lastIndexOf(' va '));
          segmentEnd = figure.end + (split >= 0 ? split : Math.max(lastComma, 0));
        }
        const gapBefore = clauseText.slice(segmentStart, figure.start);
        if (/trong (?:số )?đó(?!\p{L})/iu.test(gapBefore)) childMode = true;
        const fragmentRaw = clauseText.slice(segmentStart, segmentEnd);
        const fragment = cleanFragment(fragmentRaw);
        const fragmentOffset = fragmentRaw.indexOf(fragment.slice(0, 10));
        const figureIn = figure.start - segmentStart - Math.max(0, fragmentOffset);
        const figureEndIn = figure.end - segmentStart - Math.max(0, fragmentOffset);
        const year = pickYear(clauseFolded, figure.start, figure.end, baseYear, {
          start: segmentStart,
          end: segmentEnd,
        });
        const isChild = childMode && lastTopLevel !== null;
        const target: ExtractedTarget = {
          id: nextId(),
          text: fragment,
          subject: buildSubject(
            fragment,
            figure,
            figureIn,
            figureEndIn,
            isChild ? null : prefix,
            isChild ? lastTopLevel!.subject : null,
          ),
          op: figure.op,
          value: figure.value,
          value2: figure.value2,
          unit: figure.unit,
          unitNoun: figure.unit === 'percent' ? null : figure.unitNoun,
          year,
          parent: isChild ? lastTopLevel!.id : null,
          line: lineAt(source.paragraph, clause.start + segmentStart + Math.max(0, fragmentOffset)),
          confidence: confidenceOf(figure, fragment),
        };
        // "5.500 lao động (trong đó số lao động ... năm sau cao hơn năm trước)": a relative child.
        const aside = /\(\s*trong (?:số )?đó\s*[:,]?\s*([^()]*)\)/iu.exec(clauseText.slice(figure.end, segmentEnd));
        const asideOp =
          aside && findFigures(foldKeepLength(aside[1]!), aside[1]!).length === 0
            ? readRelativeOp(foldKeepLength(aside[1]!))
            : null;
        if (aside && asideOp) target.text = cleanFragment(clauseText.slice(segmentStart, figure.end + aside.index));
        targets.push(target);
        if (!isChild) lastTopLevel = target;
        if (aside && asideOp) {
          const asideText = squeeze(aside[1]!);
          const subjectStart = asideText.search(/(?<!\p{L})(?:tỷ lệ|tỉ lệ|số lượng|số)(?!\p{L})/iu);
          targets.push({
            id: nextId(),
            text: asideText,
            subject: capitalise(subjectStart >= 0 ? asideText.slice(subjectStart) : asideText),
            op: asideOp,
            value: null,
            value2: null,
            unit: target.unit,
            unitNoun: target.unitNoun,
            year,
            parent: target.id,
            line: lineAt(source.paragraph, clause.start + figure.end + aside.index),
            confidence: 0.6,
          });
        }
        segmentStart = segmentEnd;
        if (
          /\)/.test(clauseFolded.slice(figure.end, next ? next.start : clauseFolded.length)) &&
          childMode &&
          !clauseStartsChild
        )
          childMode = false;
      }
      childModeOpen = childMode && !/\)\s*$/.test(clauseFolded);
      const last = figures.at(-1)!;
      // Only a bare list ("Đạt 8,5 bác sĩ/vạn dân; 1,2 dược sĩ/vạn dân") shares its cue; a figure
      // followed by its own long subject ("trên 30% học sinh ...; 40% học sinh ...") does not.
      const listLike = clauseFolded.length - last.end < 40;
      carriedCue =
        listLike && ['gte', 'gt', 'lte', 'lt', 'approx'].includes(last.op) ? { op: last.op, unit: last.unit } : null;
    }
  }
  return dedupeTargets(targets);
}

function confidenceOf(figure: Figure, fragment: string): number {
  let confidence = 0.9;
  if (fragment.length < 15) confidence -= 0.25;
  if (figure.unit === 'count') confidence -= 0.15;
  if (figure.unit === 'percent' && (figure.value > 100 || (figure.value2 ?? 0) > 100)) confidence -= 0.4;
  return Math.max(0.1, Math.round(confidence * 100) / 100);
}

function dedupeTargets(targets: ExtractedTarget[]): ExtractedTarget[] {
  const kept: ExtractedTarget[] = [];
  const renamed = new Map<string, string>();
  for (const target of targets) {
    const twin = kept.find(
      (k) =>
        k.value === target.value &&
        k.value2 === target.value2 &&
        k.unit === target.unit &&
        k.value !== null &&
        foldKeepLength(k.subject) === foldKeepLength(target.subject),
    );
    if (twin) renamed.set(target.id, twin.id);
    else kept.push(target);
  }
  const ids = new Map<string, string>();
  for (const [i, target] of kept.entries()) ids.set(target.id, `t${i + 1}`);
  return kept.map((target) => ({
    ...target,
    id: ids.get(target.id)!,
    parent: target.parent ? (ids.get(renamed.get(target.parent) ?? target.parent) ?? null) : null,
  }));
}
