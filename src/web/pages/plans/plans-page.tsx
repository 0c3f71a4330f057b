import { FileTextOutlined, SearchOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Input, List, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { planDraftsApi, plansApi } from '../../api/endpoints.ts';
import type { PlanSummary } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { useAuth } from '../../auth/auth-context.tsx';
import { ErrorView } from '../../components/status-views.tsx';
import { formatDate, formatDateTime, labelLevel } from '../../format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { formatCount } from './plan-format.ts';

const pageSize = 20;

function MyDrafts() {
  const { t } = useI18n();
  const drafts = useApi((signal) => planDraftsApi.list(signal), []);
  const items = drafts.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Card title={t('planDraftsTitle')} size="small" style={{ marginBottom: 16 }} data-testid="plan-drafts">
      <List
        size="small"
        dataSource={items}
        renderItem={(draft) => (
          <List.Item key={draft.id}>
            <Space orientation="vertical" size={0}>
              <Link to={`/ke-hoach/ban-nhap/${encodeURIComponent(draft.id)}`}>
                <FileTextOutlined /> {draft.title ?? draft.fileName}
              </Link>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {[draft.number, draft.fileName, t('planDraftUpdated', { at: formatDateTime(draft.updatedAt) })]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}

export default function PlansPage() {
  const { t } = useI18n();
  const { user } = useAuth();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = searchParams.get('q') ?? '';
  const page = Math.max(1, Number(searchParams.get('trang')) || 1);
  const [typed, setTyped] = useState(query);
  const canUpload = user?.role === 'admin' || user?.role === 'planner';

  useEffect(() => {
    const timer = setTimeout(() => {
      if (typed.trim() === query) return;
      setSearchParams(typed.trim() ? { q: typed.trim() } : {}, { replace: true });
    }, 300);
    return () => clearTimeout(timer);
  }, [typed, query, setSearchParams]);

  // Pages come from the server; the page number lives in the address so back/forward work.
  const state = useApi(
    (signal) => plansApi.list({ q: query, limit: pageSize, offset: (page - 1) * pageSize }, signal),
    [query, page],
  );
  const goToPage = (next: number) =>
    setSearchParams({ ...(query ? { q: query } : {}), ...(next > 1 ? { trang: String(next) } : {}) });
  if (state.error) return <ErrorView error={state.error} onRetry={state.reload} />;

  return (
    <div data-testid="plans-page">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start">
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('plansTitle')}
        </Typography.Title>
        {canUpload ? (
          <Button
            type="primary"
            icon={<UploadOutlined />}
            onClick={() => navigate('/ke-hoach/tai-len')}
            data-testid="plan-upload-button"
          >
            {t('planUploadButton')}
          </Button>
        ) : null}
      </Space>
      {canUpload ? <MyDrafts /> : null}
      <Card>
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder={t('plansSearchPlaceholder')}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          style={{ width: '100%', maxWidth: 380, marginBottom: 16 }}
          data-testid="plan-search"
        />
        <Table<PlanSummary>
          data-testid="plan-table"
          rowKey="id"
          size="middle"
          scroll={{ x: 900 }}
          loading={state.loading}
          dataSource={state.data?.items ?? []}
          pagination={{
            current: page,
            pageSize,
            total: state.data?.total ?? 0,
            showSizeChanger: false,
            onChange: goToPage,
          }}
          locale={{ emptyText: t('plansEmpty') }}
          columns={[
            {
              title: t('planNumber'),
              key: 'number',
              width: 150,
              render: (_, plan) =>
                plan.number ?? <Typography.Text type="secondary">{t('planNoNumber')}</Typography.Text>,
            },
            {
              title: t('planTitle'),
              key: 'title',
              render: (_, plan) => (
                <Space orientation="vertical" size={0}>
                  <Link to={`/ke-hoach/${encodeURIComponent(plan.id)}`}>{plan.title ?? plan.number ?? plan.id}</Link>
                  {plan.issuer ? (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {plan.issuer}
                    </Typography.Text>
                  ) : null}
                </Space>
              ),
            },
            {
              title: t('planDocumentDate'),
              key: 'date',
              width: 120,
              render: (_, plan) => formatDate(plan.documentDate) || plan.year,
            },
            {
              title: t('planAdminUnit'),
              key: 'unit',
              width: 200,
              render: (_, plan) => (
                <span>
                  {plan.adminUnit.name}{' '}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    ({labelLevel(t, plan.adminUnit.level)})
                  </Typography.Text>
                </span>
              ),
            },
            {
              title: t('planCounts'),
              key: 'counts',
              width: 220,
              render: (_, plan) => (
                <Space size={4} wrap>
                  <Tag color="red">{formatCount(t, plan.counts.targets, 'planTargetCount', 'planTargetCountNone')}</Tag>
                  <Tag color="blue">{formatCount(t, plan.counts.tasks, 'planTaskCount', 'planTaskCountNone')}</Tag>
                </Space>
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
