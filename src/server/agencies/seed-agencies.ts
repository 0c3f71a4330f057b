// The agencies named by the five seed plans, the bodies of the provinces and communes
// that carry those localities on since the 2025 reform, and who took over what.
// Aliases are spelled as the plans write them so that the resolver meets them verbatim.
import type { AgencyType } from '../../domain/agencies/types.ts';
import type { AgencyWrite } from './repository.ts';

export type SeedAgency = AgencyWrite;

export interface SeedSuccession {
  predecessorId: string;
  successorId: string;
  note: string;
}

/** Districts and their provinces ended when the two-tier government started. */
const reformDate = '2025-07-01';

/** The units the seed agencies belong to, as the resolver and bench need them without a database. */
export interface SeedUnit {
  id: string;
  name: string;
  level: 'province' | 'district' | 'commune';
  parentId: string | null;
  /** Units that carry this one on after the reform. */
  successorIds: string[];
}

const agencies: SeedAgency[] = [];
const units: SeedUnit[] = [];

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
const successions: SeedSuccession[] = [];

interface Body {
  key: string;
  name: string;
  shortName?: string;
  type: AgencyType;
  aliases?: string[];
  /** The name already says where the body is ("Trường Trung cấp Tháp Mười"): do not append the locality. */
  ownName?: boolean;
}

function add(
  unitId: string,
  suffix: string,
  validity: { from: string | null; to: string | null },
  bodies: Body[],
): void {
  for (const body of bodies) {
    agencies.push({
      id: `ag-${unitId}-${body.key}`,
      adminUnitId: unitId,
      name: body.ownName ? body.name : `${body.name} ${suffix}`,
      shortName: body.shortName ?? null,
      type: body.type,
      validFrom: validity.from,
      validTo: validity.to,
      aliases: body.aliases ?? [],
    });
  }
}

function succeed(predecessorId: string, successorId: string, note: string): void {
  successions.push({ predecessorId, successorId, note });
}

const untilReform = { from: null, to: reformDate };
const sinceReform = { from: reformDate, to: null };

// ── Current provinces (two-tier map) ────────────────────────────────────────────
const currentProvinces: Array<{ id: string; suffix: string }> = [
  { id: 'p-82', suffix: 'tỉnh Đồng Tháp' },
  { id: 'p-86', suffix: 'tỉnh Vĩnh Long' },
  { id: 'p-92', suffix: 'thành phố Cần Thơ' },
  { id: 'p-46', suffix: 'thành phố Huế' },
  { id: 'p-51', suffix: 'tỉnh Quảng Ngãi' },
  { id: 'p-08', suffix: 'tỉnh Tuyên Quang' },
];
for (const province of currentProvinces) {
  units.push({
    id: province.id,
    name: capitalise(province.suffix),
    level: 'province',
    parentId: null,
    successorIds: [],
  });
  add(province.id, province.suffix, sinceReform, [
    { key: 'ubnd', name: 'Ủy ban nhân dân', shortName: 'UBND tỉnh', type: 'people_committee', aliases: ['UBND tỉnh'] },
    { key: 'so-noi-vu', name: 'Sở Nội vụ', type: 'specialised_office', aliases: ['SNV'] },
    {
      key: 'so-gddt',
      name: 'Sở Giáo dục và Đào tạo',
      shortName: 'Sở GD&ĐT',
      type: 'specialised_office',
      aliases: ['Sở GDĐT', 'SGDĐT'],
    },
    { key: 'so-tai-chinh', name: 'Sở Tài chính', type: 'specialised_office' },
  ]);
}

