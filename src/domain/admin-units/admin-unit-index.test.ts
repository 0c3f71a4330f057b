import { describe, expect, it } from 'vitest';
import { AdminUnitIndex } from './admin-unit-index.ts';
import { sampleMap } from './test-fixtures.ts';
import { isIsoDate, isValidOn } from './types.ts';

const { units, successions } = sampleMap();
const index = new AdminUnitIndex(units, successions);
const ids = (list: { id: string }[]) => list.map((unit) => unit.id);
const before = '2024-01-01';
const after = '2026-01-01';

describe('isValidOn', () => {
  it('treats validity as half-open [validFrom, validTo)', () => {
    const unit = { validFrom: '2025-07-01', validTo: '2026-01-01' };
    expect(isValidOn(unit, '2025-06-30')).toBe(false);
    expect(isValidOn(unit, '2025-07-01')).toBe(true);
    expect(isValidOn(unit, '2025-12-31')).toBe(true);
    expect(isValidOn(unit, '2026-01-01')).toBe(false);
    expect(isValidOn({ validFrom: null, validTo: null }, '1900-01-01')).toBe(true);
    expect(index.isValidOn(index.get('OD')!, '2025-06-30')).toBe(true);
    expect(index.isValidOn(index.get('OD')!, '2025-07-01')).toBe(false);
  });

  it('accepts only real YYYY-MM-DD dates', () => {
    expect(isIsoDate('2026-01-01')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    for (const bad of ['2025-02-29', '2026-13-01', '2026-1-1', '01/01/2026', '', '2026-01-01T00:00:00Z'])
      expect(isIsoDate(bad)).toBe(false);
  });
});

describe('AdminUnitIndex tree', () => {
  it('gets units and ignores unknown ids', () => {
    expect(index.get('C1')?.name).toBe('Xã Tháp Mười');
    expect(index.get('nope')).toBeUndefined();
    expect(index.size).toBe(units.length);
  });

  it('lists the top units of each map', () => {
    expect(ids(index.topUnitsAsOf(after))).toEqual(['P', 'Q']);
    expect(ids(index.topUnitsAsOf(before))).toEqual(['OP']);
  });

  it('lists children valid on a date in Vietnamese order', () => {
    expect(ids(index.childrenAsOf('P', after))).toEqual(['C2', 'C1']); // Mỹ Quí < Tháp Mười
    expect(ids(index.childrenAsOf('P', before))).toEqual([]);
    expect(ids(index.childrenAsOf('OD', before))).toEqual(['OC1', 'OC3', 'OC2', 'OC4']); // Thị trấn < Xã; Láng < Mỹ
    expect(index.countChildrenAsOf('OP', before)).toBe(2);
    expect(index.countChildrenAsOf('OP', after)).toBe(0);
  });

  it('gives the subtree valid on a date, root first', () => {
    expect(ids(index.subtreeAsOf('P', after))).toEqual(['P', 'C2', 'C1']);
    expect(ids(index.subtreeAsOf('OP', before))).toEqual(['OP', 'OE', 'OD', 'OC5', 'OC1', 'OC3', 'OC2', 'OC4']);
    expect(index.subtreeAsOf('OP', after)).toEqual([]);
    expect(index.subtreeAsOf('P', before)).toEqual([]);
    expect(index.subtreeAsOf('missing', after)).toEqual([]);
  });

  it('gives ancestors top first', () => {
    expect(ids(index.ancestors('OC1'))).toEqual(['OP', 'OD']);
    expect(ids(index.ancestors('C1'))).toEqual(['P']);
    expect(index.ancestors('P')).toEqual([]);
  });

  it('gives direct predecessors and successors with their kind', () => {
    expect(index.predecessors('C1').map((link) => [link.unit.id, link.kind, link.share])).toEqual([
      ['OC1', 'merged', 1],
      ['OC3', 'split', 0.5],
      ['OC2', 'merged', 1],
    ]);
    expect(index.successors('OC3').map((link) => [link.unit.id, link.kind, link.apportioned])).toEqual([
      ['C2', 'split', true],
      ['C1', 'split', true],
    ]);
    expect(index.successors('OD')).toEqual([]);
  });
});

describe('successorsAsOf', () => {
  it('is the unit itself while it is valid', () => {
    expect(ids(index.successorsAsOf('C1', after))).toEqual(['C1']);
    expect(ids(index.successorsAsOf('OD', before))).toEqual(['OD']);
  });

  it('follows merges and splits of old communes', () => {
    expect(ids(index.successorsAsOf('OC1', after))).toEqual(['C1']);
    expect(ids(index.successorsAsOf('OC3', after))).toEqual(['C2', 'C1']);
  });

  it('carries a district on through its communes', () => {
    expect(ids(index.successorsAsOf('OD', after))).toEqual(['C2', 'C1']);
    expect(ids(index.successorsAsOf('OE', after))).toEqual(['C3']);
  });

  it('carries an old province on through its stored succession', () => {
    expect(ids(index.successorsAsOf('OP', after))).toEqual(['P']);
  });

  it('works backwards: a new unit before 2025-07-01 is its predecessors', () => {
    expect(ids(index.successorsAsOf('C1', before))).toEqual(['OC1', 'OC3', 'OC2']);
    expect(ids(index.successorsAsOf('P', before))).toEqual(['OP']);
  });

  it('follows chains of successions', () => {
    const chain = new AdminUnitIndex(
      [
        {
          id: 'A',
          code: null,
          name: 'Xã A',
          fullName: 'Xã A',
          level: 'commune',
          parentId: null,
          validFrom: null,
          validTo: '2020-01-01',
        },
        {
          id: 'B',
          code: null,
          name: 'Xã B',
          fullName: 'Xã B',
          level: 'commune',
          parentId: null,
          validFrom: '2020-01-01',
          validTo: '2025-07-01',
        },
        {
          id: 'C',
          code: null,
          name: 'Xã C',
          fullName: 'Xã C',
          level: 'commune',
          parentId: null,
          validFrom: '2025-07-01',
          validTo: null,
        },
      ],
      [
        { predecessorId: 'A', successorId: 'B', kind: 'merged', share: 1, apportioned: false },
        { predecessorId: 'B', successorId: 'C', kind: 'merged', share: 1, apportioned: false },
      ],
    );
    expect(ids(chain.successorsAsOf('A', after))).toEqual(['C']);
    expect(ids(chain.successorsAsOf('A', '2022-01-01'))).toEqual(['B']);
    expect(ids(chain.successorsAsOf('C', '2010-01-01'))).toEqual(['A']);
    expect(chain.successorsAsOf('missing', after)).toEqual([]);
  });
});

describe('scopeUnitIds', () => {
  it('gives a new province its communes, the old province, districts and communes they came from', () => {
    expect([...index.scopeUnitIds('P')].sort()).toEqual([
      'C1',
      'C2',
      'OC1',
      'OC2',
      'OC3',
      'OC4',
      'OC5',
      'OD',
      'OE',
      'OP',
      'P',
    ]);
  });

  it('gives a new commune the old communes merged into it, not the old district', () => {
    expect([...index.scopeUnitIds('C1')].sort()).toEqual(['C1', 'OC1', 'OC2', 'OC3']);
    expect([...index.scopeUnitIds('C2')].sort()).toEqual(['C2', 'OC3', 'OC4']);
  });

  it('gives an old district its own communes only, and nothing for unknown ids', () => {
    expect([...index.scopeUnitIds('OD')].sort()).toEqual(['OC1', 'OC2', 'OC3', 'OC4', 'OD']);
    expect(index.scopeUnitIds('missing').size).toBe(0);
  });

  it('returns the same set on repeated calls', () => {
    expect(index.scopeUnitIds('P')).toBe(index.scopeUnitIds('P'));
  });
});

describe('search', () => {
  it('finds names typed without diacritics', () => {
    expect(ids(index.search('thap muoi'))).toEqual(['OD', 'C1']);
    expect(ids(index.search('THÁP   MƯỜI'))).toEqual(['OD', 'C1']);
    expect(ids(index.search('doc binh'))).toEqual(['OC5']);
  });

  it('ranks exact name before prefix before contains', () => {
    const commune = (id: string, name: string, fullName = name) =>
      ({ id, code: null, name, fullName, level: 'commune', parentId: null, validFrom: null, validTo: null }) as const;
    const small = new AdminUnitIndex(
      [
        commune('contains', 'Phường Bình Long'),
        commune('words', 'Xã An', 'Xã An, Huyện Long Hồ'),
        commune('prefix-b', 'Thị trấn Long Mỹ'),
        commune('prefix-a', 'Xã Long Hòa'),
        commune('exact', 'Xã Long'),
        commune('none', 'Xã Bình Minh'),
      ],
      [],
    );
    expect(ids(small.search('long'))).toEqual(['exact', 'prefix-a', 'prefix-b', 'contains', 'words']);
    // Ties sort by the name without its place type, in Vietnamese order.
    expect(ids(index.search('my'))).toEqual(['OC1', 'OC2', 'C2', 'OC4']);
    expect(ids(index.search('my qui'))).toEqual(['C2']);
  });

  it('filters by date, level, scope and limit', () => {
    expect(ids(index.search('thap muoi', { asOf: after }))).toEqual(['C1']);
    expect(ids(index.search('thap muoi', { asOf: before }))).toEqual(['OD']);
    expect(ids(index.search('dong thap', { level: 'province' })).sort()).toEqual(['OP', 'P']);
    expect(ids(index.search('dong thap', { level: 'commune' }))).toEqual([]);
    expect(ids(index.search('thap muoi', { within: new Set(['C1']) }))).toEqual(['C1']);
    expect(index.search('xa', { limit: 2 })).toHaveLength(2);
    expect(index.search('   ')).toEqual([]);
    expect(index.search('khong co')).toEqual([]);
  });
});
