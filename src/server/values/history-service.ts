// GET /api/values/history: what happened to one stored value — each save, import or deletion
// that touched the cell, with who, when, and the value before and after — read from the audit
// rows the save path writes in the same transaction as the change (decision 0023).
import { seedCatalogue } from '../../domain/indicators/catalogue/index.ts';
import { formatPeriod, parsePeriod } from '../../domain/periods/period-ids.ts';
import { parseDisaggregation } from '../../domain/values/disaggregation-keys.ts';
import { authorize } from '../access/policy.ts';
import type { Principal } from '../auth/actor.ts';
import type { AppContext } from '../context.ts';
import { badRequest, notFound } from '../errors.ts';
import { findValueHistory, type ValueChangeRow } from './history-repository.ts';
import { valuePolicy } from './policy.ts';
import { resolveCalendar } from './service.ts';

/** Changes listed for one cell, newest first. */
export const maxHistoryEntries = 100;

export interface ValueHistoryQuery {
  dataElementId: string;
  unitId: string;
  period: string;
  disaggregation?: string | undefined;
  calendarId?: string | undefined;
}

export async function getValueHistory(
  ctx: AppContext,
  actor: Principal,
  query: ValueHistoryQuery,
): Promise<{ items: ValueChangeRow[] }> {
  const index = await ctx.adminUnits.get();
  const unit = index.get(query.unitId);
  authorize(actor, valuePolicy.canRead, unit, () => notFound('đơn vị hành chính'));
  const element = seedCatalogue.dataElements.find((candidate) => candidate.id === query.dataElementId);
  if (!element) throw badRequest(`Không có chỉ số dữ liệu "${query.dataElementId}".`, 'dataElementId');
  const period = parsePeriod(query.period);
  if (!period.ok) throw badRequest(period.message, 'period');
  const disaggregation = parseDisaggregation(query.disaggregation ?? '', element);
  if (!disaggregation.ok) throw badRequest(disaggregation.message, 'disaggregation');
  const calendar = await resolveCalendar(ctx, actor, query.calendarId);
  const items = await findValueHistory(
    ctx.db,
    {
      dataElementId: element.id,
      unitId: unit.id,
      period: formatPeriod(period.period),
      disaggregation: disaggregation.key,
      calendarId: calendar.id,
    },
    maxHistoryEntries,
  );
  return { items };
}
