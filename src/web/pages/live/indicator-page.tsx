// /chi-tieu-thong-ke/:indicatorId?unitId=&period=&asOf=: one indicator for one unit, live from
// the reported values: the series over the years (a line), the chosen period's figure with its
// coverage ("12/15 xã đã có số liệu"), the table by commune (a row opens that commune), and for
// a commune each stored value with its source, who entered it and when.
import { Breadcrumb, Card, Col, Descriptions, Empty, Input, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { foldDiacritics } from '../../../domain/text/fold-diacritics.ts';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { adminUnitsApi, indicatorsApi, targetsApi, valuesApi } from '../../api/endpoints.ts';
import type { IndicatorSummary, Rollup, RollupUnit, StoredValue } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { useAuth } from '../../auth/auth-context.tsx';
import { LineChart } from '../../charts/line-chart.tsx';
import { DateInput } from '../../components/date-input.tsx';
import { ErrorView, LoadingView, NotFoundView } from '../../components/status-views.tsx';
import { formatDate, formatDateTime, labelLevel, todayIso } from '../../format.ts';
import { type Translate, useI18n } from '../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../i18n/vi.ts';
import { indicatorPath } from './indicator-page-path.ts';
import {
  defaultYear,
  elementName,
  formatAmount,
  formatIndicatorValue,
  indicatorParts,
  labelPeriodId,
  yearPeriods,
} from './live-format.ts';
import { ValueHistory } from './value-history.tsx';
import { PeriodSelect } from './period-select.tsx';

const sourceKeys: Record<StoredValue['source'], MessageKey> = {
  entered: 'indicatorSourceEntered',
  imported: 'indicatorSourceImported',
  computed: 'indicatorSourceComputed',
};

export function describeCoverage(t: Translate, coverage: Rollup['coverage']): string {
  return t('indicatorCoverage', { reported: coverage.reported, expected: coverage.expected });
}

function SeriesCard({ indicator, unitId, asOf }: { indicator: IndicatorSummary; unitId: string; asOf: string }) {
  const { t, language } = useI18n();
  const years = useMemo(() => yearPeriods(), []);
  const series = useApi(
    (signal) =>
      targetsApi.series(
        { indicatorId: indicator.id, unitId, from: years[0] ?? '', to: years.at(-1) ?? '', asOf },
        signal,
      ),
    [indicator.id, unitId, asOf],
  );
  const format = useCallback(
    (value: number) => formatIndicatorValue(value, indicator.unit, language),
    [indicator.unit, language],
  );
  const points = useMemo(
    () =>
      (series.data?.items ?? []).map((point) => ({
        label: labelPeriodId(point.period, language),
        value: point.value,
      })),
    [series.data, language],
  );
  return (
    <Card size="small" title={t('indicatorSeries')} style={{ marginTop: 16 }}>
      {series.error ? (
        <ErrorView error={series.error} onRetry={series.reload} />
      ) : series.loading && !series.data ? (
        <LoadingView />
      ) : points.every((point) => point.value === null) ? (
        <Empty description={t('indicatorNoData')} data-testid="indicator-series-empty" />
      ) : (
        <LineChart data={points} seriesName={indicator.name} format={format} testId="indicator-series" />
      )}
    </Card>
  );
}

function ByUnitTable({
  rollup,
  indicator,
  onOpen,
}: {
  rollup: Rollup;
  indicator: IndicatorSummary;
  onOpen(unitId: string): void;
}) {
  const { t, language } = useI18n();
  const parts = indicatorParts(indicator.id);
  const [query, setQuery] = useState('');
  // Communes that reported first (in the server's order), then the others; a name narrows the list.
  const rows = useMemo(() => {
    const words = foldDiacritics(query.trim());
    const matching = words ? rollup.byUnit.filter((unit) => foldDiacritics(unit.name).includes(words)) : rollup.byUnit;
    return [...matching.filter((unit) => unit.reported), ...matching.filter((unit) => !unit.reported)];
  }, [rollup.byUnit, query]);
  return (
    <>
      {rollup.byUnit.length > 10 ? (
        <Input.Search
          allowClear
          placeholder={t('indicatorFindUnit')}
          onChange={(event) => setQuery(event.target.value)}
          style={{ maxWidth: 320, marginBottom: 8 }}
          data-testid="indicator-find-unit"
        />
      ) : null}
      <Table<RollupUnit>
        data-testid="indicator-by-unit"
        rowKey="unitId"
        size="small"
        pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
        dataSource={rows}
        locale={{ emptyText: t('indicatorNoUnits') }}
        onRow={(unit) => ({ onClick: () => onOpen(unit.unitId), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: t('entryUnit'),
            key: 'name',
            render: (_, unit) => (
              <Link to={indicatorPath(indicator.id, { unitId: unit.unitId, period: rollup.period, asOf: rollup.asOf })}>
                {unit.name}
              </Link>
            ),
          },
          {
            title: t('indicatorValue'),
            key: 'value',
            align: 'right',
            render: (_, unit) => (
              <span data-testid={`indicator-unit-value-${unit.unitId}`}>
                {formatIndicatorValue(unit.value, indicator.unit, language)}
              </span>
            ),
          },
          ...(parts.length === 2
            ? parts.map(({ elementId, part }) => ({
                title: elementName(elementId, language),
                key: part,
                align: 'right' as const,
                render: (_: unknown, unit: RollupUnit) => {
                  const value = part === 'numerator' ? unit.numerator : unit.denominator;
                  return value === null ? '—' : formatAmount(value, language);
                },
              }))
            : []),
          {
            title: t('indicatorReported'),
            key: 'reported',
            render: (_, unit) => (
              <Space size={4} wrap>
                {unit.reported ? (
                  <Tag color="green">{t('indicatorHasData')}</Tag>
                ) : (
                  <Tag>{t('indicatorNoDataShort')}</Tag>
                )}
                {unit.apportioned ? <Tag color="orange">{t('indicatorApportioned')}</Tag> : null}
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}

/** A commune's stored values of the indicator's data elements: value, source, who and when. */
function ValueSources({ indicator, unitId }: { indicator: IndicatorSummary; unitId: string }) {
  const { t, language } = useI18n();
  const { user } = useAuth();
  const parts = indicatorParts(indicator.id);
  const years = yearPeriods();
  const values = useApi(
    (signal) =>
      Promise.all(
        parts.map(({ elementId }) =>
          valuesApi.list({ dataElementId: elementId, unitId, from: years[0], to: years.at(-1) }, signal),
        ),
      ).then((lists) => lists.flatMap((list) => list.items)),
    [indicator.id, unitId],
  );
  if (values.error) return <ErrorView error={values.error} onRetry={values.reload} />;
  return (
    <Card size="small" title={t('indicatorSources')} style={{ marginTop: 16 }}>
      <Table<StoredValue>
        data-testid="indicator-sources"
        rowKey={(value) => `${value.dataElementId}|${value.period}|${value.disaggregation}`}
        size="small"
        loading={values.loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={values.data ?? []}
        locale={{ emptyText: t('indicatorNoData') }}
        expandable={{ expandedRowRender: (value) => <ValueHistory value={value} /> }}
        columns={[
          { title: t('entryPeriod'), key: 'period', render: (_, value) => labelPeriodId(value.period, language) },
          {
            title: t('indicatorElement'),
            key: 'element',
            render: (_, value) => elementName(value.dataElementId, language),
          },
          {
            title: t('indicatorValue'),
            key: 'value',
            align: 'right',
            render: (_, value) => formatAmount(value.value, language),
          },
          {
            title: t('indicatorSource'),
            key: 'source',
            render: (_, value) => <Tag>{t(sourceKeys[value.source])}</Tag>,
          },
          {
            title: t('indicatorEnteredBy'),
            key: 'by',
            render: (_, value) =>
              value.enteredBy === null
                ? t('none')
                : value.enteredBy === user?.id
                  ? t('indicatorEnteredByYou')
                  : (value.enteredByName ?? t('indicatorEnteredByUnknown')),
          },
          { title: t('indicatorEnteredAt'), key: 'at', render: (_, value) => formatDateTime(value.enteredAt) },
        ]}
      />
    </Card>
  );
}

export default function IndicatorPage() {
  const { t, language } = useI18n();
  const { user } = useAuth();
  const navigate = useNavigate();
  const { indicatorId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const unitId = params.get('unitId') ?? user?.adminUnit.id ?? '';
  const period = params.get('period') ?? defaultYear();
  const asOf = params.get('asOf') ?? todayIso();
  const setParam = (name: string, value: string) =>
    setParams(
      (previous) => {
        const copy = new URLSearchParams(previous);
        copy.set(name, value);
        return copy;
      },
      { replace: true },
    );

  const catalogue = useApi((signal) => indicatorsApi.list(signal), []);
  const unit = useApi((signal) => adminUnitsApi.get(unitId, asOf, signal), [unitId, asOf]);
  const rollup = useApi(
    (signal) => valuesApi.rollup({ indicatorId, unitId, period, asOf }, signal),
    [indicatorId, unitId, period, asOf],
  );

  if (catalogue.loading && !catalogue.data) return <LoadingView />;
  if (catalogue.error) return <ErrorView error={catalogue.error} onRetry={catalogue.reload} />;
  const indicator = catalogue.data?.items.find((item) => item.id === indicatorId);
  if (!indicator) return <NotFoundView message={t('indicatorNotFound')} />;
  const open = (next: string) => navigate(indicatorPath(indicator.id, { unitId: next, period, asOf }));
  const detail = unit.data;

  return (
    <div data-testid="indicator-page">
      <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="indicator-name">
        {indicator.name}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{indicator.definition}</Typography.Paragraph>
      {detail ? (
        <Breadcrumb
          data-testid="indicator-unit-path"
          items={[...detail.ancestors, detail.unit].map((item, index, all) => ({
            key: item.id,
            title:
              index === all.length - 1 ? (
                <span data-testid="indicator-unit-name">{item.name}</span>
              ) : (
                <Link to={indicatorPath(indicator.id, { unitId: item.id, period, asOf })}>{item.name}</Link>
              ),
          }))}
        />
      ) : null}
      <Space wrap style={{ marginTop: 12 }}>
        <span>{t('entryPeriod')}</span>
        <PeriodSelect value={period} onChange={(next) => setParam('period', next)} testId="indicator-period" />
        <span>{t('indicatorAsOf')}</span>
        <DateInput value={asOf} onChange={(next) => next && setParam('asOf', next)} data-testid="indicator-as-of" />
      </Space>

      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} md={10}>
          <Card size="small">
            {rollup.error ? (
              <ErrorView error={rollup.error} onRetry={rollup.reload} />
            ) : rollup.data ? (
              <Space orientation="vertical" size={4}>
                <Statistic
                  title={t('indicatorValueIn', { period: labelPeriodId(rollup.data.period, language) })}
                  value={formatIndicatorValue(rollup.data.value, indicator.unit, language)}
                  valueRender={(node) => <span data-testid="indicator-value">{node}</span>}
                />
                <Typography.Text data-testid="indicator-coverage">
                  {describeCoverage(t, rollup.data.coverage)}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {t('indicatorMapOf', { date: formatDate(rollup.data.asOf) })}
                </Typography.Text>
              </Space>
            ) : (
              <LoadingView />
            )}
          </Card>
        </Col>
        <Col xs={24} md={14}>
          <Card size="small">
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('indicatorUnitOfMeasure')}>
                {indicator.unit === 'per10k' ? t('planUnitPer10k') : indicator.unit}
              </Descriptions.Item>
              <Descriptions.Item label={t('indicatorPolarity')}>
                {t(indicator.polarity === 'higher' ? 'indicatorHigherBetter' : 'indicatorLowerBetter')}
              </Descriptions.Item>
              {indicator.code ? (
                <Descriptions.Item label={t('indicatorCode')}>{indicator.code}</Descriptions.Item>
              ) : null}
              {detail ? (
                <Descriptions.Item label={t('planAdminUnit')}>
                  {detail.unit.name} ({labelLevel(t, detail.unit.level)})
                </Descriptions.Item>
              ) : null}
            </Descriptions>
          </Card>
        </Col>
      </Row>

      <SeriesCard indicator={indicator} unitId={unitId} asOf={asOf} />

      {detail?.unit.level === 'commune' ? (
        <ValueSources indicator={indicator} unitId={unitId} />
      ) : rollup.data ? (
        <Card size="small" title={t('indicatorByUnit')} style={{ marginTop: 16 }}>
          <ByUnitTable rollup={rollup.data} indicator={indicator} onOpen={open} />
        </Card>
      ) : null}
    </div>
  );
}
