import { Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { auditApi } from '../api/endpoints.ts';
import type { AuditEntryWithSubject } from '../api/types.ts';
import { ErrorView } from '../components/status-views.tsx';
import { formatDateTime } from '../format.ts';
import {
  auditVocabulary,
  labelAction,
  labelEntity,
  labelField,
  labelValue,
  subjectHref,
} from '../i18n/audit-vocabulary.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { diffSnapshots, showValue } from './audit/audit-diff.ts';

const pageSize = 50;

function AuditDiff({ entry }: { entry: AuditEntryWithSubject }) {
  const { t, language } = useI18n();
  const changes = diffSnapshots(entry.before, entry.after);
  if (changes.length === 0) return <Typography.Text type="secondary">{t('auditNoChanges')}</Typography.Text>;
  return (
    <Table
      size="small"
      rowKey="field"
      pagination={false}
      data-testid="audit-diff"
      dataSource={changes}
      scroll={{ x: 600 }}
      columns={[
        {
          title: t('auditField'),
          dataIndex: 'field',
          width: 200,
          render: (field: string) => <span title={field}>{labelField(language, field)}</span>,
        },
        {
          title: t('auditBefore'),
          dataIndex: 'before',
          render: (value: unknown) => (
            <span style={{ background: '#fff1f0', wordBreak: 'break-all' }}>
              {showValue(labelValue(language, value))}
            </span>
          ),
        },
        {
          title: t('auditAfter'),
          dataIndex: 'after',
          render: (value: unknown) => (
            <span style={{ background: '#f6ffed', wordBreak: 'break-all' }}>
              {showValue(labelValue(language, value))}
            </span>
          ),
        },
      ]}
    />
  );
}

function AuditSubject({ entry }: { entry: AuditEntryWithSubject }) {
  const label = entry.subjectLabel || entry.entityId;
  const href = subjectHref(entry.entity, entry.entityId);
  const text = (
    <span title={entry.entityId} data-testid="audit-subject">
      {label}
    </span>
  );
  return href ? <Link to={href}>{text}</Link> : text;
}

export default function AuditPage() {
  const { t, language } = useI18n();
  const [entity, setEntity] = useState('');
  const [items, setItems] = useState<AuditEntryWithSubject[]>([]);
  const [nextBefore, setNextBefore] = useState<number | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [generation, setGeneration] = useState(0);

  const loadPage = useCallback(
    async (before: number | undefined, signal?: AbortSignal) => {
      setLoading(true);
      try {
        const page = await auditApi.list({ entity: entity || undefined, limit: pageSize, before }, signal);
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
    },
    [entity],
  );

  // A new filter (or a retry: `generation`) starts again from the newest entry.
  useEffect(() => {
    const controller = new AbortController();
    void generation;
    void loadPage(undefined, controller.signal);
    return () => controller.abort();
  }, [loadPage, generation]);

  if (error && items.length === 0)
    return <ErrorView error={error} onRetry={() => setGeneration((value) => value + 1)} />;

  const entityOptions = [
    { value: '', label: t('auditAllEntities') },
    ...Object.keys(auditVocabulary[language].entities).map((code) => ({
      value: code,
      label: labelEntity(language, code),
    })),
  ];

  return (
    <div data-testid="audit-page">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('auditTitle')}
      </Typography.Title>
      <Card>
        <Select<string>
          value={entity}
          onChange={setEntity}
          options={entityOptions}
          aria-label={t('auditEntityFilter')}
          style={{ width: 300, maxWidth: '100%', marginBottom: 16 }}
          data-testid="audit-entity-filter"
        />
        <Table<AuditEntryWithSubject>
          data-testid="audit-table"
          rowKey={(entry) => String(entry.id)}
          loading={loading}
          dataSource={items}
          pagination={false}
          scroll={{ x: 1100 }}
          expandable={{ expandedRowRender: (entry) => <AuditDiff entry={entry} /> }}
          columns={[
            { title: t('auditAt'), dataIndex: 'at', width: 170, render: (value: string) => formatDateTime(value) },
            {
              title: t('auditActor'),
              dataIndex: 'actorName',
              width: 170,
              render: (value: string | null) => value ?? '—',
            },
            {
              title: t('auditAction'),
              dataIndex: 'action',
              width: 190,
              render: (value: string) => (
                <Tag title={value} data-testid="audit-action">
                  {labelAction(language, value)}
                </Tag>
              ),
            },
            {
              title: t('auditEntity'),
              dataIndex: 'entity',
              width: 170,
              render: (value: string) => (
                <span title={value} data-testid="audit-entity">
                  {labelEntity(language, value)}
                </span>
              ),
            },
            {
              title: t('auditSubject'),
              key: 'subject',
              width: 260,
              ellipsis: true,
              render: (_, entry) => <AuditSubject entry={entry} />,
            },
            {
              title: t('auditChanges'),
              key: 'changes',
              ellipsis: true,
              render: (_, entry) => {
                const fields = diffSnapshots(entry.before, entry.after)
                  .map((change) => change.field)
                  .filter(Boolean)
                  .map((field) => labelField(language, field))
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
