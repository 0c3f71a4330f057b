import { List, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { PlanReference, PlanRef } from '../../../api/types.ts';
import { documentKindName } from '../../../../domain/plans/document-kinds.ts';
import { formatDate } from '../../../format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { formatPlanRef } from '../plan-format.ts';

export function PlanRefList({ plans, testId }: { plans: PlanRef[]; testId: string }) {
  const { t } = useI18n();
  if (plans.length === 0) return <Typography.Text type="secondary">{t('none')}</Typography.Text>;
  return (
    <List
      size="small"
      data-testid={testId}
      dataSource={plans}
      renderItem={(plan) => (
        <List.Item key={plan.id}>
          <Link to={`/ke-hoach/${encodeURIComponent(plan.id)}`}>{formatPlanRef(t, plan)}</Link>
          {plan.documentDate ? (
            <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap', marginLeft: 12 }}>
              {formatDate(plan.documentDate)}
            </Typography.Text>
          ) : null}
        </List.Item>
      )}
    />
  );
}

export function PlanReferencesTable({ references }: { references: PlanReference[] }) {
  const { t } = useI18n();
  return (
    <Table<PlanReference>
      data-testid="plan-references"
      rowKey="id"
      size="small"
      pagination={false}
      scroll={{ x: 640 }}
      dataSource={references}
      locale={{ emptyText: t('planNoReferences') }}
      columns={[
        {
          title: t('planNumber'),
          key: 'number',
          render: (_, reference) => (
            <span>
              {[documentKindName(reference.kind), reference.number].filter(Boolean).join(' ')}
              {reference.referencedPlan ? (
                <>
                  {' '}
                  <Link
                    to={`/ke-hoach/${encodeURIComponent(reference.referencedPlan.id)}`}
                    data-testid="reference-plan-link"
                  >
                    <Tag color="green">{t('planInSystem')}</Tag>
                  </Link>
                </>
              ) : null}
            </span>
          ),
        },
        { title: t('planDocumentDate'), key: 'date', width: 120, render: (_, reference) => formatDate(reference.date) },
        { title: t('planIssuer'), dataIndex: 'issuer' },
        {
          title: t('planReferenceRole'),
          key: 'role',
          width: 120,
          render: (_, reference) =>
            reference.role === 'basis' ? (
              <Tag color="purple">{t('planReferenceBasis')}</Tag>
            ) : (
              <Tag>{t('planReferenceMention')}</Tag>
            ),
        },
      ]}
    />
  );
}
