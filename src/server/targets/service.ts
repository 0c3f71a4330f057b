// A plan's targets as measured: each linked target's indicator rolled up over the plan's unit
// for every year (one read of data_values for the whole plan, rollUpSeries), the years with
// enough coverage handed to the pure evaluation (status, explanation, forecast, method), and
// a planner's override laid over the computed status. Nothing is stored but the override:
// a saved value changes the statuses on the next request (issue 9, decision 0026).
import type { AdminUnit, IsoDate } from '../../domain/admin-units/types.ts';
import type { Indicator } from '../../domain/indicators/types.ts';
import { addDays } from '../../domain/periods/iso-dates.ts';
import { calendarYear } from '../../domain/periods/reporting-calendars.ts';
import { evaluateTargetTree } from '../../domain/targets/evaluate-target-tree.ts';
import { applyOverride } from '../../domain/targets/evaluate-target-tree.ts';
import { describeIncompleteYears, selectObservations } from '../../domain/targets/observations-from-rollups.ts';
import type { TargetEvaluation, TargetEvaluationNode, TargetStatus } from '../../domain/targets/types.ts';
import { authorize } from '../access/policy.ts';
import { todayInVietnam } from '../admin-units/service.ts';
import type { Principal } from '../auth/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { AppContext } from '../context.ts';
import { badRequest, notFound } from '../errors.ts';
import { findPlanRow, type PlanRow } from '../plans/repository.ts';
import { planNotFound } from '../plans/service.ts';
import { type IndicatorSeries, rollUpSeries } from '../values/rollup-service.ts';
import { catalogue } from '../values/service.ts';
import { targetPolicy } from './policy.ts';
import {
  deleteOverride,
  type EvaluableTarget,
  findEvaluableTargets,
  findOverride,
  saveOverride,
} from './repository.ts';

/** Years of history read before the plan's first year (the baseline and the trend before it). */
export const YEARS_BEFORE_PLAN = 5;

const indicatorsById = new Map(catalogue.indicators.map((indicator) => [indicator.id, indicator]));
const targetNotFound = () => notFound('chỉ tiêu của kế hoạch');

export interface SeriesPoint {
  period: string;
  value: number | null;
  reported: number;
  expected: number;
}

export interface EvaluatedTargetView {
  target: EvaluableTarget;
  indicator: Indicator | null;
  evaluation: TargetEvaluation;
  series: SeriesPoint[];
  children: EvaluatedTargetView[];
}

export interface PlanTargetsView {
  plan: PlanRow;
  unit: AdminUnit | null;
  /** The date evaluated on (today unless asked) and the date of the map the values are rolled onto. */
  asOf: IsoDate;
  mapDate: IsoDate | null;
  targets: EvaluatedTargetView[];
  counts: Record<TargetStatus, number>;
  canOverride: boolean;
}

/** The map a plan's figures are rolled onto: the date asked, or the last day its unit existed. */
function findMapDate(unit: AdminUnit, asOf: IsoDate): IsoDate {
  if (unit.validTo !== null && unit.validTo <= asOf) return addDays(unit.validTo, -1);
  if (unit.validFrom !== null && unit.validFrom > asOf) return unit.validFrom;
  return asOf;
}

function listYears(plan: PlanRow, asOf: IsoDate): string[] {
  const lastYear = Number(asOf.slice(0, 4));
  const firstYear = (plan.periodFrom ?? plan.year ?? lastYear) - YEARS_BEFORE_PLAN;
  const years: string[] = [];
  for (let year = Math.max(firstYear, lastYear - 30); year <= lastYear; year++) years.push(String(year));
  return years;
}

function emptyCounts(): Record<TargetStatus, number> {
  return { met: 0, not_met: 0, on_track: 0, at_risk: 0, off_track: 0, no_data: 0 };
}

const unlinkedExplanation = {
  vi: 'Chỉ tiêu chưa được liên kết với một chỉ số thống kê nên chưa có số liệu để đánh giá',
  en: 'The target is not linked to an indicator yet, so there is no data to assess it',
};

