// Demo values (issue 9): for every indicator the demo plans' targets are linked to, figures of
// its data elements for the communes of the plan's unit, 2021–2026 in the calendar year —
// the years before the reform by the communes (and, for the first year, the district) that
// existed then, later years by today's communes — so the live roll-ups carry the old figures
// onto today's map and every target status shows on the plan pages. The series come from the
// pure generator (domain/values/demo-scenarios.ts, demo-series.ts); this file finds each
// plan's units, writes the rows in bulk through the repository with one audit row, and is
// deterministic: the same plans give the same rows (upserted: loading twice changes nothing).
import type { AdminUnitIndex } from '../../domain/admin-units/admin-unit-index.ts';
import { type AdminUnit, reformDate } from '../../domain/admin-units/types.ts';
import type { Indicator } from '../../domain/indicators/types.ts';
import { addDays } from '../../domain/periods/iso-dates.ts';
import { calendarYear } from '../../domain/periods/reporting-calendars.ts';
import { type DemoTarget, demoFirstYear, demoLastYear, designPlanSeries } from '../../domain/values/demo-scenarios.ts';
import { type DemoArea, type DemoValue, generateDemoValues } from '../../domain/values/demo-series.ts';
import { leafUnitsAsOf } from '../../domain/values/roll-up-indicator.ts';
import { systemActor } from '../auth/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { AppContext } from '../context.ts';
import { upsertValues, type ValueWrite } from './repository.ts';
import { catalogue } from './service.ts';

/** Rows per insert: 9 parameters each, well under PostgreSQL's 65,535. */
const chunkSize = 2_000;
/** The last day of the old map. */
const oldMapDate = addDays(reformDate, -1);

export interface DemoValuesResult {
  rows: number;
  firstYear: number;
  lastYear: number;
}

const communesOf = (units: readonly AdminUnit[]) => units.filter((unit) => unit.level === 'commune');

/** The plan's unit on both maps: its old communes (and old district), and today's communes. */
export function findDemoArea(index: AdminUnitIndex, unitId: string, key: string): DemoArea | null {
  const unit = index.get(unitId);
  if (!unit) return null;
  const oldCommunes = index.isValidOn(unit, oldMapDate)
    ? leafUnitsAsOf(index, unit.id, oldMapDate)
    : communesOf(index.successorsAsOf(unit.id, oldMapDate));
  const newCommunes = index.isValidOn(unit, reformDate)
    ? leafUnitsAsOf(index, unit.id, reformDate)
    : communesOf(index.successorsAsOf(unit.id, reformDate));
  return {
    key,
    oldDistrictId: unit.level === 'district' && index.isValidOn(unit, oldMapDate) ? unit.id : null,
    oldCommuneIds: communesOf(oldCommunes).map((commune) => commune.id),
    newCommunes: communesOf(newCommunes).map((commune) => {
      // A new commune is as big as what it carries on of the communes it was formed from.
      const sources = index
        .predecessors(commune.id)
        .filter((link) => index.isValidOn(link.unit, oldMapDate))
        .map((link) => ({ unitId: link.unit.id, share: link.share }));
      return { id: commune.id, sources: sources.length > 0 ? sources : [{ unitId: commune.id, share: 1 }] };
    }),
  };
}

/** When a year's figures were entered: mid-January after it; the year under way, late November. */
function enteredAtOf(period: string): Date {
  const year = Number(period.slice(0, 4));
  return new Date(year >= demoLastYear ? `${year}-11-30T02:00:00Z` : `${year + 1}-01-15T02:00:00Z`);
}

/** The demo's figures for these plans, not yet stored (pure but for the reads). */
export async function buildDemoValues(ctx: AppContext, planIds: readonly string[]): Promise<DemoValue[]> {
  if (planIds.length === 0) return [];
  const plans = await ctx.db
    .selectFrom('plans')
    .select(['id', 'admin_unit_id', 'file_name'])
    .where('id', 'in', [...planIds])
    .orderBy('file_name')
    .orderBy('id')
    .execute();
  const targets = await ctx.db
    .selectFrom('plan_targets')
    .select(['plan_id', 'op', 'value', 'value2', 'unit', 'unit_noun', 'year', 'indicator_id'])
    .where('plan_id', 'in', [...planIds])
    .orderBy('plan_id')
    .orderBy('position')
    .execute();
  const index = await ctx.adminUnits.get();
  const indicators = new Map<string, Indicator>(catalogue.indicators.map((indicator) => [indicator.id, indicator]));
  const dataElements = new Map(catalogue.dataElements.map((element) => [element.id, element]));
  const planInputs = plans.map((plan) => ({
    key: plan.file_name,
    targets: targets
      .filter((target) => target.plan_id === plan.id)
      .map(
        (target): DemoTarget => ({
          op: target.op,
          value: target.value === null ? null : Number(target.value),
          value2: target.value2 === null ? null : Number(target.value2),
          unit: target.unit,
          unitNoun: target.unit_noun,
          year: target.year,
          indicatorId: target.indicator_id,
        }),
      ),
  }));
  const designs = designPlanSeries(planInputs, indicators);
  const areas = plans.flatMap((plan, i) => {
    const area = plan.admin_unit_id ? findDemoArea(index, plan.admin_unit_id, plan.file_name) : null;
    return area ? [{ area, designs: designs[i]! }] : [];
  });
  return generateDemoValues({ areas, indicators, dataElements });
}

/** Stores the demo's figures for these plans (the ones the demo import just created). */
export async function loadDemoValues(ctx: AppContext, planIds: readonly string[]): Promise<DemoValuesResult> {
  const values = await buildDemoValues(ctx, planIds);
  const result = { rows: values.length, firstYear: demoFirstYear, lastYear: demoLastYear };
  if (values.length === 0) return result;
  const writes: ValueWrite[] = values.map((value) => ({
    ...value,
    calendarId: calendarYear.id,
    source: 'imported',
    enteredBy: null,
    enteredAt: enteredAtOf(value.period),
  }));
  await ctx.db.transaction().execute(async (trx) => {
    for (let start = 0; start < writes.length; start += chunkSize)
      await upsertValues(trx, writes.slice(start, start + chunkSize));
    // One row for the whole load: thousands of cells would drown the audit log.
    await recordAudit(trx, {
      actor: { userId: systemActor.userId, displayName: systemActor.displayName },
      action: 'create',
      entity: 'data_values',
      entityId: 'demo',
      after: { calendarId: calendarYear.id, rows: values.length, years: [demoFirstYear, demoLastYear], planIds },
    });
  });
  return result;
}
