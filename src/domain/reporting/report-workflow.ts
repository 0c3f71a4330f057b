// The workflow of one unit's periodic report (báo cáo định kỳ): nháp → đã gửi → trả lại (with
// a reason) → đã tiếp nhận. Transitions are data: from which states a step may be taken, which
// side of the report takes it (the reporting unit or the consolidating agency), and what it
// needs. A submitted or accepted report is locked: only the consolidating side moves it on.
// Pure: the server asks here, then stores what it answers.

export type ReportState = 'draft' | 'submitted' | 'returned' | 'accepted';
export const reportStates: readonly ReportState[] = ['draft', 'submitted', 'returned', 'accepted'];

export type ReportStep = 'save' | 'submit' | 'return' | 'accept';

/** The two sides of a report: the unit that owes it, the agency that consolidates it. */
export type ReportSide = 'reporting' | 'consolidating';

export interface StepRule {
  readonly from: readonly ReportState[];
  readonly to: ReportState;
  readonly by: ReportSide;
  /** A return must say why, so the unit knows what to fix. */
  readonly needsReason: boolean;
  /** A report is sent with at least its results written (kết quả đạt được). */
  readonly needsResults: boolean;
}

export const reportSteps: { readonly [S in ReportStep]: StepRule } = {
  save: { from: ['draft', 'returned'], to: 'draft', by: 'reporting', needsReason: false, needsResults: false },
  submit: { from: ['draft', 'returned'], to: 'submitted', by: 'reporting', needsReason: false, needsResults: true },
  return: { from: ['submitted'], to: 'returned', by: 'consolidating', needsReason: true, needsResults: false },
  accept: { from: ['submitted'], to: 'accepted', by: 'consolidating', needsReason: false, needsResults: false },
};

export const reportStateLabels: { readonly [S in ReportState]: { vi: string; en: string } } = {
  draft: { vi: 'Nháp', en: 'Draft' },
  submitted: { vi: 'Đã gửi', en: 'Submitted' },
  returned: { vi: 'Trả lại', en: 'Returned' },
  accepted: { vi: 'Đã tiếp nhận', en: 'Accepted' },
};

const stepNames: { readonly [S in ReportStep]: string } = {
  save: 'lưu',
  submit: 'gửi',
  return: 'trả lại',
  accept: 'tiếp nhận',
};

const sideNames: { readonly [S in ReportSide]: string } = {
  reporting: 'đơn vị báo cáo',
  consolidating: 'cơ quan tổng hợp',
};

/** A returned report keeps its state "returned" while the unit edits it, until it is sent again. */
function targetState(step: ReportStep, from: ReportState): ReportState {
  if (step === 'save' && from === 'returned') return 'returned';
  return reportSteps[step].to;
}

export type StepOutcome =
  | { readonly ok: true; readonly state: ReportState }
  | { readonly ok: false; readonly field: 'state' | 'reason' | 'actor' | 'achievements'; readonly message: string };

/**
 * Whether `step` may be taken from `state` by an actor on `sides` (a user may be on both
 * sides when their agency consolidates its own report), and the state it leads to.
 */
export function decideReportStep(
  state: ReportState,
  step: ReportStep,
  input: { sides: readonly ReportSide[]; reason?: string | null; achievements?: string | null },
): StepOutcome {
  const rule = reportSteps[step];
  if (!input.sides.includes(rule.by)) {
    return {
      ok: false,
      field: 'actor',
      message: `Chỉ ${sideNames[rule.by]} mới được ${stepNames[step]} báo cáo.`,
    };
  }
  if (!rule.from.includes(state)) {
    const locked = state === 'submitted' || state === 'accepted';
    return {
      ok: false,
      field: 'state',
      message: locked
        ? `Báo cáo ${reportStateLabels[state].vi.toLowerCase()} nên đã khóa, không thể ${stepNames[step]}.`
        : `Báo cáo đang ở trạng thái "${reportStateLabels[state].vi}", không thể ${stepNames[step]}.`,
    };
  }
  if (rule.needsReason && !(input.reason ?? '').trim()) {
    return { ok: false, field: 'reason', message: 'Cần nêu lý do trả lại báo cáo (reason).' };
  }
  if (rule.needsResults && !(input.achievements ?? '').trim()) {
    return {
      ok: false,
      field: 'achievements',
      message: 'Cần viết phần "Kết quả đạt được" (achievements) trước khi gửi báo cáo.',
    };
  }
  return { ok: true, state: targetState(step, state) };
}

/** Whether the reporting unit may still change the report's content. */
export function isReportEditable(state: ReportState): boolean {
  return reportSteps.save.from.includes(state);
}
