import type { AdminUnitIndex } from '../../domain/admin-units/admin-unit-index.ts';
import type { AdminLevel, AdminUnit, IsoDate } from '../../domain/admin-units/types.ts';
import { compareUnits } from '../../domain/admin-units/unit-search.ts';
import { authorize } from '../access/policy.ts';
import type { Scope } from '../access/scope.ts';
import type { Principal } from '../auth/actor.ts';
import type { AppContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { adminUnitPolicy } from './policy.ts';

export interface AdminUnitSummary extends AdminUnit {
  childCount: number;
}

export interface ListQuery {
  asOf?: IsoDate | undefined;
  q?: string | undefined;
  level?: AdminLevel | undefined;
  parentId?: string | undefined;
  limit?: number | undefined;
}

export interface AdminUnitDetail {
  unit: AdminUnitSummary;
  ancestors: AdminUnitSummary[];
  children: AdminUnitSummary[];
  predecessors: { unit: AdminUnitSummary; kind: string }[];
  successors: { unit: AdminUnitSummary; kind: string }[];
  successorsAsOf: AdminUnitSummary[];
}

const unitWhat = 'đơn vị hành chính';
const defaultSearchLimit = 20;

/** Today's date in Vietnam, where the data's dates are meant. */
export function todayInVietnam(now: Date): IsoDate {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/**
 * q searches names without diacritics (across all dates unless asOf is given, so that
 * abolished districts are found too); parentId lists children valid on asOf; neither
 * lists the top units valid on asOf that the actor may see.
 */
export async function listAdminUnits(ctx: AppContext, actor: Principal, query: ListQuery): Promise<AdminUnitSummary[]> {
  const index = await ctx.adminUnits.get();
  const parent = query.parentId === undefined ? undefined : (index.get(query.parentId) ?? null);
  if (parent === undefined) authorize(actor, adminUnitPolicy.canList);
  else authorize(actor, adminUnitPolicy.canRead, parent, () => notFound(unitWhat));
  const visible = visibleSet(actor.scope);
  const asOf = query.asOf ?? todayInVietnam(ctx.now());
  const maySee = (unit: AdminUnit) => adminUnitPolicy.canRead(actor, unit);
  let units: AdminUnit[];
  if (parent) {
    units = index
      .childrenAsOf(parent.id, asOf)
      .filter((unit) => maySee(unit) && (!query.level || unit.level === query.level));
    if (query.q) {
      // Children stay in Vietnamese order; q only narrows them.
      const matching = new Set(
        index
          .search(query.q, { within: new Set(units.map((unit) => unit.id)), limit: units.length })
          .map((unit) => unit.id),
      );
      units = units.filter((unit) => matching.has(unit.id));
    }
  } else if (query.q) {
    units = index.search(query.q, {
      asOf: query.asOf,
      level: query.level,
      limit: query.limit ?? defaultSearchLimit,
      within: visible === 'all' ? undefined : visible,
    });
  } else {
    units = topUnitsVisible(index, visible, asOf).filter((unit) => !query.level || unit.level === query.level);
  }
  if (query.limit !== undefined) units = units.slice(0, query.limit);
  return units.map((unit) => summarise(index, unit, asOf));
}

export async function getAdminUnitDetail(
  ctx: AppContext,
  actor: Principal,
  id: string,
  asOfInput: IsoDate | undefined,
): Promise<AdminUnitDetail> {
  const index = await ctx.adminUnits.get();
  const unit = index.get(id);
  authorize(actor, adminUnitPolicy.canRead, unit, () => notFound(unitWhat));
  const maySee = (other: AdminUnit) => adminUnitPolicy.canRead(actor, other);
  const asOf = asOfInput ?? todayInVietnam(ctx.now());
  const present = (units: AdminUnit[]) => units.filter(maySee).map((other) => summarise(index, other, asOf));
  const presentLinks = (links: ReturnType<AdminUnitIndex['predecessors']>) =>
    links
      .filter((link) => maySee(link.unit))
      .map((link) => ({ unit: summarise(index, link.unit, asOf), kind: link.kind }));
  return {
    unit: summarise(index, unit, asOf),
    ancestors: present(index.ancestors(id)),
    children: present(index.childrenAsOf(id, asOf)),
    predecessors: presentLinks(index.predecessors(id)),
    successors: presentLinks(index.successors(id)),
    successorsAsOf: present(index.successorsAsOf(id, asOf)),
  };
}

const visibleSet = (scope: Scope): ReadonlySet<string> | 'all' => (scope.all ? 'all' : scope.unitIds);

function summarise(index: AdminUnitIndex, unit: AdminUnit, asOf: IsoDate): AdminUnitSummary {
  return { ...unit, childCount: index.countChildrenAsOf(unit.id, asOf) };
}

/** The highest units valid on the date inside the visible set: their parent is out of view then. */
function topUnitsVisible(index: AdminUnitIndex, visible: ReadonlySet<string> | 'all', asOf: IsoDate): AdminUnit[] {
  if (visible === 'all') return index.topUnitsAsOf(asOf);
  const tops: AdminUnit[] = [];
  for (const id of visible) {
    const unit = index.get(id);
    if (!unit || !index.isValidOn(unit, asOf)) continue;
    const parent = unit.parentId === null ? undefined : index.get(unit.parentId);
    if (parent && visible.has(parent.id) && index.isValidOn(parent, asOf)) continue;
    tops.push(unit);
  }
  return tops.sort(compareUnits);
}
