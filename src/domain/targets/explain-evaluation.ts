// The explanation of an evaluation, in Vietnamese and English: the figure, the target and the
// status ("Năm 2024 đạt 73,4% — mục tiêu trên 72%: đạt"), then how a forecast status was reached.
import { STATUS_LABELS } from './evaluation-rules.ts';
import { type FigureLanguage, formatFigure, formatNumber, formatRate } from './format-figure.ts';
import type { EvaluatedTarget, EvaluationMethod, Forecast, Goal, Observation, TargetStatus } from './types.ts';

interface ExplainedOutcome {
  status: TargetStatus;
  latest: Observation | null;
  forecast: Forecast | null;
  method: EvaluationMethod;
}

type Phrases = Record<
  | 'gte'
  | 'gt'
  | 'lte'
  | 'lt'
  | 'approx'
  | 'range'
  | 'atLeast'
  | 'atMost'
  | 'increase'
  | 'decrease'
  | 'onPrevious'
  | 'onYear'
  | 'meaning'
  | 'keep'
  | 'keepYear'
  | 'byYear'
  | 'target'
  | 'noData'
  | 'noFigure'
  | 'noDataBy'
  | 'toAssess'
  | 'noYearData'
  | 'singlePoint'
  | 'noDeadline'
  | 'alreadyMet'
  | 'noPrevious'
  | 'forecast'
  | 'band'
  | 'ratio',
  string
>;

/** Paces beyond this share of the pace needed are shown as ">999%". */
const MAX_SHOWN_RATIO_PERCENT = 999;

// {x}: a figure, {y}: a year, {z}: a second figure.
const PHRASES: Record<FigureLanguage, Phrases> = {
  vi: {
    gte: 'ít nhất {x}',
    gt: 'trên {x}',
    lte: 'không quá {x}',
    lt: 'dưới {x}',
    approx: 'khoảng {x}',
    range: 'từ {x} đến {z}',
    atLeast: 'ít nhất {x}',
    atMost: 'không quá {x}',
    increase: 'tăng',
    decrease: 'giảm',
    onPrevious: 'so với kỳ trước',
    onYear: 'so với năm {y}',
    meaning: 'tức',
    keep: 'duy trì {x}',
    keepYear: 'duy trì mức năm {y} ({x})',
    byYear: 'vào năm {y}',
    target: 'mục tiêu',
    noData: 'Chưa có số liệu để đánh giá mục tiêu',
    noFigure: 'Mục tiêu chưa có con số để so sánh',
    noDataBy: 'Chưa có số liệu đến năm {y}',
    toAssess: 'để đánh giá mục tiêu',
    noYearData: 'Chưa có số liệu năm {y}; năm {z} đạt {x}',
    singlePoint: 'chỉ có một kỳ số liệu, chưa dự báo được',
    noDeadline: 'mục tiêu không nêu năm',
    alreadyMet: 'đã đạt mục tiêu',
    noPrevious: 'chưa có số liệu kỳ trước để so sánh',
    forecast: 'theo xu hướng {z}, dự báo năm {y} đạt {x}',
    band: 'trong khoảng {x} đến {z}',
    ratio: 'bằng {x}% tốc độ cần thiết',
  },
  en: {
    gte: 'at least {x}',
    gt: 'above {x}',
    lte: 'at most {x}',
    lt: 'below {x}',
    approx: 'about {x}',
    range: '{x} to {z}',
    atLeast: 'at least {x}',
    atMost: 'at most {x}',
    increase: 'up',
    decrease: 'down',
    onPrevious: 'on the previous period',
    onYear: 'on {y}',
    meaning: 'i.e.',
    keep: 'keep {x}',
    keepYear: 'keep the {y} level ({x})',
    byYear: 'by {y}',
    target: 'target',
    noData: 'No data yet to assess the target',
    noFigure: 'The target has no figure to compare with',
    noDataBy: 'No data up to {y}',
    toAssess: 'to assess the target',
    noYearData: 'No {y} figure; {z}: {x}',
    singlePoint: 'one period of data only, no forecast',
    noDeadline: 'the target names no year',
    alreadyMet: 'target already reached',
    noPrevious: 'no previous period to compare with',
    forecast: 'at {z}, forecast for {y}: {x}',
    band: 'between {x} and {z}',
    ratio: '{x}% of the pace needed',
  },
};

function fill(template: string, parts: { x?: string; y?: number | string | null; z?: string }): string {
  return template
    .replace('{x}', parts.x ?? '')
    .replace('{y}', String(parts.y ?? ''))
    .replace('{z}', parts.z ?? '');
}

