import { Button, Card, Input, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { auditApi } from '../api/endpoints.ts';
import type { AuditEntry } from '../api/types.ts';
import { ErrorView } from '../components/status-views.tsx';
import { formatDateTime, labelAuditAction } from '../format.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { diffSnapshots, showValue } from './audit/audit-diff.ts';

const pageSize = 50;

function AuditDiff({ entry }: { entry: AuditEntry }) {
  const { t } = useI18n();
  const changes = diffSnapshots(entry.before, entry.after);
  if (changes.length === 0) return <Typography.Text type="secondary">{t('auditNoChanges')}</Typography.Text>;
  return (
    <Table
      size="small"
      rowKey="field"
      pagination={false}
      data-testid="audit-diff"
      dataSource={changes}
      columns={[
        { title: t('auditField'), dataIndex: 'field', width: 180, render: (field: string) => <code>{field}</code> },
        {
          title: t('auditBefore'),
          dataIndex: 'before',
          render: (value: unknown) => (
            <span style={{ background: '#fff1f0', wordBreak: 'break-all' }}>{showValue(value)}</span>
          ),
        },
        {
          title: t('auditAfter'),
          dataIndex: 'after',
          render: (value: unknown) => (
            <span style={{ background: '#f6ffed', wordBreak: 'break-all' }}>{showValue(value)}</span>
          ),
        },
      ]}
    />
  );
}

export default function AuditPage() {
  const { t } = useI18n();
  const [entity, setEntity] = useState('');
  const [items, setItems] = useState<AuditEntry[]>([]);
  const [nextBefore, setNextBefore] = useState<number | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [generation, setGeneration] = useState(0);

  const loadPage = async (before: number | undefined, signal?: AbortSignal) => {
    setLoading(true);
    try {
      const page = await auditApi.list({ entity: entity.trim() || undefined, limit: pageSize, before }, signal);
      if (signal?.aborted) return;
      setItems((current) => (before === undefined ? page.items : [...current, ...page.items]));
      setNextBefore(page.nextBefore);
      setError(null);
    } catch (reason) {
      if (signal?.aborted) return;
      setError(reason);
    } finally {
      if (!signal?.aborted) setLoading(false);
    }
  };

  useEffect(() => {
    const controller = new AbortController();
    void loadPage(undefined, controller.signal);
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [generation]);

  if (error && items.length === 0)
    return <ErrorView error={error} onRetry={() => setGeneration((value) => value + 1)} />;

  return (
    <div data-testid="audit-page">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('auditTitle')}
      </Typography.Title>
      <Card>
        <Input.Search
          allowClear
          placeholder={t('auditEntityFilter')}
          value={entity}
          onChange={(event) => setEntity(event.target.value)}
          onSearch={() => setGeneration((value) => value + 1)}
          style={{ width: 340, maxWidth: '100%', marginBottom: 16 }}
          data-testid="audit-entity-filter"
        />
        <Table<AuditEntry>
          data-testid="audit-table"
          rowKey={(entry) => String(entry.id)}
          loading={loading}
          dataSource={items}
          pagination={false}
          scroll={{ x: 1100 }}
          expandable={{ expandedRowRender: (entry) => <AuditDiff entry={entry} /> }}
          columns={[
            { title: t('auditAt'), dataIndex: 'at', width: 180, render: (value: string) => formatDateTime(value) },
            {
              title: t('auditActor'),
              dataIndex: 'actorName',
              width: 170,
              render: (value: string | null) => value ?? '—',
            },
            {
              title: t('auditAction'),
              dataIndex: 'action',
              width: 130,
              render: (value: string) => <Tag title={value}>{labelAuditAction(t, value)}</Tag>,
            },
            { title: t('auditEntity'), dataIndex: 'entity', width: 130 },
            {
              title: t('auditEntityId'),
              dataIndex: 'entityId',
              width: 220,
              ellipsis: true,
              render: (value: string) => <code title={value}>{value}</code>,
            },
            {
              title: t('auditChanges'),
              key: 'changes',
              ellipsis: true,
              render: (_, entry) => {
                const fields = diffSnapshots(entry.before, entry.after)
                  .map((change) => change.field)
                  .filter(Boolean)
                  .join(', ');
                return <span title={fields}>{fields}</span>;
              },
            },
          ]}
        />
        <Space style={{ marginTop: 16 }}>
          {nextBefore !== null ? (
            <Button onClick={() => void loadPage(nextBefore)} loading={loading} data-testid="audit-load-more">
              {t('auditLoadMore')}
            </Button>
          ) : items.length > 0 ? (
            <Typography.Text type="secondary">{t('auditNoMore')}</Typography.Text>
          ) : null}
        </Space>
      </Card>
    </div>
  );
}