// ── Old provinces (until 2025-07-01) and the current province that carries each on ──
const oldProvinces: Array<{ id: string; suffix: string; current: string }> = [
  { id: 'op-tinh-dong-thap', suffix: 'tỉnh Đồng Tháp', current: 'p-82' },
  { id: 'op-tinh-tra-vinh', suffix: 'tỉnh Trà Vinh', current: 'p-86' },
  { id: 'op-thanh-pho-can-tho', suffix: 'thành phố Cần Thơ', current: 'p-92' },
  { id: 'op-thanh-pho-hue', suffix: 'thành phố Huế', current: 'p-46' },
  { id: 'op-tinh-kon-tum', suffix: 'tỉnh Kon Tum', current: 'p-51' },
];
for (const province of oldProvinces) {
  units.push({
    id: province.id,
    name: capitalise(province.suffix),
    level: 'province',
    parentId: null,
    successorIds: [province.current],
  });
  add(province.id, province.suffix, untilReform, [
    { key: 'ubnd', name: 'Ủy ban nhân dân', shortName: 'UBND tỉnh', type: 'people_committee', aliases: ['UBND tỉnh'] },
    {
      key: 'so-ldtbxh',
      name: 'Sở Lao động - Thương binh và Xã hội',
      shortName: 'Sở LĐ-TB&XH',
      type: 'specialised_office',
      aliases: ['Sở LĐTBXH', 'Sở Lao động-Thương binh và Xã hội'],
    },
    {
      key: 'so-gddt',
      name: 'Sở Giáo dục và Đào tạo',
      shortName: 'Sở GD&ĐT',
      type: 'specialised_office',
      aliases: ['Sở GDĐT', 'SGDĐT'],
    },
    { key: 'so-tai-chinh', name: 'Sở Tài chính', type: 'specialised_office' },
  ]);
  const old = (key: string) => `ag-${province.id}-${key}`;
  const now = (key: string) => `ag-${province.current}-${key}`;
  succeed(old('ubnd'), now('ubnd'), 'Tỉnh sắp xếp lại từ 01/7/2025; nhiệm vụ chuyển về Ủy ban nhân dân tỉnh mới.');
  succeed(
    old('so-ldtbxh'),
    now('so-noi-vu'),
    'Lao động, việc làm, tiền lương, bảo hiểm xã hội, người có công chuyển về Sở Nội vụ.',
  );
  succeed(old('so-ldtbxh'), now('so-gddt'), 'Giáo dục nghề nghiệp chuyển về Sở Giáo dục và Đào tạo.');
  succeed(old('so-gddt'), now('so-gddt'), 'Sở Giáo dục và Đào tạo của tỉnh mới tiếp nhận.');
  succeed(
    old('so-tai-chinh'),
    now('so-tai-chinh'),
    'Sở Tài chính của tỉnh mới tiếp nhận (đã hợp nhất với Sở Kế hoạch và Đầu tư).',
  );
}
add('op-tinh-dong-thap', 'tỉnh Đồng Tháp', untilReform, [
  {
    key: 'trung-tam-dvvl',
    name: 'Trung tâm Dịch vụ việc làm',
    type: 'centre',
    aliases: ['Trung tâm dịch vụ việc làm Đồng Tháp'],
  },
  { key: 'truong-cd-cong-dong', name: 'Trường Cao đẳng Cộng đồng Đồng Tháp', type: 'school', ownName: true },
]);

