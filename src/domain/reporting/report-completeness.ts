// Completeness and timeliness of one duty's reports for one period, the way a consolidating
// agency says it: "8/11 đơn vị đã gửi, 2 đúng hạn". A report counts as sent once it is
// submitted or accepted; a returned one is back with its unit and is not counted until it is
// sent again. Timeliness is judged on the first submission, so fixing a returned report does
// not make it late. Pure: "today" is given.
import type { IsoDate } from '../periods/iso-dates.ts';
import type { ReportState } from './report-workflow.ts';

export type Timeliness = 'on_time' | 'late' | 'overdue' | 'pending';

export const timelinessLabels: { readonly [T in Timeliness]: { vi: string; en: string } } = {
  on_time: { vi: 'Đúng hạn', en: 'On time' },
  late: { vi: 'Gửi muộn', en: 'Late' },
  overdue: { vi: 'Quá hạn chưa gửi', en: 'Overdue, not sent' },
  pending: { vi: 'Chưa đến hạn', en: 'Not due yet' },
};

export interface UnitReportStatus {
  /** null: the unit has not opened its report yet. */
  state: ReportState | null;
  /** The day (in Vietnam) the report was first submitted, or null. */
  firstSubmittedOn: IsoDate | null;
}

const sentStates: readonly ReportState[] = ['submitted', 'accepted'];

export function isReportSent(state: ReportState | null): boolean {
  return state !== null && sentStates.includes(state);
}

/** One unit's timeliness against the due date (inclusive) on `today`. */
export function judgeTimeliness(report: UnitReportStatus, due: IsoDate, today: IsoDate): Timeliness {
  if (report.firstSubmittedOn !== null) return report.firstSubmittedOn <= due ? 'on_time' : 'late';
  return today > due ? 'overdue' : 'pending';
}

export interface Completeness {
  expected: number;
  sent: number;
  accepted: number;
  onTime: number;
  overdue: number;
  sentence: { vi: string; en: string };
}

export function countCompleteness(reports: readonly UnitReportStatus[], due: IsoDate, today: IsoDate): Completeness {
  let sent = 0;
  let accepted = 0;
  let onTime = 0;
  let overdue = 0;
  for (const report of reports) {
    const timeliness = judgeTimeliness(report, due, today);
    if (isReportSent(report.state)) {
      sent += 1;
      if (timeliness === 'on_time') onTime += 1;
    } else if (timeliness === 'overdue') overdue += 1;
    if (report.state === 'accepted') accepted += 1;
  }
  const expected = reports.length;
  return {
    expected,
    sent,
    accepted,
    onTime,
    overdue,
    sentence: {
      vi: `${sent}/${expected} đơn vị đã gửi, ${onTime} đúng hạn`,
      en: `${sent}/${expected} units sent, ${onTime} on time`,
    },
  };
}
