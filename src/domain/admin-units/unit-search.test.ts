import { describe, expect, it } from 'vitest';
import { foldDiacritics } from '../text/fold-diacritics.ts';
import type { AdminUnit } from './types.ts';
import { buildSearchKeys, compareUnits, rankMatch, UnitSearchIndex, type UnitFilter } from './unit-search.ts';
import { compareVietnamese } from '../text/fold-diacritics.ts';

const syllables = [
  'An',
  'Hòa',
  'Bình',
  'Mỹ',
  'Long',
  'Tháp',
  'Mười',
  'Phong',
  'Điền',
  'Đông',
  'Thạnh',
  'Phú',
  'Tân',
  'Hưng',
  'Lợi',
  'Xuân',
  'Trường',
  'Cẩm',
  'Ngọc',
  'Hồi',
  '1',
  '12',
];
const types = ['Xã', 'Phường', 'Huyện', 'Thị trấn', 'Đặc khu'];

/** A few hundred units with names made of common syllables, so words repeat across units. */
function makeUnits(count: number): AdminUnit[] {
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  return Array.from({ length: count }, (_, i) => {
    const words = Array.from({ length: 1 + next(3) }, () => syllables[next(syllables.length)]!);
    const name = `${types[next(types.length)]} ${words.join(' ')}`;
    const province = `Tỉnh ${syllables[next(syllables.length)]} ${syllables[next(syllables.length)]}`;
    return {
      id: `u${i}`,
      code: null,
      name,
      fullName: `${name}, ${province}`,
      level: i % 7 === 0 ? 'district' : 'commune',
      parentId: null,
      validFrom: null,
      validTo: i % 3 === 0 ? '2025-07-01' : null,
    };
  });
}

/** The plain definition: rank every unit, sort by rank, bare name, then compareUnits. */
function scan(units: AdminUnit[], query: string, limit: number, accept: UnitFilter): string[] {
  const folded = foldDiacritics(query);
  return units
    .filter(accept)
    .map((unit) => ({ unit, keys: buildSearchKeys(unit) }))
    .map((entry) => ({ ...entry, rank: rankMatch(entry.keys, folded) }))
    .filter((entry) => entry.rank !== null)
    .sort(
      (a, b) =>
        a.rank! - b.rank! || compareVietnamese(a.keys.bareName, b.keys.bareName) || compareUnits(a.unit, b.unit),
    )
    .slice(0, limit)
    .map((entry) => entry.unit.id);
}

describe('UnitSearchIndex', () => {
  const units = makeUnits(600);
  const index = new UnitSearchIndex(units, buildSearchKeys);
  const everything: UnitFilter = () => true;
  const queries = [
    'an',
    'a',
    'hoa',
    'HÒA',
    'xa an',
    'an hoa',
    'thap muoi',
    'tháp mười, tỉnh',
    'phuong 1',
    '12',
    'ong',
    'inh th',
    'dac khu',
    'long tinh',
    'zzz',
    'xa',
    'ư',
    'hung loi xuan',
  ];

  it('finds exactly what ranking every unit finds, in the same order', () => {
    for (const query of queries) {
      for (const limit of [1, 5, 20, 1000]) {
        expect(
          index.search(foldDiacritics(query), limit, everything).map((unit) => unit.id),
          `${query} / ${limit}`,
        ).toEqual(scan(units, query, limit, everything));
      }
    }
  });

  it('applies the caller filter (level, date, scope) before the limit', () => {
    const communesNow: UnitFilter = (unit) => unit.level === 'commune' && unit.validTo === null;
    for (const query of queries) {
      expect(
        index.search(foldDiacritics(query), 20, communesNow).map((unit) => unit.id),
        query,
      ).toEqual(scan(units, query, 20, communesNow));
    }
  });

  it('returns nothing for an empty query or a piece no unit has', () => {
    expect(index.search('', 20, everything)).toEqual([]);
    expect(index.search('qqq', 20, everything)).toEqual([]);
  });
});
