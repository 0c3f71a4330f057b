// Labels and short renderings of plan values (operators, units, due phrases) shared by the
// review screen and the plan page.
import { documentKinds } from '../../../domain/plans/document-kinds.ts';
import { formatTaskDue } from '../../../domain/plans/due-labels.ts';
import type { Translate } from '../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../i18n/vi.ts';
import type { Frequency, ReportingFrequency, TargetOp, TargetUnit, TaskDue } from '../../api/types.ts';
import { formatNumber } from '../../format.ts';

export const targetOps: readonly TargetOp[] = [
  'gte',
  'gt',
  'lte',
  'lt',
  'eq',
  'range',
  'approx',
  'increase',
  'decrease',
  'maintain',
];
export const targetUnits: readonly TargetUnit[] = ['percent', 'per10k', 'count'];
export const frequencies: readonly Frequency[] = ['yearly', 'half-yearly', 'quarterly', 'monthly'];
export const reportingFrequencies: readonly ReportingFrequency[] = [...frequencies, 'adhoc'];

/** Below this the extractor was unsure: the reviewer is asked to check the item. */
export const lowConfidence = 0.7;

const opKeys: Record<TargetOp, MessageKey> = {
  gte: 'planOpGte',
  gt: 'planOpGt',
  lte: 'planOpLte',
  lt: 'planOpLt',
  eq: 'planOpEq',
  range: 'planOpRange',
  approx: 'planOpApprox',
  increase: 'planOpIncrease',
  decrease: 'planOpDecrease',
  maintain: 'planOpMaintain',
};

const opSymbols: Partial<Record<TargetOp, string>> = { gte: '≥', gt: '>', lte: '≤', lt: '<', eq: '=', approx: '≈' };

const unitKeys: Record<TargetUnit, MessageKey> = {
  percent: 'planUnitPercent',
  per10k: 'planUnitPer10k',
  count: 'planUnitCount',
};

const frequencyKeys: Record<ReportingFrequency, MessageKey> = {
  yearly: 'planFreqYearly',
  'half-yearly': 'planFreqHalfYearly',
  quarterly: 'planFreqQuarterly',
  monthly: 'planFreqMonthly',
  adhoc: 'planFreqAdhoc',
};

export function labelOp(t: Translate, op: TargetOp): string {
  return t(opKeys[op]);
}

export function labelUnit(t: Translate, unit: TargetUnit): string {
  return t(unitKeys[unit]);
}

export function labelFrequency(t: Translate, freq: ReportingFrequency): string {
  const key = frequencyKeys[freq];
  return key ? t(key) : freq;
}

interface FigureParts {
  op: TargetOp;
  value: number | null;
  value2: number | null;
  unit: TargetUnit | null;
  unitNoun: string | null;
}

function formatAmount(t: Translate, value: number, unit: TargetUnit | null, unitNoun: string | null): string {
  const figure = formatNumber(value);
  if (unit === 'percent') return `${figure}%`;
  if (unit === 'per10k') return t('planPer10kFigure', { value: figure, noun: unitNoun ?? '' }).trim();
  return unitNoun ? `${figure} ${unitNoun}` : figure;
}

/** "≥ 72%", "từ 5 đến 7 bác sĩ", "Tăng": the committed figure in one short phrase. */
export function formatTargetFigure(t: Translate, target: FigureParts): string {
  const { op, value, value2, unit, unitNoun } = target;
  if (value === null) return labelOp(t, op);
  const amount = formatAmount(t, value, unit, unitNoun);
  if (op === 'range' && value2 !== null) {
    return t('planRangeFigure', { from: formatNumber(value), to: formatAmount(t, value2, unit, unitNoun) });
  }
  const symbol = opSymbols[op];
  return symbol ? `${symbol} ${amount}` : `${labelOp(t, op)} ${amount}`;
}

/** The due as plans write it ("Quý I/2022", "Tháng 12 hằng năm"), or "Chưa xác định". */
export function formatDue(t: Translate, due: TaskDue | null): string {
  return due ? formatTaskDue(due) : t('planDueNone');
}

/** Reporting due 'MM-DD' or 'MM' → 'trước ngày 15/12' / 'tháng 12'. */
export function formatReportingDue(t: Translate, due: string | null): string {
  if (!due) return '';
  const dayMonth = /^(\d{1,2})-(\d{1,2})$/.exec(due);
  if (dayMonth) return t('planReportingDueDay', { day: Number(dayMonth[2]), month: Number(dayMonth[1]) });
  if (/^\d{1,2}$/.test(due)) return t('planReportingDueMonth', { month: Number(due) });
  return due;
}

/** "23 nhiệm vụ", and for none the words ("Không có nhiệm vụ"), never "0 nhiệm vụ". */
export function formatCount(t: Translate, count: number, key: MessageKey, noneKey: MessageKey): string {
  return count === 0 ? t(noneKey) : t(key, { count: formatNumber(count) });
}

/** The vocabulary's kinds by name, and a code the extractor found outside it as written. */
export function kindOptions(current: string | null): Array<{ value: string; label: string }> {
  const known = documentKinds.map((kind) => ({ value: kind.code, label: kind.name }));
  return current && !documentKinds.some((kind) => kind.code === current)
    ? [{ value: current, label: current }, ...known]
    : known;
}

export function formatPlanRef(t: Translate, plan: { number: string | null; title: string | null }): string {
  const number = plan.number ? t('planNumberShort', { number: plan.number }) : t('planNoNumber');
  return plan.title ? `${number} — ${plan.title}` : number;
}

export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round(bytes / 102.4) / 10)} KB`;
  return `${formatNumber(Math.round(bytes / (1024 * 102.4)) / 10)} MB`;
}
