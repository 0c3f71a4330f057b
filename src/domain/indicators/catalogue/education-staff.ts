// Education staff: managers and teachers meeting professional standards, by level.

import type { DataElement, Indicator } from '../types.ts';
import { defineElement, definePercent, PEOPLE, STOCK } from './define.ts';

interface TeacherLevel {
  slug: string;
  vi: string;
  en: string;
}

const TEACHER_LEVELS: TeacherLevel[] = [
  { slug: 'preschool', vi: 'mầm non', en: 'preschool' },
  { slug: 'primary', vi: 'tiểu học', en: 'primary' },
  { slug: 'lower-secondary', vi: 'trung học cơ sở', en: 'lower-secondary' },
  { slug: 'upper-secondary', vi: 'trung học phổ thông', en: 'upper-secondary' },
];

const teacherElements: DataElement[] = TEACHER_LEVELS.flatMap((level) => [
  defineElement(
    `edu-teachers-${level.slug}`,
    `Số giáo viên ${level.vi}`,
    `${level.en} teachers`,
    'người',
    STOCK,
    PEOPLE,
  ),
  defineElement(
    `edu-teachers-${level.slug}-meeting-standard`,
    `Số giáo viên ${level.vi} đạt chuẩn chuyên môn, nghiệp vụ`,
    `${level.en} teachers meeting professional standards`,
    'người',
    STOCK,
    PEOPLE,
  ),
]);

const teacherIndicators: Indicator[] = TEACHER_LEVELS.map((level) =>
  definePercent({
    id: `edu-teachers-${level.slug}-standard-rate`,
    theme: 'education',
    vi: `Tỷ lệ giáo viên ${level.vi} đạt chuẩn chuyên môn, nghiệp vụ`,
    en: `Share of ${level.en} teachers meeting professional standards`,
    definition: `Số giáo viên ${level.vi} đạt chuẩn chuyên môn, nghiệp vụ chia cho tổng số giáo viên ${level.vi}, nhân 100.`,
    numerator: `edu-teachers-${level.slug}-meeting-standard`,
    denominator: `edu-teachers-${level.slug}`,
  }),
);

const staffElements: DataElement[] = [
  defineElement('edu-managers', 'Số cán bộ quản lý giáo dục', 'Education managers', 'người', STOCK, PEOPLE),
  defineElement(
    'edu-managers-meeting-standard',
    'Số cán bộ quản lý giáo dục đạt chuẩn chuyên môn, nghiệp vụ',
    'Education managers meeting professional standards',
    'người',
    STOCK,
    PEOPLE,
  ),
  defineElement(
    'edu-managers-teachers',
    'Số cán bộ quản lý, giáo viên mầm non và phổ thông',
    'Preschool and school managers and teachers',
    'người',
    STOCK,
    [...PEOPLE, 'educationLevel'],
  ),
  defineElement(
    'edu-managers-teachers-qualified',
    'Số cán bộ quản lý, giáo viên mầm non và phổ thông đạt chuẩn trình độ đào tạo trở lên',
    'Managers and teachers at or above the required training level',
    'người',
    STOCK,
    [...PEOPLE, 'educationLevel'],
  ),
];

const staffIndicators: Indicator[] = [
  definePercent({
    id: 'edu-managers-standard-rate',
    theme: 'education',
    vi: 'Tỷ lệ cán bộ quản lý giáo dục đạt chuẩn chuyên môn, nghiệp vụ',
    en: 'Share of education managers meeting professional standards',
    definition:
      'Số cán bộ quản lý ngành giáo dục đạt chuẩn chuyên môn, nghiệp vụ chia cho tổng số cán bộ quản lý giáo dục, nhân 100.',
    numerator: 'edu-managers-meeting-standard',
    denominator: 'edu-managers',
  }),
  definePercent({
    id: 'edu-staff-training-level-rate',
    theme: 'education',
    vi: 'Tỷ lệ cán bộ quản lý giáo dục, giáo viên mầm non và phổ thông đạt chuẩn trình độ đào tạo trở lên',
    en: 'Share of preschool and school managers and teachers at or above the required training level',
    definition:
      'Số cán bộ quản lý, giáo viên mầm non và phổ thông có trình độ đào tạo đạt chuẩn trở lên (Luật Giáo dục 2019) chia cho tổng số cán bộ quản lý, giáo viên, nhân 100.',
    aliases: ['giáo viên đạt chuẩn trình độ đào tạo'],
    numerator: 'edu-managers-teachers-qualified',
    denominator: 'edu-managers-teachers',
  }),
];

export const educationStaffElements: DataElement[] = [...teacherElements, ...staffElements];
export const educationStaffIndicators: Indicator[] = [...teacherIndicators, ...staffIndicators];
