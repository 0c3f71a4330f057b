import { describe, expect, it } from 'vitest';
import { buildAdminUnits, provinceFullName, type RawAddressTables, type RawWardMapping } from './build-admin-units.ts';
import { slugify } from './unit-ids.ts';

const mapping = (
  old: [string | null, string | null, string | null, string | null],
  to: [string | null, string, string],
): RawWardMapping => ({
  old_ward_code: old[0],
  old_ward_name: old[1],
  old_district_name: old[2],
  old_province_name: old[3],
  new_ward_code: to[0],
  new_ward_name: to[1],
  new_province_name: to[2],
});

const raw: RawAddressTables = {
  provinces: [
    { province_code: '82', name: 'Đồng Tháp', place_type: 'Tỉnh' },
    { province_code: '92', name: 'Thành phố Cần Thơ', place_type: 'Thành phố Trung Ương' },
    { province_code: null, name: 'Không mã', place_type: 'Tỉnh' },
  ],
  wards: [
    { ward_code: '30037', name: 'Xã Tháp Mười', province_code: '82' },
    { ward_code: '30055', name: 'Xã Mỹ Quí', province_code: '82' },
    { ward_code: '08218', name: 'Xã Thanh Hà', province_code: '82' },
    { ward_code: '31299', name: 'Xã Phong Điền', province_code: '92' },
    { ward_code: '99999', name: 'Xã Lạc', province_code: '77' },
    { ward_code: '', name: 'Xã Trống', province_code: '82' },
  ],
  wardMappings: [
    mapping(['30037', 'Thị trấn Mỹ An', 'Huyện Tháp Mười', 'Tỉnh Đồng Tháp'], ['30037', 'Xã Tháp Mười', 'Đồng Tháp']),
    mapping(['30064', 'Xã Mỹ An', 'Huyện Tháp Mười', 'Tỉnh Đồng Tháp'], ['30037', 'Xã Tháp Mười', 'Đồng Tháp']),
    mapping(['30064', 'Xã Mỹ An', 'Huyện Tháp Mười', 'Tỉnh Đồng Tháp'], ['30037', 'Xã Tháp Mười', 'Đồng Tháp']), // duplicate
    mapping(['30070', 'Xã Láng Biển', 'Huyện Tháp Mười', 'Tỉnh Đồng Tháp'], ['30037', 'Xã Tháp Mười', 'Đồng Tháp']),
    mapping(['30070', 'Xã Láng Biển', 'Huyện Tháp Mười', 'Tỉnh Đồng Tháp'], ['30055', 'Xã Mỹ Quí', 'Đồng Tháp']), // split
    mapping(
      ['31299', 'Thị trấn Phong Điền', 'Huyện Phong Điền', 'Thành phố Cần Thơ'],
      ['31299', 'Xã Phong Điền', 'Thành phố Cần Thơ'],
    ),
    mapping(['31300', 'Xã Nhơn Ái', 'Huyện Phong Điền', 'Thành phố Cần Thơ'], ['8218', 'Xã Thanh Hà', 'Đồng Tháp']), // code lost its leading zero
    mapping(['31301', 'Xã Giai Xuân', 'Huyện Phong Điền', 'Thành phố Cần Thơ'], ['12345', 'Xã Mỹ Quí', 'Đồng Tháp']), // wrong code, name matches
    mapping(['31302', 'Xã Tân Thới', 'Huyện Phong Điền', 'Thành phố Cần Thơ'], ['12345', 'Xã Không Có', 'Đồng Tháp']), // unknown
    mapping(['31303', 'Xã Khác', 'Huyện Khác', 'Thành phố Cần Thơ'], ['', 'Xã Không Có', 'Đồng Tháp']), // empty new code
    mapping(
      [null, 'Xã Phong Hòa', 'Thị xã Phong Điền', 'Thành phố Huế'],
      ['31299', 'Xã Phong Điền', 'Thành phố Cần Thơ'],
    ),
    mapping(['', null, null, null], ['30037', 'Xã Tháp Mười', 'Đồng Tháp']),
    mapping(['30037', 'Xã Khác Tên', 'Huyện Tháp Mười', 'Tỉnh Đồng Tháp'], ['30055', 'Xã Mỹ Quí', 'Đồng Tháp']), // conflicting identity
  ],
};

const dataset = buildAdminUnits(raw);
const byId = new Map(dataset.units.map((unit) => [unit.id, unit]));
const linksOf = (id: string) => dataset.successions.filter((link) => link.predecessorId === id);

