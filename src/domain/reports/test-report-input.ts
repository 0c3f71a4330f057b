// A report input of any size, built deterministically, for the rendering tests and the
// report.consolidate bench (50 targets, 100 tasks, 30 reporting units there).
import type { TargetStatus } from '../targets/types.ts';
import { defaultReportFields, type ReportInput, type ReportPlanInput } from './report-model.ts';

const statuses: TargetStatus[] = ['met', 'not_met', 'on_track', 'at_risk', 'off_track', 'no_data'];
const agencies = ['Phòng Nội vụ', 'Phòng Văn hóa - Xã hội', 'Trung tâm GDNN-GDTX', 'Phòng Y tế', 'Phòng Kinh tế'];

export const samplePlan: ReportPlanInput = {
  number: '60/KH-UBND',
  documentDate: '2021-08-04',
  issuer: 'Ủy ban nhân dân huyện Càng Long',
  place: 'Càng Long',
  title: 'Thực hiện Chương trình số 11-CTr/TU ngày 26/3/2021 của Ban Thường vụ Tỉnh ủy',
  signerName: 'Nguyễn Văn Triều',
  signerTitle: 'Phó Chủ tịch',
};

export function buildSampleReportInput(size: { targets: number; tasks: number; units: number }): ReportInput {
  return {
    plan: samplePlan,
    period: { id: '2024', label: 'Năm 2024', window: { from: '2024-01-01', until: '2025-01-01' } },
    fields: defaultReportFields(samplePlan, '2024-12-20', ['UBND tỉnh Trà Vinh', 'Sở Nội vụ', 'TT HU, TT HĐND huyện']),
    targetsAsOf: '2024-12-20',
    targets: Array.from({ length: size.targets }, (_, i) => {
      const status = statuses[i % statuses.length] ?? 'no_data';
      return {
        id: `t${i}`,
        text: `Tỷ lệ lao động qua đào tạo của nhóm ${i + 1} đạt trên ${60 + (i % 30)}%, trong đó có bằng cấp, chứng chỉ đạt ${20 + (i % 10)}%`,
        depth: i % 4 === 3 ? 1 : 0,
        status,
        explanation: `Năm 2024 đạt ${50 + (i % 40)},${i % 10}% — mục tiêu trên ${60 + (i % 30)}%`,
        latest: status === 'no_data' ? null : { year: 2024, value: 50 + (i % 40) + (i % 10) / 10 },
        unit: 'percent' as const,
        unitNoun: null,
      };
    }),
    tasks: Array.from({ length: size.tasks }, (_, i) => ({
      id: `k${i}`,
      text: `Xây dựng và triển khai kế hoạch đào tạo, bồi dưỡng nguồn nhân lực số ${i + 1} của huyện Càng Long`,
      lead: [agencies[i % agencies.length] ?? 'Phòng Nội vụ'],
      occurrences: [
        {
          dueDate: `2024-${String((i % 4) * 3 + 3).padStart(2, '0')}-30`,
          label: `Quý ${['I', 'II', 'III', 'IV'][i % 4]}/2024`,
        },
      ],
    })),
    completions: Array.from({ length: Math.floor(size.tasks / 2) }, (_, i) => ({
      taskId: `k${i * 2}`,
      dueDate: `2024-${String(((i * 2) % 4) * 3 + 3).padStart(2, '0')}-30`,
      completedOn: i % 3 === 0 ? '2024-12-10' : '2024-03-15',
    })),
    narratives: Array.from({ length: size.units }, (_, i) => ({
      unitName: `UBND xã ${['An Trường', 'Bình Phú', 'Đại Phúc', 'Huyền Hội', 'Nhị Long', 'Tân An'][i % 6]} ${i + 1}`,
      difficulties: i % 5 === 4 ? null : 'Kinh phí đào tạo nghề còn hạn chế; lao động lớn tuổi ít tham gia học nghề.',
      proposals: 'Đề nghị tỉnh bổ sung kinh phí và mở thêm lớp sơ cấp nghề tại xã.',
    })),
  };
}
