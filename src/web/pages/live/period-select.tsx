// The reporting period pickers of the live-plan screens, and the period kept in the URL
// (?period=2026Q1) so that a reload or a shared link opens on the same period. The kind of
// period is read from the id itself: the URL holds one parameter whatever the kind.
import { Select, Space } from 'antd';
import { useSearchParams } from 'react-router-dom';
import type { PartitionKind } from '../../../domain/periods/period-kinds.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import {
  defaultYear,
  findPeriodKind,
  labelPeriodId,
  labelPeriodKind,
  listPeriodsOfKind,
  pickPeriodOfKind,
} from './live-format.ts';

/**
 * Periods as options, newest first, labelled like the documents write them ("Năm 2025", "Quý
 * I/2026"). With more than one kind, a kind picker comes first (testId + '-kind'); choosing a
 * kind moves to a period of that kind in the same year.
 */
export function PeriodSelect({
  value,
  onChange,
  testId,
  kinds = ['year'],
}: {
  value: string;
  onChange(period: string): void;
  testId: string;
  kinds?: readonly PartitionKind[];
}) {
  const { t, language } = useI18n();
  const kind = findPeriodKind(value);
  const periods = (
    <Select
      value={value}
      onChange={onChange}
      style={{ minWidth: 170 }}
      aria-label={t('entryPeriod')}
      data-testid={testId}
      options={listPeriodsOfKind(kinds.includes(kind) ? kind : 'year')
        .reverse()
        .map((period) => ({ value: period, label: labelPeriodId(period, language) }))}
    />
  );
  if (kinds.length < 2) return periods;
  return (
    <Space wrap>
      <Select
        value={kind}
        onChange={(next: PartitionKind) => onChange(pickPeriodOfKind(next, value))}
        style={{ minWidth: 110 }}
        aria-label={t('entryPeriodKind')}
        data-testid={`${testId}-kind`}
        options={kinds.map((option) => ({ value: option, label: labelPeriodKind(option, language) }))}
      />
      {periods}
    </Space>
  );
}

/** The period in the URL (?period=), the default year when there is none. */
export function usePeriodParam(): [string, (period: string) => void] {
  const [params, setParams] = useSearchParams();
  const period = params.get('period') ?? defaultYear();
  const setPeriod = (next: string) =>
    setParams(
      (previous) => {
        const copy = new URLSearchParams(previous);
        copy.set('period', next);
        return copy;
      },
      { replace: true },
    );
  return [period, setPeriod];
}
