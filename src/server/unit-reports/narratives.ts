// What the consolidated report (báo cáo tổng hợp) reads from the units' reports: per reporting
// unit, the three narrative sections of its report for the plan and period. Accepted reports
// by default; submitted ones too when asked (a draft consolidation before every report is
// accepted). Same access as the plan's report view.
import { formatPeriod, parsePeriod } from '../../domain/periods/period-ids.ts';
import type { ReportState } from '../../domain/reporting/report-workflow.ts';
import { frequencyPeriodKinds } from '../../domain/reporting/report-due-date.ts';
import { authorize } from '../access/policy.ts';
import type { Principal } from '../auth/actor.ts';
import type { AppContext } from '../context.ts';
import { badRequest } from '../errors.ts';
import { findPlanRow } from '../plans/repository.ts';
import { planNotFound } from '../plans/service.ts';
import { unitReportPolicy } from './policy.ts';
import { findAgencies, findDutiesOfPlan, findReportsOfDuties } from './repository.ts';

export interface UnitNarrative {
  reportId: string;
  dutyId: string;
  agency: { id: string; name: string; adminUnitId: string };
  state: ReportState;
  /** Kết quả đạt được. */
  achievements: string;
  /** Khó khăn, vướng mắc. */
  difficulties: string;
  /** Đề xuất, kiến nghị. */
  proposals: string;
  submittedAt: Date | null;
  acceptedAt: Date | null;
}

/**
 * The narratives of the plan's unit reports for `period` (canonical id, e.g. "2026"), one per
 * reporting unit and duty of that period's kind, in duty then agency order.
 */
export async function listAcceptedNarratives(
  ctx: AppContext,
  actor: Principal,
  planId: string,
  period: string,
  options: { includeSubmitted?: boolean } = {},
): Promise<UnitNarrative[]> {
  const plan = await findPlanRow(ctx.db, planId);
  const duties = plan ? await findDutiesOfPlan(ctx.db, plan.id) : [];
  const ref = plan && {
    planUnitId: plan.adminUnitId,
    consolidatingAgencyIds: duties.flatMap((duty) => duty.consolidatingAgencyId ?? []),
  };
  authorize(actor, unitReportPolicy.canListForPlan, ref, planNotFound);
  const parsed = parsePeriod(period);
  if (!parsed.ok) throw badRequest(parsed.message, 'period');
  const canonical = formatPeriod(parsed.period);
  const ofKind = duties.filter((duty) => frequencyPeriodKinds[duty.freq] === parsed.period.kind);
  const states: ReportState[] = options.includeSubmitted ? ['accepted', 'submitted'] : ['accepted'];
  const reports = (
    await findReportsOfDuties(
      ctx.db,
      ofKind.map((duty) => ({ dutyId: duty.id, period: canonical })),
    )
  ).filter((report) => states.includes(report.state));
  const agencies = await findAgencies(
    ctx.db,
    reports.map((report) => report.agencyId),
  );
  const order = new Map(ofKind.map((duty, i) => [duty.id, i]));
  return reports
    .sort((a, b) => (order.get(a.dutyId) ?? 0) - (order.get(b.dutyId) ?? 0))
    .flatMap((report) => {
      const agency = agencies.get(report.agencyId);
      if (!agency) return [];
      return [
        {
          reportId: report.id,
          dutyId: report.dutyId,
          agency,
          state: report.state,
          achievements: report.achievements,
          difficulties: report.difficulties,
          proposals: report.proposals,
          submittedAt: report.submittedAt,
          acceptedAt: report.acceptedAt,
        },
      ];
    });
}