describe('buildAdminUnits', () => {
  it('builds current provinces with their place type and official code', () => {
    expect(byId.get('p-82')).toEqual({
      id: 'p-82',
      code: '82',
      name: 'Tỉnh Đồng Tháp',
      fullName: 'Tỉnh Đồng Tháp',
      level: 'province',
      parentId: null,
      validFrom: '2025-07-01',
      validTo: null,
    });
    expect(byId.get('p-92')?.name).toBe('Thành phố Cần Thơ');
    expect(provinceFullName('Huế', 'Thành phố Trung Ương')).toBe('Thành phố Huế');
  });

  it('builds current communes under their province', () => {
    expect(byId.get('c-30037')).toEqual({
      id: 'c-30037',
      code: '30037',
      name: 'Xã Tháp Mười',
      fullName: 'Xã Tháp Mười, Tỉnh Đồng Tháp',
      level: 'commune',
      parentId: 'p-82',
      validFrom: '2025-07-01',
      validTo: null,
    });
  });

  it('builds the old map: province → district → commune, all ending 2025-07-01', () => {
    expect(byId.get('op-tinh-dong-thap')).toMatchObject({
      code: null,
      name: 'Tỉnh Đồng Tháp',
      level: 'province',
      parentId: null,
      validFrom: null,
      validTo: '2025-07-01',
    });
    expect(byId.get('od-tinh-dong-thap.huyen-thap-muoi')).toMatchObject({
      code: null,
      name: 'Huyện Tháp Mười',
      level: 'district',
      parentId: 'op-tinh-dong-thap',
      validTo: '2025-07-01',
    });
    expect(byId.get('oc-30037')).toMatchObject({
      code: '30037',
      name: 'Thị trấn Mỹ An',
      fullName: 'Thị trấn Mỹ An, Huyện Tháp Mười, Tỉnh Đồng Tháp',
      level: 'commune',
      parentId: 'od-tinh-dong-thap.huyen-thap-muoi',
      validTo: '2025-07-01',
    });
    expect(byId.get('od-thanh-pho-can-tho.huyen-phong-dien')?.name).toBe('Huyện Phong Điền');
  });

  it('links merged and split communes with shares', () => {
    expect(linksOf('oc-30064')).toEqual([
      { predecessorId: 'oc-30064', successorId: 'c-30037', kind: 'merged', share: 1, apportioned: false },
    ]);
    expect(linksOf('oc-30070')).toEqual([
      { predecessorId: 'oc-30070', successorId: 'c-30037', kind: 'split', share: 0.5, apportioned: true },
      { predecessorId: 'oc-30070', successorId: 'c-30055', kind: 'split', share: 0.5, apportioned: true },
    ]);
  });

  it('repairs new codes without their leading zero and falls back to a unique name', () => {
    expect(linksOf('oc-31300').map((link) => link.successorId)).toEqual(['c-08218']);
    expect(linksOf('oc-31301').map((link) => link.successorId)).toEqual(['c-30055']);
  });

  it('links an old province to the new province most of its communes went to', () => {
    expect(linksOf('op-tinh-dong-thap')).toEqual([
      { predecessorId: 'op-tinh-dong-thap', successorId: 'p-82', kind: 'merged', share: 1, apportioned: false },
    ]);
    // Cần Thơ's old communes: one to Cần Thơ, two to Đồng Tháp in this made-up data.
    expect(linksOf('op-thanh-pho-can-tho').map((link) => link.successorId)).toEqual(['p-82']);
  });

  it('counts every row it leaves out, by reason', () => {
    expect(dataset.skipped).toEqual({
      province_without_code_or_name: 1,
      ward_in_unknown_province: 1,
      ward_without_code_or_name: 1,
      mapping_duplicate: 1,
      mapping_to_unknown_new_ward: 2,
      mapping_without_old_ward_code: 1,
      mapping_without_old_names: 1,
      mapping_conflicting_old_ward: 1,
    });
    expect(byId.has('oc-31302')).toBe(false);
  });

  it('never crashes on empty input', () => {
    expect(buildAdminUnits({ provinces: [], wards: [], wardMappings: [] })).toEqual({
      units: [],
      successions: [],
      skipped: {},
    });
  });
});

describe('slugify', () => {
  it('follows the shared id rule', () => {
    expect(slugify('Tỉnh Đồng Tháp')).toBe('tinh-dong-thap');
    expect(slugify('Thị xã Phong Điền')).toBe('thi-xa-phong-dien');
    expect(slugify('Tỉnh Bà Rịa - Vũng Tàu')).toBe('tinh-ba-ria-vung-tau');
    expect(slugify('Huyện Thanh Thuỷ')).toBe(slugify('Huyện Thanh Thủy'));
  });
});
