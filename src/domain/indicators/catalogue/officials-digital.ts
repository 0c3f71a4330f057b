// Officials (cán bộ, công chức, viên chức): training, standards, qualifications; digital
// transformation in schools (học bạ điện tử, sổ liên lạc điện tử, teaching online).

import type { DataElement, Indicator } from '../types.ts';
import { defineCount, defineElement, definePercent, FLOW, PEOPLE, STOCK } from './define.ts';

export const officialsDigitalElements: DataElement[] = [
  defineElement(
    'officials-trained-political-theory',
    'Số cán bộ, công chức, viên chức được cử đi đào tạo, bồi dưỡng lý luận chính trị từ trung cấp trở lên',
    'Officials sent to political-theory training at intermediate level or above',
    'người',
    FLOW,
    PEOPLE,
  ),
  defineElement(
    'officials',
    'Số cán bộ, công chức, viên chức',
    'Officials and public employees',
    'người',
    STOCK,
    PEOPLE,
  ),
  defineElement(
    'officials-meeting-professional-standard',
    'Số công chức, viên chức đạt chuẩn chuyên môn, nghiệp vụ',
    'Officials meeting professional standards',
    'người',
    STOCK,
    PEOPLE,
  ),
  defineElement(
    'officials-meeting-grade-standard',
    'Số cán bộ, công chức, viên chức đáp ứng tiêu chuẩn ngạch, chức danh, vị trí việc làm',
    'Officials meeting the standards of their grade, title and post',
    'người',
    STOCK,
    PEOPLE,
  ),
  defineElement('officials-commune', 'Số cán bộ, công chức cấp xã', 'Commune officials', 'người', STOCK, PEOPLE),
  defineElement(
    'officials-commune-qualified',
    'Số cán bộ, công chức cấp xã có trình độ chuyên môn đại học, lý luận chính trị trung cấp trở lên',
    'Commune officials with a university degree and intermediate political theory',
    'người',
    STOCK,
    PEOPLE,
  ),
  defineElement(
    'officials-young-leaders',
    'Số cán bộ lãnh đạo, quản lý từ cấp phòng trở lên dưới 40 tuổi',
    'Leaders (division level and above) under 40',
    'người',
    STOCK,
    ['sex'],
  ),
  defineElement(
    'officials-young-leaders-postgraduate',
    'Số cán bộ lãnh đạo, quản lý từ cấp phòng trở lên dưới 40 tuổi có trình độ sau đại học',
    'Leaders under 40 with a postgraduate degree',
    'người',
    STOCK,
    ['sex'],
  ),
  defineElement(
    'edu-staff-teaching-online',
    'Số cán bộ, giáo viên quản lý, giảng dạy và học tập trên môi trường mạng',
    'Managers and teachers working online',
    'người',
    STOCK,
    ['educationLevel'],
  ),
  defineElement(
    'edu-schools-primary-lower-secondary',
    'Số trường tiểu học, trung học cơ sở',
    'Primary and lower-secondary schools',
    'trường',
    STOCK,
    ['educationLevel'],
  ),
  defineElement(
    'edu-schools-e-school-record',
    'Số trường sử dụng học bạ điện tử',
    'Schools using electronic school records',
    'trường',
    STOCK,
    ['educationLevel'],
  ),
  defineElement(
    'edu-schools-e-contact-book',
    'Số trường thực hiện sổ liên lạc điện tử',
    'Schools using electronic contact books',
    'trường',
    STOCK,
    ['educationLevel'],
  ),
];

