// The plan side of the reporting cycle: each duty's reporting units for a period with their
// report's state, completeness and timeliness ("8/11 đơn vị đã gửi, 2 đúng hạn"); the reports
// an agency owes across plans ("Báo cáo của tôi"); a duty's agencies and due day edited by the
// plan's planners; and the narratives of accepted reports for the consolidated report.
import type { IsoDate } from '../../domain/periods/iso-dates.ts';
import { formatPeriod } from '../../domain/periods/period-ids.ts';
import { labelPeriod } from '../../domain/periods/period-labels.ts';
import { previousPeriod } from '../../domain/periods/period-sequence.ts';
import { periodContaining } from '../../domain/periods/period-windows.ts';
import {
  type Completeness,
  countCompleteness,
  judgeTimeliness,
  type Timeliness,
} from '../../domain/reporting/report-completeness.ts';
import { frequencyPeriodKinds } from '../../domain/reporting/report-due-date.ts';
import type { ReportState } from '../../domain/reporting/report-workflow.ts';
import type { ReportingFrequency } from '../../domain/plans/plan-model.ts';
import { parsePeriod } from '../../domain/periods/period-ids.ts';
import { authorize, requireReferenced } from '../access/policy.ts';
import { todayInVietnam } from '../admin-units/service.ts';
import { agencyPolicy } from '../agencies/policy.ts';
import type { Principal } from '../auth/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { AppContext } from '../context.ts';
import { badRequest } from '../errors.ts';
import { findPlanRow, type PlanRow } from '../plans/repository.ts';
import { planNotFound } from '../plans/service.ts';
import { unitReportPolicy } from './policy.ts';
import { dayOf, dutyNotFound, findDueDate, reportCalendar } from './report-context.ts';
import {
  type AgencyRef,
  type DutyRecord,
  findAgencies,
  findDutiesOfPlan,
  findDutiesOwedBy,
  findDuty,
  findReportsOfDuties,
  findTaskAgencyIds,
  type ReportRecord,
  updateDutyAgencies,
} from './repository.ts';

export interface DutyView extends DutyRecord {
  consolidatingAgency: AgencyRef | null;
  reportingAgencies: AgencyRef[];
  /** Whether the list is the default (every agency with a task) rather than edited. */
  reportingAgenciesDefault: boolean;
}

export interface UnitStatusView {
  agency: AgencyRef;
  reportId: string | null;
  state: ReportState | null;
  timeliness: Timeliness;
  firstSubmittedOn: IsoDate | null;
}

export interface DutyPeriodView {
  duty: DutyView;
  /** null for an ad hoc duty. */
  period: string | null;
  periodLabel: string | null;
  dueDate: IsoDate | null;
  units: UnitStatusView[];
  completeness: Completeness | null;
}

async function describeDuties(ctx: AppContext, planId: string, duties: DutyRecord[]): Promise<DutyView[]> {
  const defaults = (await findTaskAgencyIds(ctx.db, [planId])).get(planId) ?? [];
  const ids = duties.flatMap((duty) => [
    ...(duty.reportingAgencyIds ?? defaults),
    ...(duty.consolidatingAgencyId ? [duty.consolidatingAgencyId] : []),
  ]);
  const agencies = await findAgencies(ctx.db, ids);
  return duties.map((duty) => ({
    ...duty,
    consolidatingAgency: duty.consolidatingAgencyId ? (agencies.get(duty.consolidatingAgencyId) ?? null) : null,
    reportingAgencies: (duty.reportingAgencyIds ?? defaults)
      .map((id) => agencies.get(id))
      .filter((agency): agency is AgencyRef => agency !== undefined),
    reportingAgenciesDefault: duty.reportingAgencyIds === null,
  }));
}

