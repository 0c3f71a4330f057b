// GET /api/rollups: an indicator for a unit and period on the map of a date, live — read from
// data_values on each request, no batch job. GET /api/rollups/series: the same for every
// period from..to in one read (what a plan page shows: 10 years of a province). The leaves are
// the communes under the unit on that date; the SQL reads the values of the leaves and of the
// units they came from or went to (rollupSourceUnitIds), and the domain maps them through the
// succession map.
//
// Performance (values.rollup bench, ~10M rows, BENCHMARKS.md): the leaves, their sources and
// the roll-up maps depend on the map alone and are kept with the index (rollup-cache.ts); a
// series is one SQL read (the primary key, one range of periods per element and unit), so a
// province over 10 years costs about what one year did.
import type { AdminUnitIndex } from '../../domain/admin-units/admin-unit-index.ts';
import type { AdminUnit, IsoDate } from '../../domain/admin-units/types.ts';
import type { Indicator } from '../../domain/indicators/types.ts';
import { formatPeriod, parsePeriod } from '../../domain/periods/period-ids.ts';
import type { Period } from '../../domain/periods/period-kinds.ts';
import { periodsBetween } from '../../domain/periods/period-sequence.ts';
import {
  type IndicatorRollup,
  indicatorElementIds,
  rollUpIndicator,
  rollupSourceUnitIds,
} from '../../domain/values/roll-up-indicator.ts';
import { parseDisaggregation } from '../../domain/values/disaggregation-keys.ts';
import { todayInVietnam } from '../admin-units/service.ts';
import { authorize } from '../access/policy.ts';
import { scopeIncludes } from '../access/scope.ts';
import type { Principal } from '../auth/actor.ts';
import type { AppContext } from '../context.ts';
import { badRequest, notFound } from '../errors.ts';
import { valuePolicy } from './policy.ts';
import { findRollupTargets, findRollupUnits } from './rollup-cache.ts';
import { findRollupValues } from './repository.ts';
import { catalogue, resolveCalendar } from './service.ts';

export interface RollupQuery {
  indicatorId: string;
  unitId: string;
  period: string;
  asOf?: IsoDate | undefined;
  disaggregation?: string | undefined;
  calendarId?: string | undefined;
}

export interface RollupResult extends IndicatorRollup {
  indicatorId: string;
  unitId: string;
  period: string;
  asOf: IsoDate;
  disaggregation: string;
}

export interface RollupSeriesQuery {
  indicatorId: string;
  unitId: string;
  /** First and last period, both included, of one kind (2016 and 2025, 2026Q1 and 2026Q4). */
  from: string;
  to: string;
  asOf?: IsoDate | undefined;
  disaggregation?: string | undefined;
  calendarId?: string | undefined;
}

export interface RollupSeriesItem extends IndicatorRollup {
  period: string;
}

export interface RollupSeriesResult {
  indicatorId: string;
  unitId: string;
  asOf: IsoDate;
  disaggregation: string;
  items: RollupSeriesItem[];
}

/** Periods in one series at most: 10 years of months fits. */
export const maxSeriesPeriods = 120;

export async function getRollup(ctx: AppContext, actor: Principal, query: RollupQuery): Promise<RollupResult> {
  const request = await openRollupRequest(ctx, actor, query.unitId, query.indicatorId);
  const period = readPeriod(query.period, 'period');
  const [read] = await readRollups(ctx, actor, request, query, [formatPeriod(period)]);
  return {
    indicatorId: request.indicator.id,
    unitId: request.root.id,
    period: read!.period,
    asOf: read!.asOf,
    disaggregation: read!.disaggregation,
    ...read!.rollup,
  };
}

export async function getRollupSeries(
  ctx: AppContext,
  actor: Principal,
  query: RollupSeriesQuery,
): Promise<RollupSeriesResult> {
  const request = await openRollupRequest(ctx, actor, query.unitId, query.indicatorId);
  const from = readPeriod(query.from, 'from');
  const to = readPeriod(query.to, 'to');
  if (from.kind !== to.kind)
    throw badRequest(`Kỳ đầu (from) và kỳ cuối (to) phải cùng loại kỳ: ${query.from}, ${query.to}.`, 'to');
  const periods = periodsBetween(from, to);
  if (periods.length === 0) throw badRequest('Kỳ cuối (to) đứng trước kỳ đầu (from).', 'to');
  if (periods.length > maxSeriesPeriods)
    throw badRequest(`Mỗi lần tổng hợp tối đa ${maxSeriesPeriods} kỳ; đã hỏi ${periods.length} kỳ.`, 'to');
  const rollups = await readRollups(ctx, actor, request, query, periods.map(formatPeriod));
  const first = rollups[0]!;
  return {
    indicatorId: request.indicator.id,
    unitId: request.root.id,
    asOf: first.asOf,
    disaggregation: first.disaggregation,
    items: rollups.map(({ period, rollup }) => ({ period, ...rollup })),
  };
}

interface RollupRequest {
  index: AdminUnitIndex;
  root: AdminUnit;
  indicator: Indicator;
}

