import { describe, expect, it } from 'vitest';
import { extractPlan } from './extract-plan.ts';

/** Targets of a minimal plan whose CHỈ TIÊU section holds the given lines. */
function targetsOf(...lines: string[]) {
  return extractPlan(
    ['KẾ HOẠCH', 'Phát triển nguồn nhân lực năm 2024', '', 'I. CHỈ TIÊU', ...lines, 'II. TỔ CHỨC THỰC HIỆN'].join('\n'),
  ).targets;
}

function summary(...lines: string[]) {
  return targetsOf(...lines).map((t) => [t.op, t.value, t.value2, t.unit, t.parent]);
}

describe('targets', () => {
  it('reads each operator cue', () => {
    expect(
      summary(
        '- Tỷ lệ lao động qua đào tạo đạt trên 72%.',
        '- Tỷ lệ hộ nghèo dưới 2%.',
        '- Tỷ lệ học sinh đi học đạt 99% trở lên.',
        '- Tỷ lệ thất nghiệp không quá 3%.',
        '- Giới thiệu việc làm ít nhất 5.500 lao động.',
        '- Đào tạo khoảng 90 cán bộ.',
        '- Tỷ lệ trường đạt chuẩn tối thiểu 40%.',
        '- 100% cán bộ đạt chuẩn.',
        '- Tỷ lệ lao động có việc làm đạt 70%.',
      ),
    ).toEqual([
      ['gt', 72, null, 'percent', null],
      ['lt', 2, null, 'percent', null],
      ['gte', 99, null, 'percent', null],
      ['lte', 3, null, 'percent', null],
      ['gte', 5500, null, 'count', null],
      ['approx', 90, null, 'count', null],
      ['gte', 40, null, 'percent', null],
      ['eq', 100, null, 'percent', null],
      ['gte', 70, null, 'percent', null],
    ]);
  });

  it('reads ranges written three ways', () => {
    expect(
      summary(
        '- Có từ 25% đến 35% cán bộ lãnh đạo có trình độ sau đại học.',
        '- Thu hút 45-50% học sinh trung học vào giáo dục nghề nghiệp.',
        '- Có từ 10 đến 12 bác sĩ/vạn dân.',
      ),
    ).toEqual([
      ['range', 25, 35, 'percent', null],
      ['range', 45, 50, 'percent', null],
      ['range', 10, 12, 'per10k', null],
    ]);
  });

  it('decodes Vietnamese number notation', () => {
    expect(
      summary('- Nhà trẻ 31,23%, mẫu giáo 93,54%; giải quyết việc làm cho 12.000 người.').map((t) => t[1]),
    ).toEqual([31.23, 93.54, 12000]);
  });

  it('skips ages, age bands, grades, years and counts that describe a percentage', () => {
    expect(
      summary(
        '- Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng dưới 11,2%.',
        '- Huy động trẻ mẫu giáo từ 3 đến 5 tuổi 93,54%.',
        '- Đổi mới sách giáo khoa lớp 4, lớp 8 trong năm học 2023-2024 đạt 100%.',
        '- 100% Trạm Y tế có 02 bác sĩ, có 01 hộ sinh.',
        '- Đào tạo dưới 3 tháng cho lao động nông thôn.',
      ),
    ).toEqual([
      ['lt', 11.2, null, 'percent', null],
      ['eq', 93.54, null, 'percent', null],
      ['gte', 100, null, 'percent', null],
      ['eq', 100, null, 'percent', null],
    ]);
  });

  it('reads per-10,000 rates with the noun before or after the slash', () => {
    const targets = targetsOf(
      '- Duy trì số sinh viên Cao đẳng, Đại học/vạn dân trên 200 sinh viên. Có 35 điều dưỡng/vận dân.',
    );
    expect(targets.map((t) => [t.op, t.value, t.unit, t.unitNoun])).toEqual([
      ['gt', 200, 'per10k', 'sinh viên'],
      ['eq', 35, 'per10k', 'điều dưỡng'],
    ]);
  });

  it('makes "trong đó" figures children of the figure before them', () => {
    const targets = targetsOf(
      '- Tỷ lệ lao động qua đào tạo đạt trên 72%, trong đó đào tạo nghề 58%.',
      '- 99,53% công chức đạt chuẩn (trong đó 99,4% giáo viên mầm non, 99,7% giáo viên tiểu học).',
      '- Tỷ lệ học sinh trong độ tuổi đi học tiểu học đạt 100%, học trung học cơ sở đạt 99% trở lên.',
    );
    expect(targets.map((t) => [t.id, t.value, t.parent])).toEqual([
      ['t1', 72, null],
      ['t2', 58, 't1'],
      ['t3', 99.53, null],
      ['t4', 99.4, 't3'],
      ['t5', 99.7, 't3'],
      ['t6', 100, null],
      ['t7', 99, null],
    ]);
    expect(targets[1]!.subject).toBe('Tỷ lệ lao động qua đào tạo: đào tạo nghề');
  });

  it('takes the year from "Đến năm", a heading, a school year, or the plan', () => {
    const targets = extractPlan(
      [
        'KẾ HOẠCH',
        'Phát triển giáo dục giai đoạn 2021 - 2025',
        '',
        'II. MỤC TIÊU',
        '- Đến năm 2023, 100% trường có Internet.',
        '- 100% trường dùng học bạ số vào năm học 2024 - 2025.',
        '- Có ít nhất 95% giáo viên đạt chuẩn theo Luật Giáo dục năm 2019.',
        '2. Đến năm 2030: Thu hút 50% học sinh vào học nghề; khoảng 60% lao động có kỹ năng số.',
      ].join('\n'),
    ).targets;
    expect(targets.map((t) => t.year)).toEqual([2023, 2025, 2025, 2030, 2030]);
  });

  it('reads relative targets without a figure', () => {
    const targets = targetsOf(
      '- Nâng cao tỷ lệ học sinh giỏi quốc gia; duy trì và nâng cao tỷ lệ huy động trẻ ra lớp; tỷ lệ đạt chuẩn phổ cập giáo dục.',
      '- Giảm tỷ lệ hộ nghèo.',
    );
    expect(targets.map((t) => [t.op, t.value])).toEqual([
      ['increase', null],
      ['increase', null],
      ['increase', null],
      ['decrease', null],
    ]);
  });

  it('reads only the MỤC TIÊU / CHỈ TIÊU sections and keeps a figure once', () => {
    const targets = extractPlan(
      [
        'KẾ HOẠCH',
        'Phát triển giáo dục năm 2024',
        'I. MỤC ĐÍCH',
        '1. Mục đích: nâng 50% chất lượng.',
        '2. Chỉ tiêu:',
        'a) Phấn đấu trên 30% học sinh học nghề.',
        'II. NHIỆM VỤ',
        '1. Phấn đấu năm 2024 có trên 30% học sinh học nghề; 20% học sinh đi làm.',
      ].join('\n'),
    ).targets;
    expect(targets.map((t) => t.value)).toEqual([30]);
  });

  it('reads a target table with a value column per year', () => {
    const targets = extractPlan(
      [
        'KẾ HOẠCH',
        'Giảm nghèo giai đoạn 2025 - 2026',
        'II. CHỈ TIÊU',
        'STT\tChỉ tiêu\tĐơn vị tính\tNăm 2025\tNăm 2026',
        '1\tSố lao động được giải quyết việc làm\tNgười\t450\t500',
        '2\tTỷ lệ hộ nghèo\t%\t≤ 2\t1,5',
      ].join('\n'),
    ).targets;
    expect(targets.map((t) => [t.op, t.value, t.unit, t.unitNoun, t.year])).toEqual([
      ['eq', 450, 'count', 'người', 2025],
      ['eq', 500, 'count', 'người', 2026],
      ['lte', 2, 'percent', null, 2025],
      ['eq', 1.5, 'percent', null, 2026],
    ]);
  });
});

describe('targets without a MỤC TIÊU heading', () => {
  it('looks in the body for stated commitments only', () => {
    const targets = extractPlan(
      [
        'KẾ HOẠCH',
        'Đào tạo nghề năm 2025',
        'I. NỘI DUNG',
        '1. Phấn đấu tỷ lệ lao động qua đào tạo đạt 68%.',
        '2. Tổ chức 3 lớp tập huấn cho cán bộ.',
        'II. TỔ CHỨC THỰC HIỆN',
        '1. Phòng Nội vụ: theo dõi 100% hồ sơ.',
      ].join('\n'),
    ).targets;
    expect(targets.map((t) => [t.value, t.op])).toEqual([[68, 'gte']]);
  });
});