/** The duty's period: the one asked (when of its kind), else the one containing today. */
function choosePeriod(duty: DutyRecord, asked: string | undefined, today: IsoDate): string | null {
  const kind = frequencyPeriodKinds[duty.freq];
  if (kind === null) return null;
  if (asked !== undefined) {
    const parsed = parsePeriod(asked);
    if (parsed.ok && parsed.period.kind === kind) return formatPeriod(parsed.period);
  }
  return formatPeriod(periodContaining(today, kind, reportCalendar));
}

function unitStatus(agency: AgencyRef, report: ReportRecord | undefined, due: IsoDate, today: IsoDate) {
  const firstSubmittedOn = dayOf(report?.firstSubmittedAt ?? null);
  const state = report?.state ?? null;
  return {
    agency,
    reportId: report?.id ?? null,
    state,
    timeliness: judgeTimeliness({ state, firstSubmittedOn }, due, today),
    firstSubmittedOn,
  };
}

export interface PlanReportsView {
  plan: PlanRow;
  duties: DutyPeriodView[];
  canEditDuties: boolean;
}

export async function listPlanReports(
  ctx: AppContext,
  actor: Principal,
  planId: string,
  query: { period?: string | undefined },
): Promise<PlanReportsView> {
  const plan = await findPlanRow(ctx.db, planId);
  const duties = plan ? await findDutiesOfPlan(ctx.db, plan.id) : [];
  const ref = plan && {
    planUnitId: plan.adminUnitId,
    consolidatingAgencyIds: duties.flatMap((duty) => duty.consolidatingAgencyId ?? []),
  };
  authorize(actor, unitReportPolicy.canListForPlan, ref, planNotFound);
  if (query.period !== undefined) {
    const parsed = parsePeriod(query.period);
    if (!parsed.ok) throw badRequest(parsed.message, 'period');
  }
  const today = todayInVietnam(ctx.now());
  const views = await describeDuties(ctx, planId, duties);
  const periods = views.map((duty) => choosePeriod(duty, query.period, today));
  const keys = views.flatMap((duty, i) => (periods[i] ? [{ dutyId: duty.id, period: periods[i] as string }] : []));
  const reports = await findReportsOfDuties(ctx.db, keys);
  return {
    plan: plan as PlanRow,
    canEditDuties: unitReportPolicy.canEditDuty(actor, { planUnitId: (plan as PlanRow).adminUnitId }),
    duties: views.map((duty, i) => {
      const period = periods[i] ?? null;
      if (period === null) return { duty, period, periodLabel: null, dueDate: null, units: [], completeness: null };
      const due = findDueDate(duty, period);
      const units = duty.reportingAgencies.map((agency) =>
        unitStatus(
          agency,
          reports.find((r) => r.dutyId === duty.id && r.period === period && r.agencyId === agency.id),
          due,
          today,
        ),
      );
      return {
        duty,
        period,
        periodLabel: labelPeriod(parsePeriodOrThrow(period)),
        dueDate: due,
        units,
        completeness: countCompleteness(units, due, today),
      };
    }),
  };
}

function parsePeriodOrThrow(text: string) {
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw badRequest(parsed.message, 'period');
  return parsed.period;
}

export interface OwedReportView {
  plan: PlanRow;
  duty: DutyRecord;
  agency: AgencyRef;
  period: string;
  periodLabel: string;
  dueDate: IsoDate;
  reportId: string | null;
  state: ReportState | null;
  timeliness: Timeliness;
}