/** The unit (404 outside the scope) and the indicator (400), checked in that order. */
async function openRollupRequest(
  ctx: AppContext,
  actor: Principal,
  unitId: string,
  indicatorId: string,
): Promise<RollupRequest> {
  const index = await ctx.adminUnits.get();
  const root = index.get(unitId);
  authorize(actor, valuePolicy.canRead, root, () => notFound('đơn vị hành chính'));
  const indicator = catalogue.indicators.find((candidate) => candidate.id === indicatorId);
  if (!indicator) throw badRequest(`Không có chỉ tiêu thống kê "${indicatorId}".`, 'indicatorId');
  return { index, root, indicator };
}

function readPeriod(text: string, field: string): Period {
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw badRequest(parsed.message, field);
  return parsed.period;
}

/** The roll-up of each period, in the order given, from one read of data_values. */
async function readRollups(
  ctx: AppContext,
  actor: Principal,
  { index, root, indicator }: RollupRequest,
  query: { asOf?: IsoDate | undefined; disaggregation?: string | undefined; calendarId?: string | undefined },
  periods: readonly string[],
): Promise<{ period: string; asOf: IsoDate; disaggregation: string; rollup: IndicatorRollup }[]> {
  const elementIds = indicatorElementIds(indicator);
  const firstElement = catalogue.dataElements.find((element) => element.id === elementIds[0]);
  const disaggregation = firstElement ? parseDisaggregation(query.disaggregation ?? '', firstElement) : null;
  if (disaggregation && !disaggregation.ok) throw badRequest(disaggregation.message, 'disaggregation');
  const asOf = query.asOf ?? todayInVietnam(ctx.now());
  if (!index.isValidOn(root, asOf))
    throw badRequest(`${root.name} không tồn tại vào ngày ${asOf}; hãy chọn ngày tra cứu (asOf) khác.`, 'asOf');
  const { leaves, sourceIds } = findRollupUnits(index, root.id, asOf);
  const sources = actor.scope.all ? sourceIds : sourceIds.filter((id) => scopeIncludes(actor.scope, id));
  const key = disaggregation?.ok ? disaggregation.key : '';
  const values = await findRollupValues(ctx.db, {
    dataElementIds: elementIds,
    unitIds: sources,
    periods,
    calendarId: (await resolveCalendar(ctx, actor, query.calendarId)).id,
    disaggregation: key,
  });
  const byPeriod = new Map<string, typeof values>(periods.map((period) => [period, []]));
  for (const row of values) byPeriod.get(row.period)?.push(row);
  const rollupTargetsOf = findRollupTargets(index, asOf);
  return periods.map((period) => ({
    period,
    asOf,
    disaggregation: key,
    rollup: rollUpIndicator({
      index,
      indicator,
      dataElements: catalogue.dataElements,
      leaves,
      asOf,
      values: byPeriod.get(period) ?? [],
      rollupTargetsOf,
    }),
  }));
}

export interface SeriesRequest {
  index: AdminUnitIndex;
  /** The communes to roll onto: those under `root` on asOf, or the `leaves` given. */
  target: { root: AdminUnit } | { leaves: readonly AdminUnit[] };
  asOf: IsoDate;
  indicators: readonly Indicator[];
  /** Canonical period ids (formatPeriod). */
  periods: readonly string[];
  calendarId: string;
  disaggregation: string;
}

export interface IndicatorSeries {
  indicator: Indicator;
  byPeriod: { period: string; rollup: IndicatorRollup }[];
}

/**
 * Several indicators over several periods on the map of asOf — a plan's targets, the
 * dashboard's missing figures: one read of data_values for every element, period and source
 * unit, then each indicator and period rolled up in memory. Authorization is the caller's
 * (the plan the indicators come from, or the dashboard); values of units outside the actor's
 * scope are never read.
 */
export async function rollUpSeries(
  ctx: AppContext,
  actor: Principal,
  request: SeriesRequest,
): Promise<IndicatorSeries[]> {
  const { index, asOf } = request;
  const { leaves, sourceIds } =
    'root' in request.target
      ? findRollupUnits(index, request.target.root.id, asOf)
      : { leaves: request.target.leaves, sourceIds: [...rollupSourceUnitIds(index, request.target.leaves)] };
  const sources = actor.scope.all ? sourceIds : sourceIds.filter((id) => scopeIncludes(actor.scope, id));
  const rows = await findRollupValues(ctx.db, {
    dataElementIds: [...new Set(request.indicators.flatMap(indicatorElementIds))],
    unitIds: sources,
    periods: request.periods,
    calendarId: request.calendarId,
    disaggregation: request.disaggregation,
  });
  // Each indicator's roll-up sees only its own elements' rows of the period.
  const rowsByCell = new Map<string, typeof rows>();
  for (const row of rows) {
    const key = `${row.period}|${row.dataElementId}`;
    const list = rowsByCell.get(key);
    if (list) list.push(row);
    else rowsByCell.set(key, [row]);
  }
  const rowsOf = (period: string, indicator: Indicator) =>
    indicatorElementIds(indicator).flatMap((id) => rowsByCell.get(`${period}|${id}`) ?? []);
  const rollupTargetsOf = findRollupTargets(index, asOf);
  return request.indicators.map((indicator) => ({
    indicator,
    byPeriod: request.periods.map((period) => ({
      period,
      rollup: rollUpIndicator({
        index,
        indicator,
        dataElements: catalogue.dataElements,
        leaves,
        asOf,
        values: rowsOf(period, indicator),
        rollupTargetsOf,
      }),
    })),
  }));
}
