// What every report operation needs around a report: its plan, duty, agency, period and due
// date, and the record the policy decides on. One read path for the service and the narratives.
import type { Period } from '../../domain/periods/period-kinds.ts';
import { windowOf } from '../../domain/periods/period-windows.ts';
import { requirePeriod, parsePeriod } from '../../domain/periods/period-ids.ts';
import { decree09Calendar } from '../../domain/periods/reporting-calendars.ts';
import { findReportDueDate, frequencyPeriodKinds } from '../../domain/reporting/report-due-date.ts';
import type { IsoDate } from '../../domain/periods/iso-dates.ts';
import { periodKindRules } from '../../domain/periods/period-kinds.ts';
import { todayInVietnam } from '../admin-units/service.ts';
import { badRequest, notFound } from '../errors.ts';
import type { PlanRow } from '../plans/repository.ts';
import type { ReportRef } from './policy.ts';
import type { AgencyRef, DutyRecord, ReportRecord } from './repository.ts';

/**
 * Administrative reports follow Decree 09/2019 (periods cut off on the 14th); the due day of
 * a duty is read against its windows. Values keep their own calendar (the entry form's).
 */
export const reportCalendar = decree09Calendar;

export const reportNotFound = () => notFound('báo cáo của đơn vị');
export const dutyNotFound = () => notFound('nhiệm vụ báo cáo định kỳ');

export interface ReportContext {
  report: ReportRecord;
  plan: PlanRow;
  duty: DutyRecord;
  agency: AgencyRef;
  ref: ReportRef;
  dueDate: IsoDate;
}

export function refOf(duty: DutyRecord, agencyId: string): ReportRef {
  return { planUnitId: duty.planUnitId, agencyId, consolidatingAgencyId: duty.consolidatingAgencyId };
}

/** The due date of the duty's report for a period (Decree 09 windows). */
export function findDueDate(duty: DutyRecord, period: string): IsoDate {
  return findReportDueDate(duty, windowOf(requirePeriod(period), reportCalendar));
}

/** A period asked for a duty: a real identifier of the duty's kind, else a 400 on the field. */
export function readDutyPeriod(duty: DutyRecord, text: string, field = 'period'): Period {
  const kind = frequencyPeriodKinds[duty.freq];
  if (kind === null) throw badRequest('Báo cáo đột xuất không có kỳ báo cáo định kỳ.', field);
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw badRequest(parsed.message, field);
  if (parsed.period.kind !== kind)
    throw badRequest(
      `Kỳ báo cáo "${text}" không phải kỳ ${periodKindRules[kind].name.vi} của nhiệm vụ báo cáo này.`,
      field,
    );
  return parsed.period;
}

/** The day in Vietnam a stored time falls on. */
export function dayOf(at: Date | null): IsoDate | null {
  return at === null ? null : todayInVietnam(at);
}
