// Health: child malnutrition, doctors and nurses per 10,000, commune health stations, staff training.

import type { DataElement, Indicator } from '../types.ts';
import { defineElement, definePer10k, definePercent, FLOW, PEOPLE, STOCK } from './define.ts';

export const healthElements: DataElement[] = [
  defineElement('health-children-under5', 'Số trẻ em dưới 5 tuổi', 'Children under 5', 'người', STOCK, PEOPLE),
  defineElement(
    'health-children-under5-underweight',
    'Số trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân (cân nặng/tuổi)',
    'Underweight children under 5 (weight-for-age)',
    'người',
    STOCK,
    PEOPLE,
  ),
  defineElement(
    'health-children-under5-stunted',
    'Số trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi (chiều cao/tuổi)',
    'Stunted children under 5 (height-for-age)',
    'người',
    STOCK,
    PEOPLE,
  ),
  defineElement('health-doctors', 'Số bác sĩ', 'Doctors', 'người', STOCK, ['sex']),
  defineElement('health-nurses', 'Số điều dưỡng', 'Nurses', 'người', STOCK, ['sex']),
  defineElement('health-commune-stations', 'Số trạm y tế xã', 'Commune health stations', 'trạm', STOCK, ['urbanRural']),
  defineElement(
    'health-commune-stations-staffed',
    'Số trạm y tế xã có đủ bác sĩ và hộ sinh, điều dưỡng sản phụ khoa hoặc y sĩ sản nhi',
    'Commune health stations with the required doctors and midwives',
    'trạm',
    STOCK,
    ['urbanRural'],
  ),
  defineElement('health-staff', 'Số công chức, viên chức ngành y tế', 'Health-sector staff', 'người', STOCK, PEOPLE),
  defineElement(
    'health-staff-trained-update',
    'Số công chức, viên chức y tế được đào tạo cập nhật kiến thức, kỹ năng chuyên môn',
    'Health staff given refresher training',
    'người',
    FLOW,
    PEOPLE,
  ),
];

export const healthIndicators: Indicator[] = [
  definePercent({
    id: 'health-under5-underweight-rate',
    theme: 'health',
    vi: 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân (cân nặng/tuổi)',
    en: 'Underweight rate among children under 5 (weight-for-age)',
    definition:
      'Số trẻ em dưới 5 tuổi có cân nặng theo tuổi dưới chuẩn chia cho tổng số trẻ em dưới 5 tuổi được cân, nhân 100.',
    aliases: ['trẻ em dưới 5 tuổi bị suy dinh dưỡng cân nặng theo tuổi'],
    polarity: 'lower',
    numerator: 'health-children-under5-underweight',
    denominator: 'health-children-under5',
  }),
  definePercent({
    id: 'health-under5-stunting-rate',
    theme: 'health',
    vi: 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi (chiều cao/tuổi)',
    en: 'Stunting rate among children under 5 (height-for-age)',
    definition:
      'Số trẻ em dưới 5 tuổi có chiều cao theo tuổi dưới chuẩn chia cho tổng số trẻ em dưới 5 tuổi được đo, nhân 100.',
    aliases: ['trẻ em dưới 5 tuổi bị suy dinh dưỡng chiều cao theo tuổi'],
    polarity: 'lower',
    numerator: 'health-children-under5-stunted',
    denominator: 'health-children-under5',
  }),
  definePer10k({
    id: 'health-doctors-per10k',
    theme: 'health',
    vi: 'Số bác sĩ trên vạn dân',
    en: 'Doctors per 10,000 population',
    definition: 'Số bác sĩ đang làm việc chia cho dân số trung bình, nhân 10.000.',
    numerator: 'health-doctors',
    denominator: 'population',
  }),
  definePer10k({
    id: 'health-nurses-per10k',
    theme: 'health',
    vi: 'Số điều dưỡng trên vạn dân',
    en: 'Nurses per 10,000 population',
    definition: 'Số điều dưỡng đang làm việc chia cho dân số trung bình, nhân 10.000.',
    numerator: 'health-nurses',
    denominator: 'population',
  }),
  definePercent({
    id: 'health-stations-staffed-rate',
    theme: 'health',
    vi: 'Tỷ lệ trạm y tế xã có bác sĩ và hộ sinh, điều dưỡng sản phụ khoa hoặc y sĩ sản nhi',
    en: 'Share of commune health stations with the required doctors and midwives',
    definition:
      'Số trạm y tế xã có đủ bác sĩ và hộ sinh hoặc điều dưỡng sản phụ khoa hoặc y sĩ được bồi dưỡng về sản nhi chia cho tổng số trạm y tế xã, nhân 100.',
    numerator: 'health-commune-stations-staffed',
    denominator: 'health-commune-stations',
  }),
  definePercent({
    id: 'health-staff-trained-rate',
    theme: 'health',
    vi: 'Tỷ lệ công chức, viên chức y tế được đào tạo cập nhật kiến thức, kỹ năng chuyên môn',
    en: 'Share of health staff given refresher training',
    definition:
      'Số công chức, viên chức ngành y tế được đào tạo cập nhật kiến thức, kỹ năng chuyên môn, nghiệp vụ và thái độ phục vụ chia cho tổng số công chức, viên chức ngành y tế, nhân 100.',
    aliases: ['nhân viên y tế được đào tạo liên tục'],
    numerator: 'health-staff-trained-update',
    denominator: 'health-staff',
  }),
];
