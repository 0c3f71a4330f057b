// In-memory index over every admin unit, current and historical, with the questions the
// rest of the system asks of the map: subtree as of a date, successors as of a date,
// scope of a user, search.
import { foldDiacritics } from '../text/fold-diacritics.ts';
import {
  isValidOn,
  type AdminLevel,
  type AdminUnit,
  type AdminUnitSuccession,
  type IsoDate,
  type SuccessionKind,
} from './types.ts';
import { buildSearchKeys, compareUnits, UnitSearchIndex, type SearchKeys } from './unit-search.ts';

export interface UnitLink {
  unit: AdminUnit;
  kind: SuccessionKind;
  share: number;
  apportioned: boolean;
}

export interface SearchOptions {
  /** Only units valid on this date; all dates when absent. */
  asOf?: IsoDate | undefined;
  level?: AdminLevel | undefined;
  limit?: number | undefined;
  /** Only units whose id is in this set (the caller's scope). */
  within?: ReadonlySet<string> | undefined;
}

export class AdminUnitIndex {
  private readonly units = new Map<string, AdminUnit>();
  private readonly childIds = new Map<string, string[]>();
  private readonly roots: AdminUnit[] = [];
  private readonly successorLinks = new Map<string, AdminUnitSuccession[]>();
  private readonly predecessorLinks = new Map<string, AdminUnitSuccession[]>();
  private readonly searchKeys = new Map<string, SearchKeys>();
  private readonly scopeCache = new Map<string, ReadonlySet<string>>();
  private searchIndex: UnitSearchIndex | null = null;

  constructor(units: readonly AdminUnit[], successions: readonly AdminUnitSuccession[]) {
    for (const unit of units) this.units.set(unit.id, unit);
    const sorted = [...this.units.values()].sort(compareUnits);
    for (const unit of sorted) {
      this.searchKeys.set(unit.id, buildSearchKeys(unit));
      if (unit.parentId !== null && this.units.has(unit.parentId)) {
        const siblings = this.childIds.get(unit.parentId);
        if (siblings) siblings.push(unit.id);
        else this.childIds.set(unit.parentId, [unit.id]);
      } else {
        this.roots.push(unit);
      }
    }
    for (const link of successions) {
      if (!this.units.has(link.predecessorId) || !this.units.has(link.successorId)) continue;
      pushTo(this.successorLinks, link.predecessorId, link);
      pushTo(this.predecessorLinks, link.successorId, link);
    }
  }

  get size(): number {
    return this.units.size;
  }

  get(id: string): AdminUnit | undefined {
    return this.units.get(id);
  }

  all(): IterableIterator<AdminUnit> {
    return this.units.values();
  }

  isValidOn(unit: Pick<AdminUnit, 'validFrom' | 'validTo'>, date: IsoDate): boolean {
    return isValidOn(unit, date);
  }

  /** Units without a parent valid on the date (provinces of that map), in Vietnamese order. */
  topUnitsAsOf(date: IsoDate): AdminUnit[] {
    return this.roots.filter((unit) => isValidOn(unit, date));
  }

  /** Every child regardless of date, in Vietnamese order. */
  children(id: string): AdminUnit[] {
    return (this.childIds.get(id) ?? []).map((childId) => this.units.get(childId)!);
  }

  childrenAsOf(id: string, date: IsoDate): AdminUnit[] {
    return this.children(id).filter((unit) => isValidOn(unit, date));
  }

  countChildrenAsOf(id: string, date: IsoDate): number {
    let count = 0;
    for (const childId of this.childIds.get(id) ?? []) if (isValidOn(this.units.get(childId)!, date)) count++;
    return count;
  }

  /** The root and every unit under it valid on the date, root first; [] if the root is not valid then. */
  subtreeAsOf(rootId: string, date: IsoDate): AdminUnit[] {
    const root = this.units.get(rootId);
    if (!root || !isValidOn(root, date)) return [];
    const result: AdminUnit[] = [root];
    for (let i = 0; i < result.length; i++) {
      for (const childId of this.childIds.get(result[i]!.id) ?? []) {
        const child = this.units.get(childId)!;
        if (isValidOn(child, date)) result.push(child);
      }
    }
    return result;
  }

  /** Every unit under the root at any date (root excluded). */
  descendants(rootId: string): AdminUnit[] {
    const result: AdminUnit[] = [];
    const stack = [...(this.childIds.get(rootId) ?? [])];
    while (stack.length > 0) {
      const unit = this.units.get(stack.pop()!)!;
      result.push(unit);
      stack.push(...(this.childIds.get(unit.id) ?? []));
    }
    return result;
  }

