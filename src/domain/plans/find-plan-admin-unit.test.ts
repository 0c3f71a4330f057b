import { describe, expect, it } from 'vitest';
import { AdminUnitIndex } from '../admin-units/admin-unit-index.ts';
import type { AdminUnit } from '../admin-units/types.ts';
import { findPlanAdminUnit, placeOfIssuer } from './find-plan-admin-unit.ts';

const old = { validFrom: null, validTo: '2025-07-01' } as const;
const current = { validFrom: '2025-07-01', validTo: null } as const;
const units: AdminUnit[] = [
  {
    id: 'op-dt',
    code: null,
    name: 'Tỉnh Đồng Tháp',
    fullName: 'Tỉnh Đồng Tháp',
    level: 'province',
    parentId: null,
    ...old,
  },
  {
    id: 'od-dt.tm',
    code: null,
    name: 'Huyện Tháp Mười',
    fullName: 'Huyện Tháp Mười, Tỉnh Đồng Tháp',
    level: 'district',
    parentId: 'op-dt',
    ...old,
  },
  {
    id: 'p-82',
    code: '82',
    name: 'Tỉnh Đồng Tháp',
    fullName: 'Tỉnh Đồng Tháp',
    level: 'province',
    parentId: null,
    ...current,
  },
  {
    id: 'c-tm',
    code: '1',
    name: 'Xã Tháp Mười',
    fullName: 'Xã Tháp Mười, Tỉnh Đồng Tháp',
    level: 'commune',
    parentId: 'p-82',
    ...current,
  },
  {
    id: 'p-08',
    code: '08',
    name: 'Tỉnh Tuyên Quang',
    fullName: 'Tỉnh Tuyên Quang',
    level: 'province',
    parentId: null,
    ...current,
  },
  {
    id: 'p-25',
    code: '25',
    name: 'Tỉnh Phú Thọ',
    fullName: 'Tỉnh Phú Thọ',
    level: 'province',
    parentId: null,
    ...current,
  },
  {
    id: 'c-tt-tq',
    code: '2',
    name: 'Xã Thanh Thủy',
    fullName: 'Xã Thanh Thủy, Tỉnh Tuyên Quang',
    level: 'commune',
    parentId: 'p-08',
    ...current,
  },
  {
    id: 'c-tt-pt',
    code: '3',
    name: 'Xã Thanh Thủy',
    fullName: 'Xã Thanh Thủy, Tỉnh Phú Thọ',
    level: 'commune',
    parentId: 'p-25',
    ...current,
  },
];
const index = new AdminUnitIndex(units, []);
const header = { issuer: null, issuerLevel: null, place: null, date: null, year: null };

describe('placeOfIssuer', () => {
  it.each([
    ['Ủy ban nhân dân huyện Tháp Mười', 'huyen thap muoi', 'district'],
    ['UBND xã Thanh Thủy', 'xa thanh thuy', 'commune'],
    ['Ủy ban nhân dân tỉnh Trà Vinh', 'tinh tra vinh', 'province'],
    ['Ủy ban nhân dân thị xã Phong Điền', 'thi xa phong dien', 'district'],
    ['Ủy ban nhân dân thành phố Cần Thơ', 'thanh pho can tho', null],
  ])('%s → %s', (issuer, query, level) => {
    expect(placeOfIssuer(issuer)).toEqual({ query, level });
  });

  it('finds no place in an issuer without a level word', () => {
    expect(placeOfIssuer('Ban Thường vụ')).toBeNull();
  });
});

describe('findPlanAdminUnit', () => {
  it('takes the district as of the document date, not the commune of today', () => {
    const match = findPlanAdminUnit(
      { ...header, issuer: 'Ủy ban nhân dân huyện Tháp Mười', issuerLevel: 'district', date: '2024-01-31', year: 2024 },
      index,
    );
    expect(match?.unit.id).toBe('od-dt.tm');
    expect(match?.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('takes the commune of the new map for a document after the reform', () => {
    expect(
      findPlanAdminUnit(
        { ...header, issuer: 'UBND xã Tháp Mười', issuerLevel: 'commune', date: '2025-09-01', year: 2025 },
        index,
      )?.unit.id,
    ).toBe('c-tm');
  });

  it('tells same-named units apart by the province the text names', () => {
    const draft = { ...header, issuer: 'Ủy ban nhân dân xã Thanh Thủy', issuerLevel: 'commune' as const, year: 2026 };
    expect(findPlanAdminUnit(draft, index, 'Ủy ban nhân dân tỉnh Tuyên Quang giao ...')?.unit.id).toBe('c-tt-tq');
    expect(findPlanAdminUnit(draft, index, 'tỉnh Phú Thọ')?.unit.id).toBe('c-tt-pt');
    const unsure = findPlanAdminUnit(draft, index, '');
    expect(unsure?.confidence).toBeLessThan(0.8);
    expect(unsure?.tied.map((unit) => unit.id).sort()).toEqual(['c-tt-pt', 'c-tt-tq']);
  });

  it('falls back to the place line and to any date', () => {
    expect(
      findPlanAdminUnit({ ...header, place: 'Tháp Mười', issuerLevel: 'district', year: 2030 }, index)?.unit.id,
    ).toBe('od-dt.tm');
  });

  it('answers null when nothing names a known unit', () => {
    expect(findPlanAdminUnit(header, index)).toBeNull();
    expect(findPlanAdminUnit({ ...header, issuer: 'Ủy ban nhân dân huyện Không Có' }, index)).toBeNull();
  });
});