/** The reports the actor's agency owes: each duty's current period and the one before it. */
export async function listMyReports(ctx: AppContext, actor: Principal): Promise<OwedReportView[]> {
  authorize(actor, unitReportPolicy.canListMine);
  if (actor.agencyId === null) return [];
  const duties = (await findDutiesOwedBy(ctx.db, actor.agencyId)).filter(
    (duty) => frequencyPeriodKinds[duty.freq] !== null,
  );
  const agency = (await findAgencies(ctx.db, [actor.agencyId])).get(actor.agencyId);
  if (!agency || duties.length === 0) return [];
  const today = todayInVietnam(ctx.now());
  const plans = new Map<string, PlanRow>();
  for (const planId of new Set(duties.map((duty) => duty.planId))) {
    const plan = await findPlanRow(ctx.db, planId);
    if (plan) plans.set(planId, plan);
  }
  const keys = duties.flatMap((duty) => {
    const current = periodContaining(today, frequencyPeriodKinds[duty.freq] ?? 'year', reportCalendar);
    return [current, previousPeriod(current)].map((period) => ({ dutyId: duty.id, period: formatPeriod(period) }));
  });
  const reports = (await findReportsOfDuties(ctx.db, keys)).filter((report) => report.agencyId === agency.id);
  return keys.flatMap(({ dutyId, period }) => {
    const duty = duties.find((candidate) => candidate.id === dutyId) as DutyRecord;
    const plan = plans.get(duty.planId);
    if (!plan) return [];
    const status = unitStatus(
      agency,
      reports.find((report) => report.dutyId === dutyId && report.period === period),
      findDueDate(duty, period),
      today,
    );
    return [
      {
        plan,
        duty,
        agency,
        period,
        periodLabel: labelPeriod(parsePeriodOrThrow(period)),
        dueDate: findDueDate(duty, period),
        reportId: status.reportId,
        state: status.state,
        timeliness: status.timeliness,
      },
    ];
  });
}

export interface DutyPatch {
  freq?: ReportingFrequency | undefined;
  consolidatingAgencyId?: string | null | undefined;
  reportingAgencyIds?: string[] | null | undefined;
  dueMonth?: number | null | undefined;
  dueDay?: number | null | undefined;
  recipientText?: string | null | undefined;
}

/** A planner edits the cycle, who reports, who consolidates and when; audited. */
export async function updateReportingDuty(
  ctx: AppContext,
  actor: Principal,
  planId: string,
  dutyId: string,
  patch: DutyPatch,
): Promise<DutyView> {
  const duty = await findDuty(ctx.db, dutyId);
  authorize(
    actor,
    unitReportPolicy.canEditDuty,
    duty && duty.planId === planId ? { planUnitId: duty.planUnitId } : null,
    dutyNotFound,
  );
  const checked = duty as DutyRecord;
  const named = [
    ...(patch.reportingAgencyIds ?? []),
    ...(patch.consolidatingAgencyId ? [patch.consolidatingAgencyId] : []),
  ];
  const agencies = await findAgencies(ctx.db, named);
  const index = await ctx.adminUnits.get();
  const requireAgency = (id: string, field: string) => {
    const agency = agencies.get(id);
    const unit = agency ? index.get(agency.adminUnitId) : undefined;
    requireReferenced(actor, agencyPolicy.canRead, unit ? { adminUnit: unit } : null, () =>
      badRequest(`Không có cơ quan, đơn vị "${id}" (${field}).`, field),
    );
  };
  if (patch.consolidatingAgencyId) requireAgency(patch.consolidatingAgencyId, 'consolidatingAgencyId');
  for (const [i, id] of (patch.reportingAgencyIds ?? []).entries()) requireAgency(id, `reportingAgencyIds.${i}`);
  const reportingAgencyIds =
    patch.reportingAgencyIds == null ? patch.reportingAgencyIds : [...new Set(patch.reportingAgencyIds)];
  const change = { ...patch, reportingAgencyIds };
  await ctx.db.transaction().execute(async (trx) => {
    await updateDutyAgencies(trx, dutyId, change);
    await recordAudit(trx, {
      actor,
      action: 'update',
      entity: 'reporting_duty',
      entityId: dutyId,
      before: {
        planId,
        freq: checked.freq,
        consolidatingAgencyId: checked.consolidatingAgencyId,
        reportingAgencyIds: checked.reportingAgencyIds,
        dueMonth: checked.dueMonth,
        dueDay: checked.dueDay,
        recipientText: checked.recipientText,
      },
      after: { planId, ...change },
    });
  });
  const [view] = await describeDuties(ctx, planId, [(await findDuty(ctx.db, dutyId)) as DutyRecord]);
  return view as DutyView;
}