/** "trên 72%", "từ 25% đến 35%", "tăng 5% so với năm 2020, tức ít nhất 63%", "tăng so với kỳ trước". */
export function describeTarget(target: EvaluatedTarget, goal: Goal | null, language: FigureLanguage = 'vi'): string {
  const phrases = PHRASES[language];
  const figure = (value: number) => formatFigure(value, target.unit, target.unitNoun, language);
  const { op, value, value2 } = target;
  if (op === 'increase' || op === 'decrease') {
    const verb = phrases[op];
    const amount = value === null ? '' : ` ${formatNumber(value, language)}%`;
    if (goal?.kind === 'threshold' && goal.reference) {
      const level = fill(goal.direction === 'up' ? phrases.atLeast : phrases.atMost, { x: figure(goal.threshold) });
      const onYear = fill(phrases.onYear, { y: goal.reference.year });
      return `${verb}${amount} ${onYear} (${figure(goal.reference.value)}), ${phrases.meaning} ${level}`;
    }
    return `${verb}${amount} ${phrases.onPrevious}`;
  }
  if (op === 'maintain') {
    const reference = goal?.kind === 'threshold' ? goal.reference : null;
    if (!reference) return fill(phrases.keep, { x: '' }).trim();
    if (reference.year === null) return fill(phrases.keep, { x: figure(reference.value) });
    return fill(phrases.keepYear, { x: figure(reference.value), y: reference.year });
  }
  if (value === null) return '';
  if (op === 'range') {
    // "từ 25% đến 35%", but "từ 10 đến 12 bác sĩ/vạn dân": the unit once, after a noun.
    const lower = target.unit === 'percent' || target.unit === null ? figure(value) : formatNumber(value, language);
    return fill(phrases.range, { x: lower, z: figure(value2 ?? value) });
  }
  if (op === 'eq') return figure(value);
  return fill(phrases[op], { x: figure(value) });
}

function describeForecast(outcome: ExplainedOutcome, target: EvaluatedTarget, language: FigureLanguage): string {
  const { forecast, method } = outcome;
  if (!forecast || method.slope === null) return '';
  const phrases = PHRASES[language];
  const figure = (value: number) => formatFigure(value, target.unit, target.unitNoun, language, 1);
  const parts = [
    fill(phrases.forecast, {
      x: figure(forecast.value),
      y: forecast.year,
      z: formatRate(method.slope, target.unit, target.unitNoun, language),
    }),
  ];
  if (forecast.low !== forecast.high)
    parts.push(fill(phrases.band, { x: figure(forecast.low), z: figure(forecast.high) }));
  if (forecast.ratio !== null) {
    const share = Math.max(0, Math.round(forecast.ratio * 100));
    const percent = share > MAX_SHOWN_RATIO_PERCENT ? `>${MAX_SHOWN_RATIO_PERCENT}` : formatNumber(share, language, 0);
    parts.push(fill(phrases.ratio, { x: percent }));
  }
  return parts.join(', ');
}

function explainIn(target: EvaluatedTarget, outcome: ExplainedOutcome, language: FigureLanguage): string {
  const phrases = PHRASES[language];
  const { method, latest, status } = outcome;
  const figure = (value: number) => formatFigure(value, target.unit, target.unitNoun, language);
  const label = STATUS_LABELS[status][language];
  const aim = describeTarget(target, method.goal, language);
  const year = method.targetYear;
  const yearPart = (leadYear: number | null) =>
    year === null || leadYear === year ? '' : ` ${fill(phrases.byYear, { y: year })}`;
  if (!method.goal) return phrases.noFigure;
  if (!latest) {
    if (method.notes.includes('no-observation-by-target-year'))
      return `${fill(phrases.noDataBy, { y: year })} ${phrases.toAssess} ${aim}`;
    return `${phrases.noData} ${aim}${yearPart(null)}`;
  }
  let lead =
    language === 'vi' ? `Năm ${latest.year} đạt ${figure(latest.value)}` : `${latest.year}: ${figure(latest.value)}`;
  if (method.notes.includes('latest-before-target-year') && year !== null) {
    lead = fill(phrases.noYearData, { y: year, z: String(latest.year), x: figure(latest.value) });
  }
  if (method.previous) {
    const previous = method.previous;
    lead +=
      language === 'vi'
        ? ` (năm ${previous.year}: ${figure(previous.value)})`
        : ` (${previous.year}: ${figure(previous.value)})`;
  }
  const leadYear = method.notes.includes('latest-before-target-year') ? year : latest.year;
  const head = `${lead} — ${phrases.target} ${aim}${yearPart(leadYear)}`;
  if (method.notes.includes('no-previous-period')) return `${head}: ${phrases.noPrevious}`;
  let text = `${head}: ${label}`;
  const asides: string[] = [];
  if (method.notes.includes('single-point')) asides.push(phrases.singlePoint);
  if (method.mode === 'no-deadline') asides.push(phrases.noDeadline);
  if (method.notes.includes('already-met')) asides.push(phrases.alreadyMet);
  if (asides.length > 0) text += ` (${asides.join('; ')})`;
  const forecast = describeForecast(outcome, target, language);
  if (forecast) text += `; ${forecast}`;
  return text;
}

/** The explanation in both languages. */
export function explainEvaluation(target: EvaluatedTarget, outcome: ExplainedOutcome): { vi: string; en: string } {
  return { vi: explainIn(target, outcome, 'vi'), en: explainIn(target, outcome, 'en') };
}