// ── Communes that carry the old districts on, and the seed commune Thanh Thủy ──
const currentCommunes: Array<{ id: string; suffix: string; province: string }> = [
  { id: 'c-30037', suffix: 'xã Tháp Mười', province: 'p-82' },
  { id: 'c-29266', suffix: 'xã Càng Long', province: 'p-86' },
  { id: 'c-31299', suffix: 'xã Phong Điền', province: 'p-92' },
  { id: 'c-19819', suffix: 'phường Phong Điền', province: 'p-46' },
  { id: 'c-23377', suffix: 'xã Bờ Y', province: 'p-51' },
  { id: 'c-00928', suffix: 'xã Thanh Thủy', province: 'p-08' },
];
for (const commune of currentCommunes) {
  units.push({
    id: commune.id,
    name: capitalise(commune.suffix),
    level: 'commune',
    parentId: commune.province,
    successorIds: [],
  });
  const ward = commune.suffix.startsWith('phường');
  add(commune.id, commune.suffix, sinceReform, [
    {
      key: 'ubnd',
      name: 'Ủy ban nhân dân',
      shortName: ward ? 'UBND phường' : 'UBND xã',
      type: 'people_committee',
      aliases: [ward ? 'UBND phường' : 'UBND xã'],
    },
    {
      key: 'phong-vhxh',
      name: 'Phòng Văn hóa - Xã hội',
      shortName: 'Phòng VH-XH',
      type: 'specialised_office',
      aliases: ['Phòng VHXH', 'Phòng Văn hóa – Xã hội'],
    },
    {
      key: 'phong-kinh-te',
      name: ward ? 'Phòng Kinh tế, Hạ tầng và Đô thị' : 'Phòng Kinh tế',
      type: 'specialised_office',
    },
  ]);
}
add('c-00928', 'xã Thanh Thủy', sinceReform, [
  { key: 'hdnd', name: 'Hội đồng nhân dân', shortName: 'HĐND xã', type: 'other', aliases: ['TTr HĐND xã'] },
  { key: 'dang-uy', name: 'Đảng ủy', type: 'party_body', aliases: ['Ban Thường vụ Đảng ủy xã', 'TTr Đảng ủy xã'] },
  {
    key: 'ubmttq',
    name: 'Ủy ban Mặt trận Tổ quốc Việt Nam',
    shortName: 'UBMTTQ Việt Nam xã',
    type: 'mass_organisation',
    aliases: ['Ủy ban Mặt trận Tổ quốc xã', 'MTTQ Việt Nam xã', 'Mặt trận Tổ quốc'],
  },
  {
    key: 'trung-tam-dich-vu-cong',
    name: 'Trung tâm Dịch vụ công',
    type: 'centre',
    aliases: ['Trung tâm Phục vụ hành chính công'],
  },
  {
    key: 'trung-tam-htcd',
    name: 'Trung tâm học tập cộng đồng',
    type: 'centre',
    aliases: ['Trung tâm học tập cộng đồng xã'],
  },
]);
agencies.push(
  {
    id: 'ag-c-00928-truong-ptdtbt-thanh-thuy',
    adminUnitId: 'c-00928',
    name: 'Trường Phổ thông Dân tộc bán trú Tiểu học và Trung học cơ sở Thanh Thủy',
    shortName: 'Trường PTDTBT Thanh Thủy',
    type: 'school',
    validFrom: null,
    validTo: null,
    aliases: ['Trường PTDTBT Thanh Thủy', 'Trường Phổ thông dân tộc bán trú Thanh Thủy'],
  },
  {
    id: 'ag-c-00928-truong-thcs-thpt-phuong-tien',
    adminUnitId: 'c-00928',
    name: 'Trường THCS và THPT Phương Tiến',
    shortName: 'THCS - THPT Phương Tiến',
    type: 'school',
    validFrom: null,
    validTo: null,
    aliases: ['Trường THCS - THPT Phương Tiến'],
  },
);

// ── Old districts (until 2025-07-01) ─────────────────────────────────────────────
const ubndDistrict = (aliases: string[]): Body => ({
  key: 'ubnd',
  name: 'Ủy ban nhân dân',
  shortName: 'UBND huyện',
  type: 'people_committee',
  aliases: ['UBND huyện', ...aliases],
});
const ldtbxh: Body = {
  key: 'phong-ldtbxh',
  name: 'Phòng Lao động - Thương binh và Xã hội',
  shortName: 'Phòng LĐ-TB&XH',
  type: 'specialised_office',
  aliases: ['Phòng LĐTBXH', 'phòng Lao động-Thương binh và Xã hội', 'Phòng LĐ-TBXH'],
};
const gddt: Body = {
  key: 'phong-gddt',
  name: 'Phòng Giáo dục và Đào tạo',
  shortName: 'Phòng GD&ĐT',
  type: 'specialised_office',
  aliases: ['Phòng GDĐT', 'Phòng Giáo dục'],
};
const noiVu: Body = { key: 'phong-noi-vu', name: 'Phòng Nội vụ', type: 'specialised_office' };
const tckh: Body = {
  key: 'phong-tckh',
  name: 'Phòng Tài chính - Kế hoạch',
  shortName: 'Phòng TC-KH',
  type: 'specialised_office',
  aliases: ['Phòng TCKH'],
};
const ktht: Body = {
  key: 'phong-kt-ht',
  name: 'Phòng Kinh tế và Hạ tầng',
  shortName: 'Phòng KT&HT',
  type: 'specialised_office',
  aliases: ['Phòng Kinh tế - Hạ tầng'],
};
const gdnnGdtx: Body = {
  key: 'trung-tam-gdnn-gdtx',
  name: 'Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên',
  shortName: 'Trung tâm GDNN-GDTX',
  type: 'centre',
  aliases: ['Trung tâm Giáo dục nghề nghiệp-Giáo dục thường xuyên', 'TT GDNN-GDTX'],
};

