import { Select, Typography } from 'antd';
import { indicatorsApi, planDraftsApi } from '../../../api/endpoints.ts';
import { useApi } from '../../../api/use-api.ts';
import { formatNumber } from '../../../format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';

const none = '';

export interface IndicatorPickerProps {
  draftId: string;
  targetId: string;
  value: string | null;
  onChange(indicatorId: string | null): void;
}

/**
 * The indicator a draft target measures: the server's ranked suggestions first (for the
 * target as last saved), then the whole catalogue; the reviewer's choice is saved with the
 * draft and linked at confirmation. A target added since the last save has no suggestions yet.
 */
export function IndicatorPicker({ draftId, targetId, value, onChange }: IndicatorPickerProps) {
  const { t } = useI18n();
  const catalogue = useApi((signal) => indicatorsApi.list(signal), []);
  const suggestions = useApi(
    (signal) => planDraftsApi.indicatorSuggestions(draftId, targetId, signal).catch(() => ({ items: [] })),
    [draftId, targetId],
  );
  const suggested = suggestions.data?.items ?? [];
  const suggestedIds = new Set(suggested.map((item) => item.indicatorId));
  const options = [
    { value: none, label: t('reviewIndicatorNone') },
    {
      label: t('reviewIndicatorSuggested'),
      options: suggested.map((item) => ({
        value: item.indicatorId,
        label: `${item.name} (${formatNumber(Math.round(item.score * 100))}%)`,
      })),
    },
    {
      label: t('reviewIndicatorAll'),
      options: (catalogue.data?.items ?? [])
        .filter((indicator) => !suggestedIds.has(indicator.id))
        .map((indicator) => ({ value: indicator.id, label: `${indicator.name} (${indicator.unit})` })),
    },
  ];
  return (
    <div data-testid="target-indicator">
      <Select<string>
        showSearch={{ optionFilterProp: 'label' }}
        value={value ?? none}
        loading={catalogue.loading || suggestions.loading}
        onChange={(next) => onChange(next === none ? null : next)}
        style={{ width: '100%' }}
        options={options}
        data-testid="target-indicator-select"
      />
      {value === null && suggested[0] ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('reviewIndicatorHint', { name: suggested[0].name })}
        </Typography.Text>
      ) : null}
    </div>
  );
}
