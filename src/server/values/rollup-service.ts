// GET /api/rollups: an indicator for a unit and period on the map of a date, live — read from
// data_values on each request, no batch job. The leaves are the communes under the unit on
// that date; the SQL reads the values of the leaves and of the units they came from or went
// to (rollupSourceUnitIds), and the domain maps them through the succession map.
//
// Performance (for the 10M-row bench, decision 0023): one indexed read per request
// (data_values_rollup_idx: element, period, unit), ~2 × the number of communes in ids; a
// province of ~100 communes reads a few hundred rows. buildRollupMap walks every unit once per
// distinct end date of an old unit (one pass for the 2025 reform) — cache it per (from, to)
// in the AdminUnitIndexCache when the bench shows it. A series (GET /api/rollups/series, the
// plan page's targets) reads all its periods and indicators in one statement and shares the
// succession maps between its periods.
import type { AdminUnitIndex } from '../../domain/admin-units/admin-unit-index.ts';
import type { RollupMap } from '../../domain/admin-units/rollup.ts';
import type { AdminUnit, IsoDate } from '../../domain/admin-units/types.ts';
import type { Indicator } from '../../domain/indicators/types.ts';
import { formatPeriod, parsePeriod } from '../../domain/periods/period-ids.ts';
import { periodsBetween } from '../../domain/periods/period-sequence.ts';
import {
  type IndicatorRollup,
  indicatorElementIds,
  leafUnitsAsOf,
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
import { findRollupValues } from './repository.ts';
import { calendarOf, catalogue } from './service.ts';

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

function findIndicator(indicatorId: string): Indicator {
  const indicator = catalogue.indicators.find((candidate) => candidate.id === indicatorId);
  if (!indicator) throw badRequest(`Không có chỉ tiêu thống kê "${indicatorId}".`, 'indicatorId');
  return indicator;
}

function readPeriod(text: string, field: string): string {
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw badRequest(parsed.message, field);
  return formatPeriod(parsed.period);
}

function readDisaggregation(indicator: Indicator, text: string | undefined): string {
  const firstElement = catalogue.dataElements.find((element) => element.id === indicatorElementIds(indicator)[0]);
  if (!firstElement) return '';
  const parsed = parseDisaggregation(text ?? '', firstElement);
  if (!parsed.ok) throw badRequest(parsed.message, 'disaggregation');
  return parsed.key;
}

/** The unit asked for, readable by the actor and existing on the map date. */
async function findRollupRoot(
  ctx: AppContext,
  actor: Principal,
  unitId: string,
  asOfText: IsoDate | undefined,
): Promise<{ index: AdminUnitIndex; root: AdminUnit; asOf: IsoDate }> {
  const index = await ctx.adminUnits.get();
  const root = index.get(unitId);
  authorize(actor, valuePolicy.canRead, root, () => notFound('đơn vị hành chính'));
  const asOf = asOfText ?? todayInVietnam(ctx.now());
  if (!index.isValidOn(root, asOf))
    throw badRequest(`${root.name} không tồn tại vào ngày ${asOf}; hãy chọn ngày tra cứu (asOf) khác.`, 'asOf');
  return { index, root, asOf };
}

export async function getRollup(ctx: AppContext, actor: Principal, query: RollupQuery): Promise<RollupResult> {
  const { index, root, asOf } = await findRollupRoot(ctx, actor, query.unitId, query.asOf);
  const indicator = findIndicator(query.indicatorId);
  const period = readPeriod(query.period, 'period');
  const disaggregation = readDisaggregation(indicator, query.disaggregation);
  const [rollup] = await rollUpSeries(ctx, actor, {
    index,
    target: { root },
    asOf,
    indicators: [indicator],
    periods: [period],
    calendarId: calendarOf(query.calendarId).id,
    disaggregation,
  });
  return { indicatorId: indicator.id, unitId: root.id, period, asOf, disaggregation, ...rollup!.byPeriod[0]!.rollup };
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
 * Several indicators over several periods for one unit, on the map of asOf: one read of
 * data_values for every element, period and source unit, then each period rolled up in
 * memory. Authorization is the caller's (the unit, or the plan the indicators come from);
 * values of units outside the actor's scope are never read.
 */
export async function rollUpSeries(
  ctx: AppContext,
  actor: Principal,
  request: SeriesRequest,
): Promise<IndicatorSeries[]> {
  const { index, asOf } = request;
  const leaves =
    'leaves' in request.target ? request.target.leaves : leafUnitsAsOf(index, request.target.root.id, asOf);
  const sources = [...rollupSourceUnitIds(index, leaves)].filter((id) => scopeIncludes(actor.scope, id));
  const elementIds = [...new Set(request.indicators.flatMap(indicatorElementIds))];
  const rows = await findRollupValues(ctx.db, {
    dataElementIds: elementIds,
    unitIds: sources,
    periods: request.periods,
    calendarId: request.calendarId,
    disaggregation: request.disaggregation,
  });
  const rowsByPeriod = new Map<string, typeof rows>();
  for (const row of rows) {
    const list = rowsByPeriod.get(row.period) ?? [];
    list.push(row);
    rowsByPeriod.set(row.period, list);
  }
  const rollupMaps = new Map<IsoDate, RollupMap>();
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
        values: rowsByPeriod.get(period) ?? [],
        rollupMaps,
      }),
    })),
  }));
}

