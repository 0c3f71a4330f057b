// Who may do what with unit reports (issue 10, decision 0028). A report belongs to two sides:
// the reporting agency's users fill and submit it, the consolidating agency's users return or
// accept it (the plan's planners when the duty names no consolidating agency). Decided by the
// report's agencies, not by the plan's scope: a commune reporter fills the commune's report for
// a province plan it cannot otherwise read. Planners and admins whose scope holds the plan's
// unit, and every reader of the plan, see all of its reports.
import type { ReportSide } from '../../domain/reporting/report-workflow.ts';
import type { Role } from '../../domain/access/roles.ts';
import { ability, editorRoles, everyRole } from '../access/policy.ts';
import { scopeIncludes } from '../access/scope.ts';
import type { Principal } from '../auth/actor.ts';

export interface ReportRef {
  planUnitId: string;
  agencyId: string;
  /** null: the plan's planners consolidate. */
  consolidatingAgencyId: string | null;
}

export interface PlanReportsRef {
  planUnitId: string;
  consolidatingAgencyIds: readonly string[];
}

/** The roles that may act on a report (viewers read only). */
export const reportActorRoles: readonly Role[] = ['admin', 'planner', 'reporter'];

const isOwnAgency = (actor: Principal, agencyId: string | null) =>
  actor.system === true || (agencyId !== null && actor.agencyId === agencyId);

function isConsolidator(actor: Principal, report: ReportRef): boolean {
  if (actor.system === true || actor.role === 'admin') return true;
  if (report.consolidatingAgencyId !== null) return actor.agencyId === report.consolidatingAgencyId;
  return editorRoles.includes(actor.role) && scopeIncludes(actor.scope, report.planUnitId);
}

/** The sides of the report the actor is on (their role permitting). */
export function findReportSides(actor: Principal, report: ReportRef): ReportSide[] {
  if (!reportActorRoles.includes(actor.role) && actor.system !== true) return [];
  const sides: ReportSide[] = [];
  if (isOwnAgency(actor, report.agencyId)) sides.push('reporting');
  if (isConsolidator(actor, report)) sides.push('consolidating');
  return sides;
}

export const unitReportPolicy = {
  canRead: ability<ReportRef>(
    everyRole,
    (actor, report) =>
      isOwnAgency(actor, report.agencyId) ||
      isOwnAgency(actor, report.consolidatingAgencyId) ||
      scopeIncludes(actor.scope, report.planUnitId),
  ),
  /** Open, fill and submit: the reporting agency's users. */
  canFill: ability<ReportRef>(reportActorRoles, (actor, report) => isOwnAgency(actor, report.agencyId)),
  /** Return (with a reason) or accept: the consolidating side. */
  canReview: ability<ReportRef>(reportActorRoles, isConsolidator),
  /** The plan's view of every unit's report: readers of the plan and the consolidating agencies. */
  canListForPlan: ability<PlanReportsRef>(
    everyRole,
    (actor, plan) =>
      scopeIncludes(actor.scope, plan.planUnitId) ||
      plan.consolidatingAgencyIds.some((agencyId) => isOwnAgency(actor, agencyId)),
  ),
  /** The reports the actor's agency owes, across plans. */
  canListMine: ability(everyRole),
  /** Change a duty's agencies and due day: the plan's planners. */
  canEditDuty: ability<{ planUnitId: string }>(editorRoles, (actor, plan) =>
    scopeIncludes(actor.scope, plan.planUnitId),
  ),
};