export const officialsDigitalIndicators: Indicator[] = [
  defineCount({
    id: 'officials-trained-political-theory',
    theme: 'officials-digital',
    vi: 'Số cán bộ, công chức, viên chức được đào tạo, bồi dưỡng lý luận chính trị từ trung cấp trở lên',
    en: 'Officials sent to political-theory training at intermediate level or above',
    definition:
      'Số cán bộ, công chức, viên chức và người hoạt động không chuyên trách được cử đi đào tạo, bồi dưỡng từ trung cấp lý luận chính trị trở lên trong kỳ.',
    aliases: ['trung cấp chính trị'],
    dataElement: 'officials-trained-political-theory',
    unit: 'người',
    aggregation: FLOW,
  }),
  definePercent({
    id: 'officials-professional-standard-rate',
    theme: 'officials-digital',
    vi: 'Tỷ lệ công chức, viên chức đạt chuẩn chuyên môn, nghiệp vụ',
    en: 'Share of officials meeting professional standards',
    definition:
      'Số công chức, viên chức đạt chuẩn chuyên môn, nghiệp vụ chia cho tổng số công chức, viên chức, nhân 100.',
    numerator: 'officials-meeting-professional-standard',
    denominator: 'officials',
  }),
  definePercent({
    id: 'officials-grade-standard-rate',
    theme: 'officials-digital',
    vi: 'Tỷ lệ cán bộ, công chức, viên chức đáp ứng tiêu chuẩn ngạch, chức danh, vị trí việc làm',
    en: 'Share of officials meeting the standards of their grade, title and post',
    definition:
      'Số cán bộ, công chức, viên chức đáp ứng tiêu chuẩn ngạch, chức danh nghề nghiệp, chức vụ lãnh đạo, quản lý, vị trí việc làm đang đảm nhiệm chia cho tổng số cán bộ, công chức, viên chức, nhân 100.',
    aliases: ['đạt tiêu chuẩn ngạch công chức'],
    numerator: 'officials-meeting-grade-standard',
    denominator: 'officials',
  }),
  definePercent({
    id: 'officials-commune-qualified-rate',
    theme: 'officials-digital',
    vi: 'Tỷ lệ cán bộ, công chức cấp xã có trình độ chuyên môn đại học, lý luận chính trị trung cấp trở lên',
    en: 'Share of commune officials with a university degree and intermediate political theory',
    definition:
      'Số cán bộ, công chức cấp xã có trình độ chuyên môn từ đại học trở lên và lý luận chính trị từ trung cấp trở lên chia cho tổng số cán bộ, công chức cấp xã, nhân 100.',
    numerator: 'officials-commune-qualified',
    denominator: 'officials-commune',
  }),
  definePercent({
    id: 'officials-young-leaders-postgraduate-rate',
    theme: 'officials-digital',
    vi: 'Tỷ lệ cán bộ lãnh đạo, quản lý dưới 40 tuổi có trình độ sau đại học',
    en: 'Share of leaders under 40 with a postgraduate degree',
    definition:
      'Số cán bộ, công chức, viên chức lãnh đạo, quản lý từ cấp phòng trở lên dưới 40 tuổi có trình độ sau đại học chia cho tổng số lãnh đạo, quản lý dưới 40 tuổi, nhân 100.',
    numerator: 'officials-young-leaders-postgraduate',
    denominator: 'officials-young-leaders',
  }),
  definePercent({
    id: 'edu-teaching-online-rate',
    theme: 'officials-digital',
    vi: 'Tỷ lệ cán bộ, giáo viên quản lý, giảng dạy và học tập trên môi trường mạng',
    en: 'Share of managers and teachers working online',
    definition:
      'Số cán bộ quản lý, giáo viên mầm non, phổ thông triển khai quản lý, giảng dạy và học tập trên môi trường mạng chia cho tổng số cán bộ quản lý, giáo viên, nhân 100.',
    aliases: ['dạy học trực tuyến'],
    numerator: 'edu-staff-teaching-online',
    denominator: 'edu-managers-teachers',
  }),
  definePercent({
    id: 'edu-e-school-record-rate',
    theme: 'officials-digital',
    vi: 'Tỷ lệ trường sử dụng học bạ điện tử',
    en: 'Share of schools using electronic school records',
    definition: 'Số trường tiểu học, trung học cơ sở sử dụng học bạ điện tử chia cho tổng số trường, nhân 100.',
    numerator: 'edu-schools-e-school-record',
    denominator: 'edu-schools-primary-lower-secondary',
  }),
  definePercent({
    id: 'edu-e-contact-book-rate',
    theme: 'officials-digital',
    vi: 'Tỷ lệ trường thực hiện sổ liên lạc điện tử',
    en: 'Share of schools using electronic contact books',
    definition: 'Số trường tiểu học, trung học cơ sở thực hiện sổ liên lạc điện tử chia cho tổng số trường, nhân 100.',
    numerator: 'edu-schools-e-contact-book',
    denominator: 'edu-schools-primary-lower-secondary',
  }),
];