interface District {
  id: string;
  suffix: string;
  province: string;
  oldProvince: string;
  communes: string[];
  bodies: Body[];
}

const districts: District[] = [
  {
    id: 'od-tinh-dong-thap.huyen-thap-muoi',
    suffix: 'huyện Tháp Mười',
    province: 'p-82',
    oldProvince: 'op-tinh-dong-thap',
    communes: ['c-30037'],
    bodies: [
      ubndDistrict(['UBND Tháp Mười']),
      { key: 'hdnd', name: 'Hội đồng nhân dân', shortName: 'HĐND huyện', type: 'other', aliases: ['TT HĐND huyện'] },
      ldtbxh,
      gddt,
      noiVu,
      tckh,
      {
        key: 'bcd-khoi-vhxh',
        name: 'Ban Chỉ đạo Khối Văn hóa - Xã hội',
        shortName: 'BCĐ Khối VH-XH',
        type: 'other',
        aliases: ['BCĐ Khối VH-XH huyện'],
      },
      { key: 'truong-trung-cap', name: 'Trường Trung cấp Tháp Mười', type: 'school', ownName: true },
    ],
  },
  {
    id: 'od-tinh-tra-vinh.huyen-cang-long',
    suffix: 'huyện Càng Long',
    province: 'p-86',
    oldProvince: 'op-tinh-tra-vinh',
    communes: ['c-29266'],
    bodies: [
      ubndDistrict(['UBND Càng Long']),
      {
        key: 'co-quan-to-chuc-noi-vu',
        name: 'Cơ quan Tổ chức - Nội vụ',
        type: 'party_body',
        aliases: ['Cơ quan Tổ chức Nội vụ'],
      },
      ldtbxh,
      gddt,
      tckh,
      ktht,
      { key: 'phong-y-te', name: 'Phòng Y tế', type: 'specialised_office' },
      {
        key: 'phong-vhtt-tt',
        name: 'Phòng Văn hóa - Thông tin và Thể thao',
        shortName: 'Phòng VH-TT&TT',
        type: 'specialised_office',
        aliases: ['Phòng Văn hóa, Thông tin và Thể thao'],
      },
      { key: 'trung-tam-boi-duong-chinh-tri', name: 'Trung tâm Bồi dưỡng Chính trị', type: 'party_body' },
    ],
  },
  ...[
    {
      id: 'od-thanh-pho-can-tho.huyen-phong-dien',
      suffix: 'huyện Phong Điền',
      province: 'p-92',
      oldProvince: 'op-thanh-pho-can-tho',
      communes: ['c-31299'],
    },
    {
      id: 'od-thanh-pho-hue.thi-xa-phong-dien',
      suffix: 'thị xã Phong Điền',
      province: 'p-46',
      oldProvince: 'op-thanh-pho-hue',
      communes: ['c-19819'],
    },
  ].map((district) => ({
    ...district,
    bodies: [
      ubndDistrict(['UBND Phong Điền']),
      gddt,
      ldtbxh,
      noiVu,
      ktht,
      tckh,
      {
        key: 'phong-vhtt',
        name: 'Phòng Văn hóa và Thông tin',
        shortName: 'Phòng VH-TT',
        type: 'specialised_office' as const,
        aliases: ['Phòng Văn hóa - Thông tin'],
      },
      { key: 'trung-tam-vhtt-tt', name: 'Trung tâm Văn hóa - Thông tin và Thể thao', type: 'centre' as const },
      gdnnGdtx,
    ],
  })),
  {
    id: 'od-tinh-kon-tum.huyen-ngoc-hoi',
    suffix: 'huyện Ngọc Hồi',
    province: 'p-51',
    oldProvince: 'op-tinh-kon-tum',
    communes: ['c-23377'],
    bodies: [
      ubndDistrict(['UBND Ngọc Hồi', 'UBND Ngọc Hôi']),
      ldtbxh,
      gddt,
      tckh,
      { key: 'phong-tu-phap', name: 'Phòng Tư pháp', type: 'specialised_office' },
      {
        key: 'phong-nn-ptnt',
        name: 'Phòng Nông nghiệp và Phát triển nông thôn',
        shortName: 'Phòng NN&PTNT',
        type: 'specialised_office',
        aliases: ['Phòng NNPTNT'],
      },
      { key: 'phong-dan-toc', name: 'Phòng Dân tộc', type: 'specialised_office' },
      gdnnGdtx,
      {
        key: 'van-phong-hdnd-ubnd',
        name: 'Văn phòng HĐND và UBND',
        shortName: 'Văn phòng HĐND&UBND huyện',
        type: 'other',
        aliases: ['VP HĐND&UBND huyện'],
      },
      {
        key: 'ban-tuyen-giao',
        name: 'Ban Tuyên giáo Huyện ủy Ngọc Hồi',
        type: 'party_body',
        ownName: true,
        aliases: ['Ban Tuyên giáo Huyện ủy'],
      },
    ],
  },
];

