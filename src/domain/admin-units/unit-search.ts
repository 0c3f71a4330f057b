// Diacritics-insensitive search over admin-unit names: exact > prefix > contains, with
// Vietnamese collation for ties.
import { compareVietnamese, foldDiacritics } from '../text/fold-diacritics.ts';
import type { AdminUnit } from './types.ts';

const placeTypePrefix = /^(tinh|thanh pho|huyen|quan|thi xa|thi tran|xa|phuong|dac khu) /;

export interface SearchKeys {
  /** "xa thap muoi" */
  name: string;
  /** "thap muoi": the name without its place type. */
  bareName: string;
  /** "xa thap muoi, tinh dong thap" */
  fullName: string;
}

export function buildSearchKeys(unit: Pick<AdminUnit, 'name' | 'fullName'>): SearchKeys {
  const name = foldDiacritics(unit.name);
  return { name, bareName: name.replace(placeTypePrefix, ''), fullName: foldDiacritics(unit.fullName) };
}

/** 0 exact, 1 prefix, 2 name contains, 3 every word found in the full name; null = no match. */
export function rankMatch(keys: SearchKeys, foldedQuery: string): number | null {
  if (!foldedQuery) return null;
  if (keys.name === foldedQuery || keys.bareName === foldedQuery) return 0;
  if (keys.name.startsWith(foldedQuery) || keys.bareName.startsWith(foldedQuery)) return 1;
  if (keys.name.includes(foldedQuery)) return 2;
  const words = foldedQuery.split(' ');
  if (words.every((word) => keys.fullName.includes(word))) return 3;
  return null;
}

export interface RankedUnit {
  rank: number;
  /** Ties sort by the name without its place type: "Mỹ An" before "Mỹ Hòa" whatever their type. */
  bareName: string;
  unit: AdminUnit;
}

export function compareRanked(a: RankedUnit, b: RankedUnit): number {
  return a.rank - b.rank || compareVietnamese(a.bareName, b.bareName) || compareUnits(a.unit, b.unit);
}

const levelOrder = { province: 0, district: 1, commune: 2 } as const;

/** Vietnamese order by name, then by level, then by id so the order is total. */
export function compareUnits(a: AdminUnit, b: AdminUnit): number {
  return (
    compareVietnamese(a.name, b.name) ||
    levelOrder[a.level] - levelOrder[b.level] ||
    compareVietnamese(a.fullName, b.fullName) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export type UnitFilter = (unit: AdminUnit) => boolean;

/**
 * Search over many units without scanning them all: units are numbered once in result order
 * for equal ranks (bare name in Vietnamese order, then compareUnits), and every 2- and
 * 3-letter piece of a unit's folded name and full name lists the numbers of the units that
 * contain it. A query's words must each occur in the name or the full name for any rank to
 * match, so only the units holding all of the words' pieces are ranked (with rankMatch,
 * unchanged), and they come out already in order within each rank: no sort per query.
 */
export class UnitSearchIndex {
  private readonly units: AdminUnit[];
  private readonly keys: SearchKeys[];
  private readonly postings = new Map<string, number[]>();

  constructor(units: Iterable<AdminUnit>, keysOf: (unit: AdminUnit) => SearchKeys) {
    const entries = [...units].map((unit) => ({ unit, keys: keysOf(unit) }));
    entries.sort((a, b) => compareVietnamese(a.keys.bareName, b.keys.bareName) || compareUnits(a.unit, b.unit));
    this.units = entries.map((entry) => entry.unit);
    this.keys = entries.map((entry) => entry.keys);
    this.keys.forEach((keys, ordinal) => {
      const pieces = new Set<string>();
      for (const text of [keys.name, keys.fullName]) {
        for (let i = 0; i + 2 <= text.length; i++) {
          pieces.add(text.slice(i, i + 2));
          if (i + 3 <= text.length) pieces.add(text.slice(i, i + 3));
        }
      }
      for (const piece of pieces) {
        const list = this.postings.get(piece);
        if (list) list.push(ordinal);
        else this.postings.set(piece, [ordinal]);
      }
    });
  }

  /** Best matches first (exact > prefix > contains > all words), at most `limit`, among units passing `accept`. */
  search(foldedQuery: string, limit: number, accept: UnitFilter): AdminUnit[] {
    if (!foldedQuery || limit <= 0) return [];
    const candidates = this.candidates(foldedQuery);
    const byRank: AdminUnit[][] = [[], [], [], []];
    const visit = (ordinal: number): boolean => {
      const unit = this.units[ordinal]!;
      if (!accept(unit)) return false;
      const rank = rankMatch(this.keys[ordinal]!, foldedQuery);
      if (rank === null) return false;
      byRank[rank]!.push(unit);
      // Exact matches arrive in final order: once there are enough, nothing can come before them.
      return byRank[0]!.length >= limit;
    };
    if (candidates === null) {
      for (let ordinal = 0; ordinal < this.units.length; ordinal++) if (visit(ordinal)) break;
    } else {
      for (const ordinal of candidates) if (visit(ordinal)) break;
    }
    return byRank.flat().slice(0, limit);
  }

  /** Ascending unit numbers holding every piece of every word; null when no word has two letters. */
  private candidates(foldedQuery: string): number[] | null {
    const pieces = new Set<string>();
    for (const word of foldedQuery.split(' ')) {
      if (word.length === 2) pieces.add(word);
      for (let i = 0; i + 3 <= word.length; i++) pieces.add(word.slice(i, i + 3));
    }
    if (pieces.size === 0) return null;
    const lists: number[][] = [];
    for (const piece of pieces) {
      const list = this.postings.get(piece);
      if (!list) return [];
      lists.push(list);
    }
    lists.sort((a, b) => a.length - b.length);
    let result = lists[0]!;
    for (const list of lists.slice(1)) result = intersectSorted(result, list);
    return result;
  }
}

function intersectSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      out.push(a[i]!);
      i++;
      j++;
    }
  }
  return out;
}
