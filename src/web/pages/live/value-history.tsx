// One stored value's history under its row on the indicator page: each save, import and
// deletion (GET /api/values/history, read from the audit log), newest first, with who and the
// value before and after.
import { Empty, Timeline, Typography } from 'antd';
import { valuesApi } from '../../api/endpoints.ts';
import type { StoredValue, ValueChange } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorView, LoadingView } from '../../components/status-views.tsx';
import { formatDateTime } from '../../format.ts';
import { type Language, type Translate, useI18n } from '../../i18n/i18n-context.tsx';
import { formatAmount } from './live-format.ts';

function describeChange(change: ValueChange, t: Translate, language: Language): string {
  const shown = (value: number | null) => (value === null ? '—' : formatAmount(value, language));
  const action = change.action === 'import' ? t('indicatorHistoryActionImport') : t('indicatorHistoryActionUpdate');
  const to = change.after === null ? t('indicatorHistoryDeleted') : shown(change.after);
  return `${action}: ${t('indicatorHistoryChange', { from: shown(change.before), to })}`;
}

export function ValueHistory({ value }: { value: StoredValue }) {
  const { t, language } = useI18n();
  const history = useApi(
    (signal) =>
      valuesApi.history(
        {
          dataElementId: value.dataElementId,
          unitId: value.unitId,
          period: value.period,
          disaggregation: value.disaggregation,
          calendarId: value.calendarId,
        },
        signal,
      ),
    [value.dataElementId, value.unitId, value.period, value.disaggregation, value.calendarId],
  );
  if (history.loading && !history.data) return <LoadingView />;
  if (history.error) return <ErrorView error={history.error} onRetry={history.reload} />;
  const items = history.data?.items ?? [];
  if (items.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('indicatorHistoryEmpty')} />;
  return (
    <div data-testid="value-history">
      <Typography.Text strong>{t('indicatorHistory')}</Typography.Text>
      <Timeline
        style={{ marginTop: 12 }}
        items={items.map((change) => ({
          key: `${change.at}|${change.after}`,
          children: (
            <>
              <Typography.Text type="secondary">{formatDateTime(change.at)}</Typography.Text> — {change.actorName} —{' '}
              {describeChange(change, t, language)}
            </>
          ),
        }))}
      />
    </div>
  );
}
