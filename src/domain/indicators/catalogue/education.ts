// Education: enrolment by level (huy động ra lớp đúng độ tuổi), streaming after THCS/THPT,
// admission to higher education, students per 10,000, national-standard schools, universal
// education (phổ cập, xóa mù chữ).

import type { DataElement, Indicator } from '../types.ts';
import { defineCount, defineElement, definePer10k, definePercent, FLOW, PEOPLE, STOCK } from './define.ts';

interface EnrolmentLevel {
  slug: string;
  vi: string;
  en: string;
  ages: string;
}

/** Levels with a right-age enrolment rate; "all" is the rate over every level. */
const ENROLMENT_LEVELS: EnrolmentLevel[] = [
  { slug: 'all', vi: 'trẻ em, học sinh các cấp', en: 'all levels', ages: 'trong độ tuổi đi học' },
  { slug: 'creche', vi: 'nhà trẻ', en: 'crèche', ages: 'từ 3 tháng đến dưới 3 tuổi' },
  { slug: 'kindergarten', vi: 'mẫu giáo', en: 'kindergarten', ages: 'từ 3 đến 5 tuổi' },
  { slug: 'kindergarten-age5', vi: 'mẫu giáo 5 tuổi', en: 'kindergarten, age 5', ages: '5 tuổi' },
  { slug: 'primary', vi: 'tiểu học', en: 'primary', ages: 'từ 6 đến 10 tuổi' },
  { slug: 'lower-secondary', vi: 'trung học cơ sở', en: 'lower secondary', ages: 'từ 11 đến 14 tuổi' },
  { slug: 'upper-secondary', vi: 'trung học phổ thông', en: 'upper secondary', ages: 'từ 15 đến 17 tuổi' },
];

const enrolmentElements: DataElement[] = ENROLMENT_LEVELS.flatMap((level) => [
  defineElement(
    `edu-age-population-${level.slug}`,
    `Số trẻ em ${level.ages} (${level.vi})`,
    `Children of ${level.en} age`,
    'người',
    STOCK,
    PEOPLE,
  ),
  defineElement(
    `edu-enrolled-${level.slug}`,
    `Số trẻ em ${level.ages} đang đi học (${level.vi})`,
    `Children of ${level.en} age enrolled`,
    'người',
    STOCK,
    PEOPLE,
  ),
]);

const enrolmentIndicators: Indicator[] = ENROLMENT_LEVELS.map((level) =>
  definePercent({
    id: `edu-enrolment-${level.slug}`,
    theme: 'education',
    vi: level.slug === 'all' ? 'Tỷ lệ huy động trẻ ra lớp' : `Tỷ lệ huy động ra lớp đúng độ tuổi: ${level.vi}`,
    en: `Right-age enrolment rate: ${level.en}`,
    definition: `Số trẻ em ${level.ages} đang đi học (${level.vi}) chia cho số trẻ em ${level.ages} trên địa bàn, nhân 100.`,
    aliases: [`học sinh trong độ tuổi đi học ${level.vi}`],
    numerator: `edu-enrolled-${level.slug}`,
    denominator: `edu-age-population-${level.slug}`,
  }),
);

const otherElements: DataElement[] = [
  defineElement(
    'edu-lower-secondary-graduates',
    'Số học sinh tốt nghiệp THCS',
    'Lower-secondary graduates',
    'người',
    FLOW,
    PEOPLE,
  ),
  defineElement(
    'edu-lower-secondary-graduates-to-vet',
    'Số học sinh tốt nghiệp THCS vào học giáo dục nghề nghiệp, giáo dục thường xuyên',
    'Lower-secondary graduates entering VET or continuing education',
    'người',
    FLOW,
    PEOPLE,
  ),
  defineElement(
    'edu-upper-secondary-graduates',
    'Số học sinh tốt nghiệp THPT',
    'Upper-secondary graduates',
    'người',
    FLOW,
    PEOPLE,
  ),
  defineElement(
    'edu-upper-secondary-graduates-to-vet',
    'Số học sinh tốt nghiệp THPT vào học giáo dục nghề nghiệp trình độ cao đẳng',
    'Upper-secondary graduates entering VET colleges',
    'người',
    FLOW,
    PEOPLE,
  ),
  defineElement(
    'edu-upper-secondary-graduates-to-higher-education',
    'Số học sinh tốt nghiệp THPT trúng tuyển cao đẳng, đại học',
    'Upper-secondary graduates admitted to college or university',
    'người',
    FLOW,
    PEOPLE,
  ),
  defineElement(
    'edu-secondary-graduates',
    'Số học sinh tốt nghiệp THCS, THPT',
    'Secondary graduates',
    'người',
    FLOW,
    PEOPLE,
  ),
  defineElement(
    'edu-secondary-graduates-to-vet',
    'Số học sinh tốt nghiệp THCS, THPT vào học giáo dục nghề nghiệp',
    'Secondary graduates entering VET',
    'người',
    FLOW,
    PEOPLE,
  ),
  defineElement(
    'edu-higher-education-students',
    'Số sinh viên cao đẳng, đại học',
    'College and university students',
    'người',
    STOCK,
    PEOPLE,
  ),
  defineElement('edu-upper-secondary-students', 'Số học sinh THPT', 'Upper-secondary students', 'người', STOCK, PEOPLE),
  defineElement(
    'edu-students-career-guided',
    'Số học sinh được tư vấn, định hướng nghề nghiệp',
    'Students given career guidance',
    'người',
    FLOW,
    PEOPLE,
  ),
  defineElement(
    'edu-national-standard-schools',
    'Số trường đạt chuẩn quốc gia',
    'Schools meeting the national standard',
    'trường',
    STOCK,
    ['educationLevel'],
  ),
  defineElement('edu-admin-units', 'Số đơn vị hành chính', 'Admin units', 'đơn vị', STOCK),
  defineElement(
    'edu-admin-units-universal-education',
    'Số đơn vị hành chính đạt chuẩn phổ cập giáo dục, xóa mù chữ',
    'Admin units meeting universal-education and literacy standards',
    'đơn vị',
    STOCK,
    ['educationLevel'],
  ),
];

