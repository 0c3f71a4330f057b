import { SearchOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Flex, Input, Row, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { adminUnitsApi } from '../api/endpoints.ts';
import { useApi } from '../api/use-api.ts';
import { ErrorView, LoadingView } from '../components/status-views.tsx';
import { beforeReformDate, todayIso } from '../format.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { UnitDetail } from './admin-units/unit-detail.tsx';
import { UnitSearchResults } from './admin-units/unit-search-results.tsx';
import { UnitTree } from './admin-units/unit-tree.tsx';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
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
  const results = useApi(
    async (signal) => (query ? (await adminUnitsApi.list({ q: query, asOf, limit: searchLimit }, signal)).items : []),
    [query, asOf],
  );

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
              ) : (
                <UnitSearchResults
                  units={results.data ?? []}
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
