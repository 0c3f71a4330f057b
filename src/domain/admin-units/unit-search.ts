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
