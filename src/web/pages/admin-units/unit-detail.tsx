import { Alert, Breadcrumb, Card, Descriptions, Empty, List, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { adminUnitsApi } from '../../api/endpoints.ts';
import type { AdminUnitSummary, UnitLink } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorView, LoadingView } from '../../components/status-views.tsx';
import {
  describeValidity,
  formatDate,
  formatNumber,
  labelLevel,
  labelSuccessionKind,
  labelUnitKind,
  todayIso,
} from '../../format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

function isValidAt(unit: AdminUnitSummary, date: string): boolean {
  return (unit.validFrom === null || unit.validFrom <= date) && (unit.validTo === null || date < unit.validTo);
}

function UnitLinkList({
  links,
  unitHref,
  testId,
}: {
  links: UnitLink[];
  unitHref(id: string): string;
  testId: string;
}) {
  const { t } = useI18n();
  if (links.length === 0) return <Typography.Text type="secondary">{t('none')}</Typography.Text>;
  return (
    <List
      size="small"
      data-testid={testId}
      dataSource={links}
      renderItem={(link) => (
        <List.Item key={`${link.unit.id}-${link.kind}`}>
          <span>
            <Link to={unitHref(link.unit.id)}>{link.unit.fullName || link.unit.name}</Link>{' '}
            <Tag color={/split/i.test(link.kind) ? 'orange' : 'blue'}>{labelSuccessionKind(t, link.kind)}</Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {describeValidity(t, link.unit.validFrom, link.unit.validTo)}
            </Typography.Text>
          </span>
        </List.Item>
      )}
    />
  );
}

export function UnitDetail({ unitId, asOf, unitHref }: { unitId: string; asOf: string; unitHref(id: string): string }) {
  const { t } = useI18n();
  const state = useApi((signal) => adminUnitsApi.get(unitId, asOf, signal), [unitId, asOf]);

  if (state.loading && !state.data) return <LoadingView />;
  if (state.error || !state.data) return <ErrorView error={state.error} onRetry={state.reload} />;

  const { unit, ancestors, children, predecessors, successors, successorsAsOf } = state.data;
  // The units standing for this one on the view date: none to show while it is valid then;
  // after it ended they carry it on (successors), before it was formed they are what it
  // was formed from (predecessors).
  const validAtView = isValidAt(unit, asOf);
  const ended = unit.validTo !== null && unit.validTo <= asOf;
  const standInsTitle = ended
    ? asOf >= todayIso()
      ? t('unitSuccessorsAsOf')
      : t('unitSuccessorsAsOfDate', { date: formatDate(asOf) })
    : t('unitPredecessorsAsOfDate', { date: formatDate(asOf) });
  const standIns = successorsAsOf.filter((item) => item.id !== unit.id);

  return (
    <Card
      data-testid="unit-detail"
      title={
        <span data-testid="unit-detail-name">
          {unit.name} <Tag data-testid="unit-detail-kind">{labelUnitKind(t, unit)}</Tag>
        </span>
      }
      loading={state.loading}
    >
      {ancestors.length > 0 ? (
        <Breadcrumb
          style={{ marginBottom: 12 }}
          items={ancestors.map((ancestor) => ({
            key: ancestor.id,
            title: <Link to={unitHref(ancestor.id)}>{ancestor.name}</Link>,
          }))}
        />
      ) : null}
      {!isValidAt(unit, asOf) ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('unitNotValidAtDate', { date: formatDate(asOf) })}
        />
      ) : null}
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('unitFullName')}>{unit.fullName}</Descriptions.Item>
        <Descriptions.Item label={t('unitCode')}>{unit.code ?? t('none')}</Descriptions.Item>
        <Descriptions.Item label={t('unitLevel')}>
          {labelUnitKind(t, unit)}
          {unit.validTo !== null ? null : (
            <Typography.Text type="secondary"> ({labelLevel(t, unit.level)})</Typography.Text>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('unitValidity')}>
          {describeValidity(t, unit.validFrom, unit.validTo)}
        </Descriptions.Item>
        <Descriptions.Item label={t('unitParentChain')}>
          {ancestors.length > 0 ? ancestors.map((ancestor) => ancestor.name).join(' › ') : t('none')}
        </Descriptions.Item>
      </Descriptions>

      {validAtView ? null : (
        <>
          <Typography.Title level={5} style={{ marginTop: 20 }} data-testid="unit-stand-ins-title">
            {standInsTitle}
          </Typography.Title>
          {standIns.length > 0 ? (
            <List
              size="small"
              data-testid={ended ? 'unit-successors-as-of' : 'unit-predecessors-as-of'}
              dataSource={standIns}
              renderItem={(item) => (
                <List.Item key={item.id}>
                  <Link to={unitHref(item.id)}>{item.name}</Link>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {item.fullName}
                  </Typography.Text>
                </List.Item>
              )}
            />
          ) : (
            <Typography.Text type="secondary">{t('none')}</Typography.Text>
          )}
        </>
      )}

      {successors.length > 0 ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 20 }}>
            {t('unitSuccessors')}
          </Typography.Title>
          <UnitLinkList links={successors} unitHref={unitHref} testId="unit-successors" />
        </>
      ) : null}

      {predecessors.length > 0 ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 20 }}>
            {t('unitPredecessors')}
          </Typography.Title>
          <UnitLinkList links={predecessors} unitHref={unitHref} testId="unit-predecessors" />
        </>
      ) : null}

      <Typography.Title level={5} style={{ marginTop: 20 }}>
        {t('unitChildren', { date: formatDate(asOf) })}
      </Typography.Title>
      {children.length > 0 ? (
        <Table<AdminUnitSummary>
          data-testid="unit-children"
          size="small"
          rowKey="id"
          scroll={{ x: 480 }}
          dataSource={children}
          pagination={children.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
          columns={[
            {
              title: t('unitName'),
              dataIndex: 'name',
              render: (_, child) => <Link to={unitHref(child.id)}>{child.name}</Link>,
            },
            { title: t('unitCode'), dataIndex: 'code', width: 90 },
            {
              title: t('unitChildCountColumn'),
              dataIndex: 'childCount',
              width: 180,
              align: 'right',
              render: (value: number) => formatNumber(value),
            },
          ]}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('none')} />
      )}
    </Card>
  );
}
