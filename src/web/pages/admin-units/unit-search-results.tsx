import { Empty, List, Tag, Typography } from 'antd';
import type { AdminUnitSummary } from '../../api/types.ts';
import { describeValidity, labelUnitKind } from '../../format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

export function UnitSearchResults({
  units,
  loading,
  selectedId,
  onSelect,
}: {
  units: AdminUnitSummary[];
  loading: boolean;
  selectedId: string | undefined;
  onSelect(id: string): void;
}) {
  const { t } = useI18n();
  return (
    <List<AdminUnitSummary>
      data-testid="unit-search-results"
      loading={loading}
      dataSource={units}
      locale={{ emptyText: <Empty description={t('unitsNoResults')} /> }}
      renderItem={(unit) => (
        <List.Item
          key={unit.id}
          data-testid={`unit-result-${unit.id}`}
          onClick={() => onSelect(unit.id)}
          style={{
            cursor: 'pointer',
            paddingInline: 8,
            background: unit.id === selectedId ? '#fff1f0' : undefined,
            borderRadius: 4,
          }}
        >
          <List.Item.Meta
            title={
              <span>
                {unit.name} <Tag style={{ marginLeft: 4 }}>{labelUnitKind(t, unit)}</Tag>
              </span>
            }
            description={
              <>
                <div>{unit.fullName}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {describeValidity(t, unit.validFrom, unit.validTo)}
                </Typography.Text>
              </>
            }
          />
        </List.Item>
      )}
    />
  );
}
