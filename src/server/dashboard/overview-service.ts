// The dashboard's overview of the actor's scope (issue 9): the active plans with their targets
// by status, the targets needing attention first (not met, off track, at risk), and the communes
// that have not reported the last closed year for the indicators those plans measure. Every
// figure is computed from live roll-ups within the actor's scope, on the request.
import type { AdminUnitIndex } from '../../domain/admin-units/admin-unit-index.ts';
import type { AdminUnit, IsoDate } from '../../domain/admin-units/types.ts';
import type { Indicator } from '../../domain/indicators/types.ts';
import { STATUS_RANK } from '../../domain/targets/evaluation-rules.ts';
import type { TargetStatus } from '../../domain/targets/types.ts';
import { leafUnitsAsOf } from '../../domain/values/roll-up-indicator.ts';
import { authorize } from '../access/policy.ts';
import type { Principal } from '../auth/actor.ts';
import type { AppContext } from '../context.ts';
import { calendarYear } from '../../domain/periods/reporting-calendars.ts';
import { type EvaluatedTargetView, listPlanTargets, type PlanTargetsView } from '../targets/service.ts';
import { rollUpSeries } from '../values/rollup-service.ts';
import { dashboardPolicy } from './policy.ts';
import { findActivePlanIds } from './repository.ts';

/** A plan whose period or targets end this many years before the current one is still shown. */
export const ACTIVE_PLAN_GRACE_YEARS = 1;
/** Plans evaluated for one overview, newest first; the rest are counted. */
export const OVERVIEW_PLAN_LIMIT = 30;
/** Targets listed as needing attention. */
export const ATTENTION_LIMIT = 10;
/** Communes listed as missing data. */
export const MISSING_UNITS_LIMIT = 20;

/** not_met, off_track, at_risk: the statuses that ask for action, worst first. */
const attentionStatuses: readonly TargetStatus[] = ['not_met', 'off_track', 'at_risk'];

export interface OverviewPlan {
  id: string;
  number: string | null;
  title: string | null;
  unitName: string | null;
  periodFrom: number | null;
  periodTo: number | null;
  counts: Record<TargetStatus, number>;
}

export interface AttentionTarget {
  planId: string;
  planTitle: string | null;
  planNumber: string | null;
  view: EvaluatedTargetView;
}

export interface MissingDataUnit {
  unitId: string;
  name: string;
  /** Indicators of the active plans this commune has not reported for the period. */
  missing: number;
}

export interface DashboardOverview {
  asOf: IsoDate;
  plans: { total: number; evaluated: OverviewPlan[] };
  counts: Record<TargetStatus, number>;
  attention: AttentionTarget[];
  missingData: {
    period: string;
    indicators: number;
    expected: number;
    complete: number;
    /** Communes missing something, most missing first. */
    units: MissingDataUnit[];
    unitsMissing: number;
  };
}

function emptyCounts(): Record<TargetStatus, number> {
  return { met: 0, not_met: 0, on_track: 0, at_risk: 0, off_track: 0, no_data: 0 };
}

function flatten(views: readonly EvaluatedTargetView[]): EvaluatedTargetView[] {
  return views.flatMap((view) => [view, ...flatten(view.children)]);
}

/** Today's communes the overview expects figures from: under the scope root, or under the plans' units. */
function findExpectedCommunes(
  index: AdminUnitIndex,
  actor: Principal,
  plans: readonly PlanTargetsView[],
  asOf: IsoDate,
): AdminUnit[] {
  const roots: AdminUnit[] = [];
  if (!actor.scope.all) {
    const root = index.get(actor.scope.rootUnitId);
    if (root) roots.push(root);
  } else {
    for (const plan of plans) {
      if (!plan.unit) continue;
      if (index.isValidOn(plan.unit, asOf)) roots.push(plan.unit);
      else roots.push(...index.successorsAsOf(plan.unit.id, asOf));
    }
  }
  const communes = new Map<string, AdminUnit>();
  for (const root of roots) for (const leaf of leafUnitsAsOf(index, root.id, asOf)) communes.set(leaf.id, leaf);
  return [...communes.values()];
}

export async function getDashboardOverview(
  ctx: AppContext,
  actor: Principal,
  asOf: IsoDate,
): Promise<DashboardOverview> {
  authorize(actor, dashboardPolicy.canRead);
  const year = Number(asOf.slice(0, 4));
  const [active, index] = await Promise.all([
    findActivePlanIds(ctx.db, actor.scope, { year, graceYears: ACTIVE_PLAN_GRACE_YEARS, limit: OVERVIEW_PLAN_LIMIT }),
    ctx.adminUnits.get(),
  ]);
  const plans = await Promise.all(active.ids.map((id) => listPlanTargets(ctx, actor, id, { asOf })));
  const counts = emptyCounts();
  const attention: AttentionTarget[] = [];
  const linked = new Map<string, Indicator>();
  for (const plan of plans) {
    for (const status of Object.keys(counts) as TargetStatus[]) counts[status] += plan.counts[status];
    for (const view of flatten(plan.targets)) {
      if (view.indicator) linked.set(view.indicator.id, view.indicator);
      if (attentionStatuses.includes(view.evaluation.status))
        attention.push({ planId: plan.plan.id, planTitle: plan.plan.title, planNumber: plan.plan.number, view });
    }
  }
  const rank = (status: TargetStatus) => (status === 'no_data' ? 99 : STATUS_RANK[status]);
  attention.sort(
    (a, b) =>
      rank(a.view.evaluation.status) - rank(b.view.evaluation.status) ||
      (a.view.evaluation.forecast?.ratio ?? 0) - (b.view.evaluation.forecast?.ratio ?? 0),
  );
  const period = String(year - 1);
  const communes = findExpectedCommunes(index, actor, plans, asOf);
  const indicators = [...linked.values()];
  const missingByUnit = new Map<string, MissingDataUnit>();
  if (communes.length > 0 && indicators.length > 0) {
    const series = await rollUpSeries(ctx, actor, {
      index,
      target: { leaves: communes },
      asOf,
      indicators,
      periods: [period],
      calendarId: calendarYear.id,
      disaggregation: '',
    });
    for (const { byPeriod } of series)
      for (const unit of byPeriod[0]?.rollup.byUnit ?? []) {
        if (unit.reported) continue;
        const entry = missingByUnit.get(unit.unitId) ?? { unitId: unit.unitId, name: unit.name, missing: 0 };
        entry.missing += 1;
        missingByUnit.set(unit.unitId, entry);
      }
  }
  const missingUnits = [...missingByUnit.values()].sort(
    (a, b) => b.missing - a.missing || a.name.localeCompare(b.name, 'vi'),
  );
  return {
    asOf,
    plans: {
      total: active.total,
      evaluated: plans.map((plan) => ({
        id: plan.plan.id,
        number: plan.plan.number,
        title: plan.plan.title,
        unitName: plan.unit?.name ?? null,
        periodFrom: plan.plan.periodFrom,
        periodTo: plan.plan.periodTo,
        counts: plan.counts,
      })),
    },
    counts,
    attention: attention.slice(0, ATTENTION_LIMIT),
    missingData: {
      period,
      indicators: indicators.length,
      expected: communes.length,
      complete: communes.length - missingByUnit.size,
      units: missingUnits.slice(0, MISSING_UNITS_LIMIT),
      unitsMissing: missingUnits.length,
    },
  };
}
