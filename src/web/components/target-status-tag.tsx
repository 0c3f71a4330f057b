import { Tag } from 'antd';
import { STATUS_LABELS } from '../../domain/targets/evaluation-rules.ts';
import type { TargetStatus } from '../../domain/targets/types.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

/** One colour per target status, worst red to best green; no data is grey. */
export const targetStatusColors: Record<TargetStatus, string> = {
  not_met: 'red',
  off_track: 'volcano',
  at_risk: 'gold',
  on_track: 'blue',
  met: 'green',
  no_data: 'default',
};

/** Statuses in the order people scan them: what needs action first. */
export const targetStatusOrder: readonly TargetStatus[] = [
  'not_met',
  'off_track',
  'at_risk',
  'on_track',
  'met',
  'no_data',
];

export function labelTargetStatus(status: TargetStatus, language: 'vi' | 'en'): string {
  const label = STATUS_LABELS[status][language];
  return label.charAt(0).toLocaleUpperCase(language) + label.slice(1);
}

export function TargetStatusTag({ status }: { status: TargetStatus }) {
  const { language } = useI18n();
  return (
    <Tag color={targetStatusColors[status]} data-testid={`status-${status}`}>
      {labelTargetStatus(status, language)}
    </Tag>
  );
}