for (const district of districts) {
  units.push({
    id: district.id,
    name: capitalise(district.suffix),
    level: 'district',
    parentId: district.oldProvince,
    successorIds: district.communes,
  });
  add(district.id, district.suffix, untilReform, district.bodies);
  const own = (key: string) => `ag-${district.id}-${key}`;
  const has = (key: string) => district.bodies.some((body) => body.key === key);
  const province = (key: string) => `ag-${district.province}-${key}`;
  for (const commune of district.communes) {
    succeed(
      own('ubnd'),
      `ag-${commune}-ubnd`,
      'Huyện chấm dứt hoạt động từ 01/7/2025; nhiệm vụ chuyển về Ủy ban nhân dân xã.',
    );
    succeed(
      own('phong-ldtbxh'),
      `ag-${commune}-phong-vhxh`,
      'Lao động, việc làm, giảm nghèo, bảo trợ xã hội ở cơ sở chuyển về Phòng Văn hóa - Xã hội cấp xã.',
    );
    succeed(
      own('phong-gddt'),
      `ag-${commune}-phong-vhxh`,
      'Quản lý giáo dục mầm non, tiểu học, trung học cơ sở chuyển về Phòng Văn hóa - Xã hội cấp xã.',
    );
  }
  succeed(
    own('phong-ldtbxh'),
    province('so-noi-vu'),
    'Quản lý nhà nước về lao động, việc làm chuyển về Sở Nội vụ (từ 01/3/2025).',
  );
  succeed(
    own('phong-ldtbxh'),
    province('so-gddt'),
    'Giáo dục nghề nghiệp chuyển về Sở Giáo dục và Đào tạo (từ 01/3/2025).',
  );
  if (has('phong-noi-vu'))
    succeed(
      own('phong-noi-vu'),
      province('so-noi-vu'),
      'Nhiệm vụ của Phòng Nội vụ huyện chuyển về Sở Nội vụ và Ủy ban nhân dân xã.',
    );
  if (has('trung-tam-gdnn-gdtx'))
    succeed(own('trung-tam-gdnn-gdtx'), province('so-gddt'), 'Trung tâm chuyển về trực thuộc Sở Giáo dục và Đào tạo.');
  if (has('phong-tckh'))
    succeed(
      own('phong-tckh'),
      province('so-tai-chinh'),
      'Nhiệm vụ tài chính - kế hoạch chuyển về Sở Tài chính và Phòng Kinh tế cấp xã.',
    );
}

export const seedAgencies: readonly SeedAgency[] = agencies;
export const seedUnits: readonly SeedUnit[] = units;
export const seedSuccessions: readonly SeedSuccession[] = successions;
