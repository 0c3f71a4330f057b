import { SearchOutlined } from '@ant-design/icons';
import { Card, Flex, Input, Select, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { agenciesApi } from '../api/endpoints.ts';
import { type AgencyStatusFilter, type AgencySummary, agencyTypes } from '../api/types.ts';
import { useApi } from '../api/use-api.ts';
import { ErrorView } from '../components/status-views.tsx';
import { describeValidity, formatNumber, labelAgencyType, labelLevel } from '../format.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

const pageSize = 20;

// The status lives in the address in Vietnamese; current agencies are the default view.
const statusSlugs: Record<AgencyStatusFilter, string> = {
  current: '',
  dissolved: 'da-giai-the',
  all: 'tat-ca',
};

function readStatus(slug: string | null): AgencyStatusFilter {
  return slug === statusSlugs.dissolved ? 'dissolved' : slug === statusSlugs.all ? 'all' : 'current';
}

export default function AgenciesPage() {
  const { t } = useI18n();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = searchParams.get('q') ?? '';
  const type = searchParams.get('loai') ?? '';
  const status = readStatus(searchParams.get('trang-thai'));
  const page = Math.max(1, Number(searchParams.get('trang')) || 1);
  const [typed, setTyped] = useState(query);

  useEffect(() => {
    const timer = setTimeout(() => {
      if (typed.trim() === query) return;
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (typed.trim()) next.set('q', typed.trim());
          else next.delete('q');
          next.delete('trang');
          return next;
        },
        { replace: true },
      );
    }, 300);
    return () => clearTimeout(timer);
  }, [typed, query, setSearchParams]);

  // The server searches, sorts (Vietnamese order) and pages; the page number lives in the address.
  const state = useApi(
    (signal) =>
      agenciesApi.list(
        // A type the address names but the API does not know is no filter (the API would refuse it).
        {
          q: query,
          type: agencyTypes.find((known) => known === type),
          status,
          limit: pageSize,
          offset: (page - 1) * pageSize,
        },
        signal,
      ),
    [query, type, status, page],
  );
  const goToPage = (next: number) =>
    setSearchParams((current) => {
      const params = new URLSearchParams(current);
      if (next > 1) params.set('trang', String(next));
      else params.delete('trang');
      return params;
    });

  if (state.error) return <ErrorView error={state.error} onRetry={state.reload} />;

  return (
    <div data-testid="agencies-page">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('agenciesTitle')}
      </Typography.Title>
      <Card>
        <Flex wrap gap={8} style={{ marginBottom: 16 }}>
          <Input
            allowClear
            prefix={<SearchOutlined />}
            placeholder={t('agenciesSearchPlaceholder')}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            style={{ width: 340, maxWidth: '100%' }}
            data-testid="agency-search"
          />
          <Select<string>
            value={type}
            onChange={(value) =>
              setSearchParams((current) => {
                const next = new URLSearchParams(current);
                if (value) next.set('loai', value);
                else next.delete('loai');
                next.delete('trang');
                return next;
              })
            }
            style={{ width: 260, maxWidth: '100%' }}
            aria-label={t('agenciesTypeFilter')}
            data-testid="agency-type-filter"
            options={[
              { value: '', label: t('agenciesAllTypes') },
              ...agencyTypes.map((value) => ({ value, label: labelAgencyType(t, value) })),
            ]}
          />
          <Select<AgencyStatusFilter>
            value={status}
            onChange={(value) =>
              setSearchParams((current) => {
                const next = new URLSearchParams(current);
                if (statusSlugs[value]) next.set('trang-thai', statusSlugs[value]);
                else next.delete('trang-thai');
                next.delete('trang');
                return next;
              })
            }
            style={{ width: 220, maxWidth: '100%' }}
            aria-label={t('agenciesStatusFilter')}
            data-testid="agency-status-filter"
            options={[
              { value: 'current', label: t('agenciesStatusCurrent') },
              { value: 'dissolved', label: t('agenciesStatusDissolved') },
              { value: 'all', label: t('agenciesStatusAll') },
            ]}
          />
        </Flex>
        <Typography.Paragraph type="secondary" data-testid="agency-total">
          {state.data ? t('agenciesTotal', { count: formatNumber(state.data.total) }) : '\u00a0'}
        </Typography.Paragraph>
        <Table<AgencySummary>
          data-testid="agency-table"
          rowKey="id"
          size="middle"
          scroll={{ x: 960 }}
          loading={state.loading}
          dataSource={state.data?.items ?? []}
          pagination={{
            current: page,
            pageSize,
            total: state.data?.total ?? 0,
            showSizeChanger: false,
            onChange: goToPage,
          }}
          columns={[
            {
              title: t('agencyName'),
              dataIndex: 'name',
              render: (_, agency) => <Link to={`/co-quan/${encodeURIComponent(agency.id)}`}>{agency.name}</Link>,
            },
            { title: t('agencyShortName'), dataIndex: 'shortName', width: 160 },
            {
              title: t('agencyType'),
              dataIndex: 'type',
              width: 200,
              render: (value: string) => <Tag>{labelAgencyType(t, value)}</Tag>,
            },
            {
              title: t('agencyUnit'),
              key: 'unit',
              render: (_, agency) => (
                <span>
                  {agency.adminUnit.name}{' '}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    ({labelLevel(t, agency.adminUnit.level)})
                  </Typography.Text>
                </span>
              ),
            },
            {
              title: t('agencyValidity'),
              key: 'validity',
              width: 220,
              render: (_, agency) => describeValidity(t, agency.validFrom, agency.validTo),
            },
          ]}
        />
      </Card>
    </div>
  );
}
