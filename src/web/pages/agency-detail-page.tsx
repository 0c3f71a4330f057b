import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Descriptions, List, Space, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { agenciesApi } from '../api/endpoints.ts';
import type { AgencyLink } from '../api/types.ts';
import { useApi } from '../api/use-api.ts';
import { ErrorView, LoadingView } from '../components/status-views.tsx';
import { describeValidity, labelAgencyType, labelLevel } from '../format.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

function AgencyLinks({ links, testId }: { links: AgencyLink[]; testId: string }) {
  const { t } = useI18n();
  if (links.length === 0) return <Typography.Text type="secondary">{t('none')}</Typography.Text>;
  return (
    <List
      size="small"
      data-testid={testId}
      dataSource={links}
      renderItem={(link) => (
        <List.Item key={link.agency.id}>
          <Space orientation="vertical" size={0}>
            <Link to={`/co-quan/${encodeURIComponent(link.agency.id)}`}>{link.agency.name}</Link>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {link.agency.adminUnit.name} · {describeValidity(t, link.agency.validFrom, link.agency.validTo)}
              {link.note ? ` · ${link.note}` : ''}
            </Typography.Text>
          </Space>
        </List.Item>
      )}
    />
  );
}

export default function AgencyDetailPage() {
  const { t } = useI18n();
  const { agencyId = '' } = useParams();
  const state = useApi((signal) => agenciesApi.get(agencyId, signal), [agencyId]);

  if (state.loading && !state.data) return <LoadingView />;
  if (state.error || !state.data) return <ErrorView error={state.error} onRetry={state.reload} />;
  const { agency } = state.data;

  return (
    <div data-testid="agency-detail">
      <Link to="/co-quan">
        <ArrowLeftOutlined /> {t('agencyBack')}
      </Link>
      <Typography.Title level={3} style={{ marginTop: 12 }}>
        {agency.name}
      </Typography.Title>
      <Card>
        <Descriptions column={1} bordered size="small">
          <Descriptions.Item label={t('agencyShortName')}>{agency.shortName ?? t('none')}</Descriptions.Item>
          <Descriptions.Item label={t('agencyType')}>
            <Tag>{labelAgencyType(t, agency.type)}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('agencyUnit')}>
            <Link to={`/don-vi-hanh-chinh/${encodeURIComponent(agency.adminUnit.id)}`}>{agency.adminUnit.name}</Link>{' '}
            <Typography.Text type="secondary">({labelLevel(t, agency.adminUnit.level)})</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('agencyValidity')}>
            {describeValidity(t, agency.validFrom, agency.validTo)}
          </Descriptions.Item>
          <Descriptions.Item label={t('agencyAliases')}>
            {agency.aliases.length > 0 ? (
              <Space wrap data-testid="agency-aliases">
                {agency.aliases.map((alias) => (
                  <Tag key={alias}>{alias}</Tag>
                ))}
              </Space>
            ) : (
              t('none')
            )}
          </Descriptions.Item>
        </Descriptions>
        <Typography.Title level={5} style={{ marginTop: 20 }}>
          {t('agencyPredecessors')}
        </Typography.Title>
        <AgencyLinks links={agency.predecessors} testId="agency-predecessors" />
        <Typography.Title level={5} style={{ marginTop: 20 }}>
          {t('agencySuccessors')}
        </Typography.Title>
        <AgencyLinks links={agency.successors} testId="agency-successors" />
      </Card>
    </div>
  );
}
