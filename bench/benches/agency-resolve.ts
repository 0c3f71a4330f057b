// Resolves every agency name as the five seed plans write it against the seed agencies,
// pure (no database): the cost the plan importer pays per document.
import type { Bench } from '../run.ts';
import { measure } from '../measure.ts';
import { resolveAgency } from '../../src/domain/agencies/resolve-agency.ts';
import { buildSeedCandidates, seedResolveContext } from '../../src/server/agencies/seed-candidates.ts';

interface Plan {
  unitId: string;
  date: string;
  names: string[];
}

// Phrases copied from /work/shared/seeds/*.txt where a plan names an agency (lead,
// support, recipient, issuer), including truncated and plural forms.
const plans: Plan[] = [
  {
    unitId: 'od-tinh-dong-thap.huyen-thap-muoi',
    date: '2024-01-31',
    names: [
      'Ủy ban nhân dân huyện',
      'Ủy ban nhân dân huyện Tháp Mười',
      'Huyện uỷ',
      'Hội đồng nhân dân huyện',
      'UBND tỉnh',
      'TT HU, TT HĐND huyện',
      'CT, PCT UBND huyện',
      'BCĐ Khối VH-XH huyện',
      'UBND các xã, thị trấn',
      'Ủy ban nhân dân các xã, thị trấn',
      'Ban Chỉ đạo Khối Văn hóa - Xã hội huyện',
      'Trường Trung cấp Tháp Mười',
      'Trường Cao đẳng Cộng đồng Đồng Tháp',
      'Trung tâm dịch vụ việc làm Đồng Tháp',
      'Trung tâm Văn hóa - Học tập cộng đồng các xã, thị trấn',
      'Sở Giáo dục và Đào tạo',
      'Các ban, ngành huyện',
      'UBND Tháp Mười',
      'Phòng LĐ-TB&XH',
      'Ban Chấp hành Đảng bộ huyện',
    ],
  },
  {
    unitId: 'od-tinh-tra-vinh.huyen-cang-long',
    date: '2021-08-04',
    names: [
      'Ủy ban nhân dân huyện',
      'Ủy ban nhân dân huyện Càng Long',
      'Ban Thường vụ Tỉnh ủy',
      'Ban Thường vụ Huyện ủy',
      'Phòng Kinh tế và Hạ tầng',
      'Phòng Tài chính - Kế hoạch',
      'phòng Tài chính - Kế hoạch',
      'Cơ quan Tổ chức - Nội vụ',
      'Trung tâm Bồi dưỡng Chính trị',
      'Phòng Lao động - Thương binh và Xã hội',
      'Phòng Y tế',
      'Phòng Giáo dục và Đào tạo',
      'Phòng Văn hóa - Thông tin và Thể thao',
      'Phòng Văn hóa',
      'Các phòng, ban, ngành huyện và Ủy ban nhân dân các xã, thị trấn',
      'TT HU, TT HĐND huyện (b/c)',
      'CT, các PCT UBND huyện',
      'Các phòng, ban, ngành thuộc UBND huyện',
      'Các DNNN thuộc huyện',
      'UBND các xã, thị trấn',
      'BLĐ VPUBND huyện',
      'UBND Càng Long',
      'Trạm Y tế',
      'Hội đồng nhân dân cấp xã',
    ],
  },
  {
    unitId: 'od-thanh-pho-can-tho.huyen-phong-dien',
    date: '2024-03-26',
    names: [
      'Ủy ban nhân dân huyện',
      'Sở Giáo dục và Đào tạo',
      'Ủy ban nhân dân tỉnh',
      'Phòng Giáo dục và Đào tạo huyện',
      'Phòng Lao động - Thương binh và Xã hội',
      'Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên huyện',
      'Phòng Nội vụ',
      'Phòng Kinh tế - Hạ tầng',
      'Phòng Tài chính - Kế hoạch',
      'Phòng Văn hóa và Thông tin',
      'Trung tâm Văn hóa - Thông tin và Thể thao huyện',
      'UBND các xã, thị trấn',
      'Trung tâm Giáo dục nghề nghiệp-Giáo dục thường xuyên',
      'phòng Lao động-Thương binh và Xã hội',
      'Phòng GD&ĐT',
      'phòng Giáo dục và Đào tạo',
      'Sở Tài chính',
      'UBND huyện',
      'Chủ tịch, các PCT UBND huyện',
      'UBND Phong Điền',
      'Ban chấp hành Trung ương Đảng',
    ],
  },
  {
    unitId: 'od-thanh-pho-hue.thi-xa-phong-dien',
    date: '2024-03-26',
    names: [
      'Phòng Giáo dục và Đào tạo huyện',
      'phòng Lao động-Thương binh và Xã hội',
      'Phòng Kinh tế - Hạ tầng',
      'UBND huyện',
    ],
  },
  {
    unitId: 'c-00928',
    date: '2026-05-01',
    names: [
      'UBND xã Thanh Thủy',
      'Ban Thường vụ Đảng ủy xã Thanh Thủy',
      'Đảng ủy xã',
      'Mặt trận Tổ quốc',
      'Phòng Văn hóa – Xã hội',
      'Trường PTDTBT Thanh Thủy',
      'THCS - THPT Phương Tiến',
      'Trung tâm học tập cộng đồng xã',
      'Phòng Kinh tế',
      'Trung tâm Dịch vụ công',
      'Đề nghị UBMTTQ Việt Nam xã',
      'Ủy ban Mặt trận Tổ quốc xã',
      'TTr Đảng ủy xã',
      'TTr HĐND xã',
      'Chủ tịch, các PCT UBND xã',
      'Các đơn vị có liên quan',
      'UBND xã',
      'UBND Thanh Thủy',
      'Ban Bí thư',
    ],
  },
  {
    unitId: 'od-tinh-kon-tum.huyen-ngoc-hoi',
    date: '2023-11-20',
    names: [
      'Ban Thường vụ Huyện ủy',
      'Ủy ban nhân dân tỉnh Kon Tum',
      'Ủy ban nhân dân huyện',
      'Phòng Lao động - Thương binh và Xã hội',
      'Ủy ban nhân dân các xã, thị trấn',
      'Trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên huyện',
      'Phòng Tư pháp',
      'Phòng Giáo dục và Đào tạo',
      'Phòng Tài chính - Kế hoạch',
      'Trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên',
      'Phòng Nông nghiệp và Phát triển nông thôn',
      'Phòng Dân tộc',
      'Ban Tuyên giáo Huyện ủy',
      'Sở Lao động - Thương binh và Xã hội',
      'Thường trực Huyện ủy (b/c)',
      'Thường trực HĐND huyện (b/c)',
      'Chủ tịch, các PCT UBND huyện',
      'Các tổ chức chính trị - xã hội huyện',
      'Các Phòng, ban ngành thuộc UBND huyện',
      'Văn phòng HĐND&UBND huyện',
      'UBND huyện',
      'UBND Ngọc Hôi',
      'Giao Phòng Lao động - Thương binh và Xã hội',
    ],
  },
];

const candidates = buildSeedCandidates();
const contexts = plans.map((plan) => ({ plan, options: seedResolveContext(plan.unitId) }));

function resolveAll(): number {
  let resolved = 0;
  for (const { plan, options } of contexts) {
    for (const name of plan.names) {
      if (resolveAgency(name, plan.unitId, plan.date, candidates, options).best) resolved++;
    }
  }
  return resolved;
}

export default {
  name: 'agency.resolve',
  async run() {
    const names = plans.reduce((sum, plan) => sum + plan.names.length, 0);
    const resolved = resolveAll();
    const timing = await measure(resolveAll, 50, 5);
    return { ms: timing.ms, p95_ms: timing.p95_ms, names, resolved, candidates: candidates.length };
  },
} satisfies Bench;
