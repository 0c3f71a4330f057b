// Employment: job referrals, new jobs, overseas contract work, unemployment.

import type { DataElement, Indicator } from '../types.ts';
import { defineCount, defineElement, definePercent, FLOW, PEOPLE, STOCK, WORKERS } from './define.ts';

export const employmentElements: DataElement[] = [
  defineElement(
    'employment-job-referrals',
    'Số lao động được giới thiệu việc làm',
    'Workers referred to jobs',
    'người',
    FLOW,
    WORKERS,
  ),
  defineElement(
    'employment-new-jobs',
    'Số lao động được giải quyết việc làm',
    'Workers placed in jobs',
    'người',
    FLOW,
    WORKERS,
  ),
  defineElement(
    'employment-overseas-contract-workers',
    'Số lao động đi làm việc có thời hạn ở nước ngoài theo hợp đồng',
    'Workers leaving for fixed-term contract work abroad',
    'người',
    FLOW,
    PEOPLE,
  ),
  defineElement('labour-force', 'Lực lượng lao động', 'Labour force', 'người', STOCK, WORKERS),
  defineElement('labour-unemployed', 'Số người thất nghiệp', 'Unemployed people', 'người', STOCK, WORKERS),
];

export const employmentIndicators: Indicator[] = [
  defineCount({
    id: 'employment-job-referrals',
    theme: 'employment',
    vi: 'Số lao động được giới thiệu việc làm',
    en: 'Workers referred to jobs',
    definition:
      'Số lượt người lao động được tư vấn, giới thiệu việc làm trong kỳ (trung tâm dịch vụ việc làm, phiên giao dịch).',
    dataElement: 'employment-job-referrals',
    unit: 'người',
    aggregation: FLOW,
  }),
  defineCount({
    id: 'employment-new-jobs',
    theme: 'employment',
    vi: 'Số lao động được giải quyết việc làm',
    en: 'Workers placed in jobs',
    definition: 'Số người lao động được tạo việc làm mới hoặc giải quyết việc làm trong kỳ.',
    aliases: ['tạo việc làm mới'],
    dataElement: 'employment-new-jobs',
    unit: 'người',
    aggregation: FLOW,
  }),
  defineCount({
    id: 'employment-overseas-contract-workers',
    theme: 'employment',
    vi: 'Số lao động đi làm việc có thời hạn ở nước ngoài theo hợp đồng',
    en: 'Workers leaving for fixed-term contract work abroad',
    definition: 'Số người lao động xuất cảnh đi làm việc có thời hạn ở nước ngoài theo hợp đồng trong kỳ.',
    aliases: ['xuất khẩu lao động'],
    dataElement: 'employment-overseas-contract-workers',
    unit: 'người',
    aggregation: FLOW,
  }),
  definePercent({
    id: 'employment-unemployment-rate',
    theme: 'employment',
    vi: 'Tỷ lệ thất nghiệp',
    en: 'Unemployment rate',
    definition: 'Số người thất nghiệp chia cho lực lượng lao động, nhân 100.',
    polarity: 'lower',
    numerator: 'labour-unemployed',
    denominator: 'labour-force',
  }),
];