/** Every target of the plan, evaluated on `asOf` (today in Vietnam by default). */
export async function listPlanTargets(
  ctx: AppContext,
  actor: Principal,
  planId: string,
  options: { asOf?: IsoDate | undefined } = {},
): Promise<PlanTargetsView> {
  const plan = await findPlanRow(ctx.db, planId);
  authorize(actor, targetPolicy.canRead, plan, planNotFound);
  const asOf = options.asOf ?? todayInVietnam(ctx.now());
  const [targets, index] = await Promise.all([findEvaluableTargets(ctx.db, plan.id), ctx.adminUnits.get()]);
  const unit = index.get(plan.adminUnitId) ?? null;
  const mapDate = unit ? findMapDate(unit, asOf) : null;
  const indicators = [...new Set(targets.map((target) => target.indicatorId).filter((id): id is string => id !== null))]
    .map((id) => indicatorsById.get(id))
    .filter((indicator): indicator is Indicator => indicator !== undefined);
  const seriesByIndicator = new Map<string, IndicatorSeries>();
  if (unit && mapDate && indicators.length > 0) {
    const series = await rollUpSeries(ctx, actor, {
      index,
      target: { root: unit },
      asOf: mapDate,
      indicators,
      periods: listYears(plan, asOf),
      calendarId: calendarYear.id,
      disaggregation: '',
    });
    for (const entry of series) seriesByIndicator.set(entry.indicator.id, entry);
  }
  const baselineYear = plan.periodFrom === null ? null : plan.periodFrom - 1;
  const incompleteByTarget = new Map<string, ReturnType<typeof selectObservations>['incomplete']>();
  const withYear = targets.map((target) => ({ ...target, year: target.year ?? plan.periodTo }));
  const roots = evaluateTargetTree(
    withYear,
    (target) => {
      const indicator = target.indicatorId ? indicatorsById.get(target.indicatorId) : undefined;
      const series = indicator ? seriesByIndicator.get(indicator.id) : undefined;
      const points = (series?.byPeriod ?? []).map(({ period, rollup }) => ({
        year: Number(period),
        value: rollup.value,
        coverage: rollup.coverage,
      }));
      const selected = selectObservations(points, indicator?.formula.kind ?? 'count');
      incompleteByTarget.set(target.id, selected.incomplete);
      return {
        polarity: indicator?.polarity ?? 'higher',
        observations: selected.observations,
        baseline: selected.observations.find((point) => point.year === baselineYear) ?? null,
      };
    },
    asOf,
  );
  const counts = emptyCounts();
  const present = (node: TargetEvaluationNode<(typeof withYear)[number]>): EvaluatedTargetView => {
    const stored = targets.find((target) => target.id === node.target.id) as EvaluableTarget;
    const indicator = stored.indicatorId ? (indicatorsById.get(stored.indicatorId) ?? null) : null;
    let evaluation = node.evaluation;
    if (!indicator)
      evaluation = { ...evaluation, explanation: unlinkedExplanation.vi, explanationEn: unlinkedExplanation.en };
    else {
      const note = describeIncompleteYears(incompleteByTarget.get(stored.id) ?? [], evaluation.latest?.year ?? null);
      if (note)
        evaluation = {
          ...evaluation,
          explanation: `${evaluation.explanation}. ${note.vi}`,
          explanationEn: `${evaluation.explanationEn ?? ''}. ${note.en}`,
        };
    }
    if (stored.override) {
      const applied = applyOverride(evaluation, {
        status: stored.override.status,
        reason: stored.override.reason,
        by: stored.override.setByName,
        at: stored.override.setAt,
      });
      if (applied.ok) evaluation = applied.evaluation;
    }
    counts[evaluation.status] += 1;
    const series = indicator ? seriesByIndicator.get(indicator.id) : undefined;
    return {
      target: stored,
      indicator,
      evaluation,
      series: (series?.byPeriod ?? []).map(({ period, rollup }) => ({
        period,
        value: rollup.value,
        reported: rollup.coverage.reported,
        expected: rollup.coverage.expected,
      })),
      children: node.children.map(present),
    };
  };
  const views = roots.map(present);
  return {
    plan,
    unit,
    asOf,
    mapDate,
    targets: views,
    counts,
    canOverride: targetPolicy.canOverrideStatus(actor, plan),
  };
}

export interface StatusOverrideInput {
  status: TargetStatus;
  reason: string;
}

async function findTargetOfPlan(ctx: AppContext, actor: Principal, planId: string, targetId: string) {
  const plan = await findPlanRow(ctx.db, planId);
  authorize(actor, targetPolicy.canOverrideStatus, plan, planNotFound);
  const target = (await findEvaluableTargets(ctx.db, plan.id)).find((candidate) => candidate.id === targetId);
  if (!target) throw targetNotFound();
  return { plan, target };
}

function findView(views: readonly EvaluatedTargetView[], targetId: string): EvaluatedTargetView | undefined {
  for (const view of views) {
    if (view.target.id === targetId) return view;
    const child = findView(view.children, targetId);
    if (child) return child;
  }
  return undefined;
}

/** A planner's status for one target, with the reason; audited. Returns the target as now shown. */
export async function setStatusOverride(
  ctx: AppContext,
  actor: Principal,
  planId: string,
  targetId: string,
  input: StatusOverrideInput,
): Promise<EvaluatedTargetView> {
  const { target } = await findTargetOfPlan(ctx, actor, planId, targetId);
  const reason = input.reason.trim();
  if (!reason) throw badRequest('Cần nêu lý do khi điều chỉnh trạng thái chỉ tiêu.', 'reason');
  await ctx.db.transaction().execute(async (trx) => {
    const before = await findOverride(trx, target.id);
    await saveOverride(trx, {
      targetId: target.id,
      status: input.status,
      reason,
      setBy: actor.userId,
      setAt: ctx.now(),
    });
    await recordAudit(trx, {
      actor,
      action: 'update',
      entity: 'plan',
      entityId: planId,
      before: { targetId: target.id, statusOverride: before ?? null },
      after: { targetId: target.id, statusOverride: { status: input.status, reason } },
    });
  });
  return findView((await listPlanTargets(ctx, actor, planId)).targets, target.id) as EvaluatedTargetView;
}

/** Withdraws the planner's status: the computed one shows again; audited. */
export async function clearStatusOverride(
  ctx: AppContext,
  actor: Principal,
  planId: string,
  targetId: string,
): Promise<EvaluatedTargetView> {
  const { target } = await findTargetOfPlan(ctx, actor, planId, targetId);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await findOverride(trx, target.id);
    if (!before) return;
    await deleteOverride(trx, target.id);
    await recordAudit(trx, {
      actor,
      action: 'update',
      entity: 'plan',
      entityId: planId,
      before: { targetId: target.id, statusOverride: before },
      after: { targetId: target.id, statusOverride: null },
    });
  });
  return findView((await listPlanTargets(ctx, actor, planId)).targets, target.id) as EvaluatedTargetView;
}