const otherIndicators: Indicator[] = [
  definePercent({
    id: 'edu-lower-secondary-to-vet-rate',
    theme: 'education',
    vi: 'Tỷ lệ học sinh tốt nghiệp trung học cơ sở vào học giáo dục nghề nghiệp',
    en: 'Share of lower-secondary graduates entering VET',
    definition:
      'Số học sinh tốt nghiệp THCS vào học nghề (sơ cấp, trung cấp, học nghề kết hợp học văn hóa, giáo dục thường xuyên cấp THPT) chia cho tổng số học sinh tốt nghiệp THCS, nhân 100.',
    aliases: ['phân luồng học sinh sau trung học cơ sở', 'học nghề, giáo dục thường xuyên sau trung học cơ sở'],
    numerator: 'edu-lower-secondary-graduates-to-vet',
    denominator: 'edu-lower-secondary-graduates',
  }),
  definePercent({
    id: 'edu-upper-secondary-to-vet-rate',
    theme: 'education',
    vi: 'Tỷ lệ học sinh tốt nghiệp trung học phổ thông vào học giáo dục nghề nghiệp trình độ cao đẳng',
    en: 'Share of upper-secondary graduates entering VET colleges',
    definition:
      'Số học sinh tốt nghiệp THPT vào học tại các cơ sở giáo dục nghề nghiệp trình độ cao đẳng chia cho tổng số học sinh tốt nghiệp THPT, nhân 100.',
    aliases: ['phân luồng học sinh sau trung học phổ thông'],
    numerator: 'edu-upper-secondary-graduates-to-vet',
    denominator: 'edu-upper-secondary-graduates',
  }),
  definePercent({
    id: 'edu-secondary-to-vet-rate',
    theme: 'education',
    vi: 'Tỷ lệ học sinh trung học (THCS, THPT) tốt nghiệp vào học giáo dục nghề nghiệp',
    en: 'Share of secondary graduates entering VET',
    definition:
      'Số học sinh tốt nghiệp THCS và THPT vào học giáo dục nghề nghiệp chia cho tổng số học sinh tốt nghiệp THCS và THPT, nhân 100.',
    aliases: ['thu hút học sinh trung học vào hệ thống giáo dục nghề nghiệp'],
    numerator: 'edu-secondary-graduates-to-vet',
    denominator: 'edu-secondary-graduates',
  }),
  definePercent({
    id: 'edu-upper-secondary-to-higher-education-rate',
    theme: 'education',
    vi: 'Tỷ lệ học sinh tốt nghiệp trung học phổ thông trúng tuyển cao đẳng, đại học',
    en: 'Share of upper-secondary graduates admitted to college or university',
    definition:
      'Số học sinh tốt nghiệp THPT trúng tuyển (thi đỗ) cao đẳng, đại học chia cho tổng số học sinh tốt nghiệp THPT, nhân 100.',
    numerator: 'edu-upper-secondary-graduates-to-higher-education',
    denominator: 'edu-upper-secondary-graduates',
  }),
  definePer10k({
    id: 'edu-students-per10k',
    theme: 'education',
    vi: 'Số sinh viên cao đẳng, đại học trên vạn dân',
    en: 'College and university students per 10,000 population',
    definition: 'Số sinh viên cao đẳng, đại học chia cho dân số trung bình, nhân 10.000.',
    numerator: 'edu-higher-education-students',
    denominator: 'population',
  }),
  definePercent({
    id: 'edu-career-guidance-rate',
    theme: 'education',
    vi: 'Tỷ lệ học sinh được tư vấn, định hướng nghề nghiệp',
    en: 'Share of students given career guidance',
    definition: 'Số học sinh THPT được tư vấn, định hướng nghề nghiệp chia cho tổng số học sinh THPT, nhân 100.',
    aliases: ['hướng nghiệp'],
    numerator: 'edu-students-career-guided',
    denominator: 'edu-upper-secondary-students',
  }),
  defineCount({
    id: 'edu-national-standard-schools',
    theme: 'education',
    vi: 'Số trường đạt chuẩn quốc gia',
    en: 'Schools meeting the national standard',
    definition: 'Số trường mầm non, phổ thông được công nhận đạt chuẩn quốc gia.',
    aliases: ['trường chuẩn quốc gia'],
    dataElement: 'edu-national-standard-schools',
    unit: 'trường',
    aggregation: STOCK,
  }),
  definePercent({
    id: 'edu-universal-education-rate',
    theme: 'education',
    vi: 'Tỷ lệ đơn vị hành chính đạt chuẩn phổ cập giáo dục, xóa mù chữ',
    en: 'Share of admin units meeting universal-education and literacy standards',
    definition:
      'Số đơn vị hành chính đạt chuẩn phổ cập giáo dục mầm non trẻ em 5 tuổi, tiểu học, trung học cơ sở và chuẩn xóa mù chữ chia cho tổng số đơn vị hành chính, nhân 100.',
    aliases: ['chuẩn phổ cập giáo dục tiểu học, trung học cơ sở, mầm non', 'chuẩn xóa mù chữ'],
    numerator: 'edu-admin-units-universal-education',
    denominator: 'edu-admin-units',
  }),
];

export const educationElements: DataElement[] = [...enrolmentElements, ...otherElements];
export const educationIndicators: Indicator[] = [...enrolmentIndicators, ...otherIndicators];