  /** Parent chain, top first, without the unit itself. */
  ancestors(id: string): AdminUnit[] {
    const chain: AdminUnit[] = [];
    const seen = new Set<string>([id]);
    let parentId = this.units.get(id)?.parentId ?? null;
    while (parentId !== null && !seen.has(parentId)) {
      const parent = this.units.get(parentId);
      if (!parent) break;
      seen.add(parentId);
      chain.unshift(parent);
      parentId = parent.parentId;
    }
    return chain;
  }

  /** Direct predecessors (units this one carries on), as stored. */
  predecessors(id: string): UnitLink[] {
    return this.toLinks(this.predecessorLinks.get(id) ?? [], 'predecessorId');
  }

  /** Direct successors as stored (old communes, old provinces); none for districts. */
  successors(id: string): UnitLink[] {
    return this.toLinks(this.successorLinks.get(id) ?? [], 'successorId');
  }

  /**
   * The units valid on `date` that stand for this unit: the unit itself if valid then;
   * later units when it has ended (following succession chains; a district through its
   * communes); earlier units when it did not exist yet (its predecessors).
   */
  successorsAsOf(id: string, date: IsoDate): AdminUnit[] {
    const found = new Map<string, AdminUnit>();
    this.collectAsOf(id, date, found, new Set());
    return [...found.values()].sort(compareUnits);
  }

  private collectAsOf(id: string, date: IsoDate, found: Map<string, AdminUnit>, visiting: Set<string>): void {
    const unit = this.units.get(id);
    if (!unit || visiting.has(id)) return;
    if (isValidOn(unit, date)) {
      found.set(unit.id, unit);
      return;
    }
    visiting.add(id);
    const forward = unit.validTo !== null && unit.validTo <= date;
    const links = forward ? this.successorLinks.get(id) : this.predecessorLinks.get(id);
    if (links && links.length > 0) {
      for (const link of links)
        this.collectAsOf(forward ? link.successorId : link.predecessorId, date, found, visiting);
    } else {
      // A district has no successors of its own: its communes carry it on.
      for (const childId of this.childIds.get(id) ?? []) this.collectAsOf(childId, date, found, visiting);
    }
    visiting.delete(id);
  }

  /**
   * Every unit id a user whose agency sits at rootId may see across history: the subtree
   * at any date, the units those were formed from (transitively), and what lay under them.
   */
  scopeUnitIds(rootId: string): ReadonlySet<string> {
    const cached = this.scopeCache.get(rootId);
    if (cached) return cached;
    const scope = this.collectScope(rootId);
    this.scopeCache.set(rootId, scope);
    return scope;
  }

  /**
   * Calls `visit` with every unit's scope (as scopeUnitIds), without caching them: what the
   * admin_unit_scopes table holds.
   */
  forEachScope(visit: (rootId: string, unitIds: ReadonlySet<string>) => void): void {
    for (const id of this.units.keys()) visit(id, this.scopeCache.get(id) ?? this.collectScope(id));
  }

  private collectScope(rootId: string): Set<string> {
    const scope = new Set<string>();
    if (!this.units.has(rootId)) return scope;
    scope.add(rootId);
    for (const unit of this.descendants(rootId)) scope.add(unit.id);
    const queue = [...scope];
    const predecessorIds = new Set<string>();
    while (queue.length > 0) {
      for (const link of this.predecessorLinks.get(queue.pop()!) ?? []) {
        if (predecessorIds.has(link.predecessorId)) continue;
        predecessorIds.add(link.predecessorId);
        queue.push(link.predecessorId);
      }
    }
    for (const predecessorId of predecessorIds) {
      scope.add(predecessorId);
      for (const unit of this.descendants(predecessorId)) scope.add(unit.id);
    }
    return scope;
  }

  /** Ranked search (see unit-search.ts) through an n-gram index built on the first search. */
  search(query: string, options: SearchOptions = {}): AdminUnit[] {
    const folded = foldDiacritics(query);
    if (!folded) return [];
    this.searchIndex ??= new UnitSearchIndex(this.units.values(), (unit) => this.searchKeys.get(unit.id)!);
    const { level, asOf, within } = options;
    return this.searchIndex.search(
      folded,
      options.limit ?? 20,
      (unit) =>
        (!level || unit.level === level) && (!asOf || isValidOn(unit, asOf)) && (!within || within.has(unit.id)),
    );
  }

  private toLinks(links: readonly AdminUnitSuccession[], side: 'predecessorId' | 'successorId'): UnitLink[] {
    return links
      .map((link) => ({
        unit: this.units.get(link[side])!,
        kind: link.kind,
        share: link.share,
        apportioned: link.apportioned,
      }))
      .sort((a, b) => compareUnits(a.unit, b.unit));
  }
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
