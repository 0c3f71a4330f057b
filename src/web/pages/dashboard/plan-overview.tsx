import { Card, Col, Empty, List, Row, Space, Statistic, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { TargetStatus } from '../../../domain/targets/types.ts';
import type { DashboardOverview } from '../../api/types.ts';
import { BarChart } from '../../charts/bar-chart.tsx';
import { labelTargetStatus, TargetStatusTag, targetStatusOrder } from '../../components/target-status-tag.tsx';
import { formatNumber } from '../../format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** The plans part of the dashboard: GET /api/dashboard/overview, within the user's scope. */
export function PlanOverview({ overview }: { overview: DashboardOverview }) {
  const { t, language } = useI18n();
  const totalTargets = targetStatusOrder.reduce((sum, status) => sum + overview.counts[status], 0);
  const statusData = targetStatusOrder.map((status: TargetStatus) => ({
    label: labelTargetStatus(status, language),
    value: overview.counts[status],
  }));
  const missing = overview.missingData;
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }} data-testid="plan-overview">
      <Col xs={24} sm={12} lg={6}>
        <Card>
          <Statistic
            title={t('overviewActivePlans')}
            value={overview.plans.total}
            formatter={(value) => formatNumber(Number(value))}
            data-testid="active-plan-count"
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('overviewTargetsTotal', { count: formatNumber(totalTargets) })}
          </Typography.Text>
        </Card>
      </Col>
      <Col xs={24} sm={12} lg={6}>
        <Card data-testid="missing-data">
          <Statistic
            title={t('overviewReported', { year: missing.period })}
            value={
              missing.indicators === 0 ? '—' : `${formatNumber(missing.complete)}/${formatNumber(missing.expected)}`
            }
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {missing.indicators === 0
              ? t('overviewNoIndicators')
              : t('overviewReportedHint', { count: formatNumber(missing.indicators) })}
          </Typography.Text>
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title={t('overviewTargetsByStatus')}>
          <Space wrap style={{ marginBottom: 8 }} data-testid="status-counts">
            {targetStatusOrder.map((status) => (
              <span key={status}>
                <TargetStatusTag status={status} /> {formatNumber(overview.counts[status])}
              </span>
            ))}
          </Space>
          <BarChart data={statusData} seriesName={t('overviewTargets')} testId="chart-targets-by-status" />
        </Card>
      </Col>
      <Col xs={24} lg={14}>
        <Card title={t('overviewAttention')} data-testid="attention">
          {overview.attention.length === 0 ? (
            <Empty description={t('overviewAttentionNone')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
          ) : (
            <List
              dataSource={overview.attention}
              renderItem={(item) => (
                <List.Item key={item.target.id}>
                  <List.Item.Meta
                    title={
                      <Space wrap size={4}>
                        <TargetStatusTag status={item.status} />
                        <Link to={`/ke-hoach/${item.planId}`}>{item.target.text}</Link>
                      </Space>
                    }
                    description={
                      <>
                        <Typography.Text type="secondary">
                          {[item.planNumber, item.planTitle].filter(Boolean).join(' — ')}
                        </Typography.Text>
                        <br />
                        {language === 'en' && item.target.explanationEn
                          ? item.target.explanationEn
                          : item.target.explanation}
                      </>
                    }
                  />
                </List.Item>
              )}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <Card title={t('overviewMissing', { year: missing.period })} data-testid="missing-units">
          {missing.units.length === 0 ? (
            <Empty description={t('overviewMissingNone')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
          ) : (
            <List
              size="small"
              dataSource={missing.units}
              footer={
                missing.unitsMissing > missing.units.length
                  ? t('overviewMissingMore', { count: formatNumber(missing.unitsMissing - missing.units.length) })
                  : null
              }
              renderItem={(unit) => (
                <List.Item key={unit.unitId}>
                  <Link to={`/don-vi-hanh-chinh/${unit.unitId}`}>{unit.name}</Link>
                  <Typography.Text type="secondary">
                    {t('overviewMissingCount', { count: formatNumber(unit.missing) })}
                  </Typography.Text>
                </List.Item>
              )}
            />
          )}
        </Card>
      </Col>
    </Row>
  );
}