export interface RollupSeriesQuery {
  indicatorId: string;
  unitId: string;
  from: string;
  to: string;
  asOf?: IsoDate | undefined;
  disaggregation?: string | undefined;
  calendarId?: string | undefined;
}

/** Most periods one series request may span (10 years of months). */
export const MAX_SERIES_PERIODS = 120;

export interface RollupSeriesResult {
  indicatorId: string;
  unitId: string;
  asOf: IsoDate;
  disaggregation: string;
  points: {
    period: string;
    value: number | null;
    numerator: number | null;
    denominator: number | null;
    coverage: { reported: number; expected: number };
  }[];
}

/** GET /api/rollups/series: an indicator for a unit over consecutive periods of one kind. */
export async function getRollupSeries(
  ctx: AppContext,
  actor: Principal,
  query: RollupSeriesQuery,
): Promise<RollupSeriesResult> {
  const { index, root, asOf } = await findRollupRoot(ctx, actor, query.unitId, query.asOf);
  const indicator = findIndicator(query.indicatorId);
  const from = parsePeriod(query.from);
  if (!from.ok) throw badRequest(from.message, 'from');
  const to = parsePeriod(query.to);
  if (!to.ok) throw badRequest(to.message, 'to');
  if (from.period.kind !== to.period.kind)
    throw badRequest('Kỳ đầu (from) và kỳ cuối (to) phải cùng loại kỳ (năm, quý, tháng ...).', 'to');
  const periods = periodsBetween(from.period, to.period).map(formatPeriod);
  if (periods.length === 0) throw badRequest('Kỳ cuối (to) phải không sớm hơn kỳ đầu (from).', 'to');
  if (periods.length > MAX_SERIES_PERIODS)
    throw badRequest(`Một chuỗi số liệu tối đa ${MAX_SERIES_PERIODS} kỳ; hãy thu hẹp từ kỳ (from) đến kỳ (to).`, 'to');
  const disaggregation = readDisaggregation(indicator, query.disaggregation);
  const [series] = await rollUpSeries(ctx, actor, {
    index,
    target: { root },
    asOf,
    indicators: [indicator],
    periods,
    calendarId: calendarOf(query.calendarId).id,
    disaggregation,
  });
  return {
    indicatorId: indicator.id,
    unitId: root.id,
    asOf,
    disaggregation,
    points: series!.byPeriod.map(({ period, rollup }) => ({
      period,
      value: rollup.value,
      numerator: rollup.numerator,
      denominator: rollup.denominator,
      coverage: rollup.coverage,
    })),
  };
}
