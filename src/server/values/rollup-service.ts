// GET /api/rollups: an indicator for a unit and period on the map of a date, live — read from
// data_values on each request, no batch job. The leaves are the communes under the unit on
// that date; the SQL reads the values of the leaves and of the units they came from or went
// to (rollupSourceUnitIds), and the domain maps them through the succession map.
//
// Performance (for the 10M-row bench, decision 0023): one indexed read per request
// (data_values_rollup_idx: element, period, unit), ~2 × the number of communes in ids; a
// province of ~100 communes reads a few hundred rows. buildRollupMap walks every unit once per
// distinct end date of an old unit (one pass for the 2025 reform) — cache it per (from, to)
// in the AdminUnitIndexCache when the bench shows it.
import type { IsoDate } from '../../domain/admin-units/types.ts';
import { formatPeriod, parsePeriod } from '../../domain/periods/period-ids.ts';
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

export async function getRollup(ctx: AppContext, actor: Principal, query: RollupQuery): Promise<RollupResult> {
  const index = await ctx.adminUnits.get();
  const root = index.get(query.unitId);
  authorize(actor, valuePolicy.canRead, root, () => notFound('đơn vị hành chính'));
  const indicator = catalogue.indicators.find((candidate) => candidate.id === query.indicatorId);
  if (!indicator) throw badRequest(`Không có chỉ tiêu thống kê "${query.indicatorId}".`, 'indicatorId');
  const parsed = parsePeriod(query.period);
  if (!parsed.ok) throw badRequest(parsed.message, 'period');
  const elementIds = indicatorElementIds(indicator);
  const firstElement = catalogue.dataElements.find((element) => element.id === elementIds[0]);
  const disaggregation = firstElement ? parseDisaggregation(query.disaggregation ?? '', firstElement) : null;
  if (disaggregation && !disaggregation.ok) throw badRequest(disaggregation.message, 'disaggregation');
  const asOf = query.asOf ?? todayInVietnam(ctx.now());
  if (!index.isValidOn(root, asOf))
    throw badRequest(`${root.name} không tồn tại vào ngày ${asOf}; hãy chọn ngày tra cứu (asOf) khác.`, 'asOf');
  const leaves = leafUnitsAsOf(index, root.id, asOf);
  const sources = [...rollupSourceUnitIds(index, leaves)].filter((id) => scopeIncludes(actor.scope, id));
  const period = formatPeriod(parsed.period);
  const key = disaggregation?.ok ? disaggregation.key : '';
  const values = await findRollupValues(ctx.db, {
    dataElementIds: elementIds,
    unitIds: sources,
    period,
    calendarId: calendarOf(query.calendarId).id,
    disaggregation: key,
  });
  const rollup = rollUpIndicator({ index, indicator, dataElements: catalogue.dataElements, leaves, asOf, values });
  return { indicatorId: indicator.id, unitId: root.id, period, asOf, disaggregation: key, ...rollup };
}
