import { describe, expect, it } from 'vitest';
import { type AgencyOnMap, type FanOutArea, fanOutMention, fanOutTask, foldName } from './fan-out-assignments.ts';

// An old district (ended 2025-07-01) carried on by two communes; today's bodies there.
const agencies: AgencyOnMap[] = [
  { id: 'ag-c1-ubnd', name: 'Ủy ban nhân dân xã An Hòa', type: 'people_committee', adminUnitId: 'c1' },
  { id: 'ag-c1-vhxh', name: 'Phòng Văn hóa - Xã hội xã An Hòa', type: 'specialised_office', adminUnitId: 'c1' },
  { id: 'ag-c1-thcs', name: 'Trường THCS An Hòa', type: 'school', adminUnitId: 'c1' },
  { id: 'ag-c2-th', name: 'Trường Tiểu học Bình Minh', type: 'school', adminUnitId: 'c2' },
  { id: 'ag-p-noi-vu', name: 'Sở Nội vụ', type: 'specialised_office', adminUnitId: 'p' },
];
const districtArea: FanOutArea = {
  seats: [
    { id: 'c1', name: 'Xã An Hòa' },
    { id: 'c2', name: 'Xã Bình Minh' },
  ],
  communes: [
    { id: 'c1', name: 'Xã An Hòa' },
    { id: 'c2', name: 'Xã Bình Minh' },
  ],
  agencies,
  agencyUnits: new Map([['ag-old-phong', 'od1']]),
};
const provinceArea: FanOutArea = { ...districtArea, seats: [{ id: 'p', name: 'Tỉnh' }] };
const emptyArea: FanOutArea = { seats: [], communes: [], agencies: [], agencyUnits: new Map() };

const holders = (text: string, area: FanOutArea, agencyId: string | null = null) =>
  fanOutMention({ role: 'lead', text, agencyId }, area).map((a) => [a.derivation, a.agencyId, a.adminUnitId]);

describe('fanOutMention', () => {
  const cases: [string, string, FanOutArea, unknown[]][] = [
    [
      'communes, each with its people committee (or none)',
      'UBND các xã, phường',
      districtArea,
      [
        ['communes', 'ag-c1-ubnd', 'c1'],
        ['communes', null, 'c2'],
      ],
    ],
    [
      'communes spelled out, with "thị trấn"',
      'Ủy ban nhân dân các xã, thị trấn',
      districtArea,
      [
        ['communes', 'ag-c1-ubnd', 'c1'],
        ['communes', null, 'c2'],
      ],
    ],
    ['departments of the seats today', 'Các phòng, ban, ngành', provinceArea, [['departments', 'ag-p-noi-vu', 'p']]],
    ['"các sở, ban, ngành"', 'các sở, ban, ngành tỉnh', provinceArea, [['departments', 'ag-p-noi-vu', 'p']]],
    ['schools narrowed to a level', 'Các trường THCS', districtArea, [['schools', 'ag-c1-thcs', 'c1']]],
    [
      'every school when no level is named',
      'các trường học trên địa bàn',
      districtArea,
      [
        ['schools', 'ag-c1-thcs', 'c1'],
        ['schools', 'ag-c2-th', 'c2'],
      ],
    ],
    [
      'two groups in one mention',
      'Các phòng, ban, ngành huyện và Ủy ban nhân dân các xã, thị trấn',
      districtArea,
      [
        ['communes', 'ag-c1-ubnd', 'c1'],
        ['communes', null, 'c2'],
        ['departments', 'ag-c1-vhxh', 'c1'],
      ],
    ],
    ['a group with no member in the catalogue', 'các hội, đoàn thể', districtArea, [['unassigned', null, null]]],
    ['an unresolved single body', 'Hội Nông dân', districtArea, [['unassigned', null, null]]],
    [
      'communes of an area with none (a unit that no longer maps)',
      'UBND các xã',
      emptyArea,
      [['unassigned', null, null]],
    ],
  ];
  it.each(cases)('%s', (_, text, area, expected) => {
    expect(holders(text, area)).toEqual(expected);
  });

  it('keeps a resolved agency as it is, with its unit, even one that no longer exists', () => {
    expect(holders('Phòng LĐ-TB&XH', districtArea, 'ag-old-phong')).toEqual([['agency', 'ag-old-phong', 'od1']]);
  });

  it('says why nobody was found, in Vietnamese', () => {
    const [row] = fanOutMention({ role: 'support', text: 'các hội, đoàn thể', agencyId: null }, districtArea);
    expect(row?.reason).toContain('các hội, đoàn thể');
    expect(row?.role).toBe('support');
  });
});

describe('fanOutTask', () => {
  it('lists leads first and each holder once, the lead winning over support', () => {
    const rows = fanOutTask(
      [
        { role: 'support', text: 'UBND các xã', agencyId: null },
        { role: 'lead', text: 'UBND xã An Hòa', agencyId: 'ag-c1-ubnd' },
        { role: 'support', text: 'Hội Nông dân', agencyId: null },
        { role: 'support', text: 'Hội Cựu chiến binh', agencyId: null },
      ],
      districtArea,
    );
    expect(rows.map((row) => [row.role, row.derivation, row.agencyId ?? row.adminUnitId])).toEqual([
      ['lead', 'agency', 'ag-c1-ubnd'],
      ['support', 'communes', 'c2'],
      ['support', 'unassigned', null],
      ['support', 'unassigned', null],
    ]);
  });
});

describe('foldName', () => {
  it.each([
    ['UBND các xã', 'uy ban nhan dan cac xa'],
    ['Các trường THCS', 'cac truong trung hoc co so'],
    ['Phòng LĐ-TB&XH', 'phong ld tb xh'],
  ])('%s → %s', (text, folded) => {
    expect(foldName(text)).toBe(folded);
  });
});
