import { SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, DatePicker, Flex, Input, List, Row, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { adminUnitsApi } from '../api/endpoints.ts';
import { useApi } from '../api/use-api.ts';
import { ErrorView, LoadingView } from '../components/status-views.tsx';
import type { AdminUnitSummary } from '../api/types.ts';
import { beforeReformDate, describeValidity, formatDate, labelUnitKind, todayIso } from '../format.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { UnitDetail } from './admin-units/unit-detail.tsx';
import { UnitSearchResults } from './admin-units/unit-search-results.tsx';
import { UnitTree } from './admin-units/unit-tree.tsx';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** The last day a unit was valid (validTo is exclusive), or its first day if it starts later. */
export function dateWhenValid(unit: Pick<AdminUnitSummary, 'validFrom' | 'validTo'>, asOf: string): string {
  if (unit.validTo !== null && unit.validTo <= asOf) {
    const day = new Date(`${unit.validTo}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() - 1);
    return day.toISOString().slice(0, 10);
  }
  return unit.validFrom ?? asOf;
}

/** Units the search matched on other dates: offered when nothing matches on the view date. */
function OtherDateMatches({
  units,
  asOf,
  hrefFor,
}: {
  units: AdminUnitSummary[];
  asOf: string;
  hrefFor(unit: AdminUnitSummary): string;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const ended = units.filter((unit) => unit.validTo !== null && unit.validTo <= asOf);
  const later = units.filter((unit) => !ended.includes(unit));
  const list = (items: AdminUnitSummary[], title: string, testId: string) =>
    items.length === 0 ? null : (
      <>
        <Typography.Text strong>{title}</Typography.Text>
        <List<AdminUnitSummary>
          size="small"
          data-testid={testId}
          dataSource={items}
          renderItem={(unit) => (
            <List.Item
              key={unit.id}
              style={{ cursor: 'pointer', paddingInline: 8 }}
              data-testid={`unit-other-${unit.id}`}
              onClick={() => navigate(hrefFor(unit))}
            >
              <List.Item.Meta
                title={
                  <a href={hrefFor(unit)} onClick={(event) => event.preventDefault()}>
                    {unit.name} <Tag style={{ marginLeft: 4 }}>{labelUnitKind(t, unit)}</Tag>
                  </a>
                }
                description={
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {unit.fullName} · {describeValidity(t, unit.validFrom, unit.validTo)}
                  </Typography.Text>
                }
              />
            </List.Item>
          )}
        />
      </>
    );
  return (
    <div data-testid="unit-other-dates">
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 8 }}
        title={t('unitsEndedMatchesHint', { date: formatDate(asOf) })}
      />
      {list(ended, t('unitsEndedMatches'), 'unit-ended-matches')}
      {list(later, t('unitsNotYetMatches'), 'unit-later-matches')}
    </div>
  );
}
const searchLimit = 50;

/** Keeps `value` until it has been stable for `delay` ms, so typing does not flood the API. */
function useDebounced<T>(value: T, delay: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

export default function AdminUnitsPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { unitId } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const today = todayIso();
  const dateParam = searchParams.get('ngay');
  const asOf = dateParam && isoDate.test(dateParam) ? dateParam : today;
  const query = searchParams.get('q') ?? '';
  const [typed, setTyped] = useState(query);
  const debouncedQuery = useDebounced(typed.trim(), 300);

  // The URL is the state: a detail link can be shared with its date and search.
  useEffect(() => {
    if (debouncedQuery === query) return;
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (debouncedQuery) next.set('q', debouncedQuery);
        else next.delete('q');
        return next;
      },
      { replace: true },
    );
  }, [debouncedQuery, query, setSearchParams]);

  const setAsOf = (date: string) => {
    setSearchParams((current) => {
      const next = new URLSearchParams(current);
      if (date === today) next.delete('ngay');
      else next.set('ngay', date);
      return next;
    });
  };

  const unitHref = (id: string) => {
    const search = searchParams.toString();
    return `/don-vi-hanh-chinh/${encodeURIComponent(id)}${search ? `?${search}` : ''}`;
  };
  const selectUnit = (id: string) => navigate(unitHref(id));

  const topUnits = useApi((signal) => adminUnitsApi.list({ asOf }, signal), [asOf]);
  // Nothing valid on the view date matches: look across every date for the units that did.
  const results = useApi(
    async (signal) => {
      if (!query) return { units: [], otherDates: [] };
      const units = (await adminUnitsApi.list({ q: query, asOf, limit: searchLimit }, signal)).items;
      if (units.length > 0) return { units, otherDates: [] };
      const anyDate = (await adminUnitsApi.list({ q: query, limit: searchLimit }, signal)).items;
      return { units, otherDates: anyDate.filter((unit) => dateWhenValid(unit, asOf) !== asOf) };
    },
    [query, asOf],
  );
  const otherDateHref = (unit: AdminUnitSummary) => {
    const next = new URLSearchParams(searchParams);
    const date = dateWhenValid(unit, asOf);
    if (date === today) next.delete('ngay');
    else next.set('ngay', date);
    return `/don-vi-hanh-chinh/${encodeURIComponent(unit.id)}?${next.toString()}`;
  };

  return (
    <div data-testid="admin-units-page">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('unitsTitle')}
      </Typography.Title>
      <Card style={{ marginBottom: 16 }}>
        <Flex wrap gap={12} align="center">
          <Input
            allowClear
            prefix={<SearchOutlined />}
            placeholder={t('unitsSearchPlaceholder')}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            style={{ width: 360, maxWidth: '100%' }}
            data-testid="unit-search"
          />
          <Typography.Text>{t('unitsAsOf')}</Typography.Text>
          <DatePicker
            value={dayjs(asOf)}
            format="DD/MM/YYYY"
            allowClear={false}
            onChange={(value) => {
              if (value) setAsOf(value.format('YYYY-MM-DD'));
            }}
            data-testid="unit-as-of"
          />
          <Button
            type={asOf === beforeReformDate ? 'primary' : 'default'}
            onClick={() => setAsOf(beforeReformDate)}
            data-testid="as-of-before-reform"
          >
            {t('unitsBeforeReform')}
          </Button>
          <Button
            type={asOf === today ? 'primary' : 'default'}
            onClick={() => setAsOf(today)}
            data-testid="as-of-today"
          >
            {t('unitsToday')}
          </Button>
        </Flex>
      </Card>
      <Row gutter={16}>
        <Col xs={24} lg={10}>
          <Card title={query ? t('unitsSearchResults') : t('unitsTree')} styles={{ body: { padding: 12 } }}>
            {query ? (
              results.error ? (
                <ErrorView error={results.error} onRetry={results.reload} />
              ) : results.data && results.data.otherDates.length > 0 && !results.loading ? (
                <OtherDateMatches units={results.data.otherDates} asOf={asOf} hrefFor={otherDateHref} />
              ) : (
                <UnitSearchResults
                  units={results.data?.units ?? []}
                  loading={results.loading}
                  selectedId={unitId}
                  onSelect={selectUnit}
                />
              )
            ) : topUnits.error ? (
              <ErrorView error={topUnits.error} onRetry={topUnits.reload} />
            ) : topUnits.loading || !topUnits.data ? (
              <LoadingView />
            ) : (
              <UnitTree
                key={asOf}
                topUnits={topUnits.data.items}
                asOf={asOf}
                selectedId={unitId}
                onSelect={selectUnit}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          {unitId ? (
            <UnitDetail unitId={unitId} asOf={asOf} unitHref={unitHref} />
          ) : (
            <Card>
              <Typography.Text type="secondary">{t('unitsSelectHint')}</Typography.Text>
            </Card>
          )}
        </Col>
      </Row>
    </div>
  );
}
