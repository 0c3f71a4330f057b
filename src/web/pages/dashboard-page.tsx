import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useMemo } from 'react';
import { dashboardApi } from '../api/endpoints.ts';
import { agencyTypes } from '../api/types.ts';
import { useApi } from '../api/use-api.ts';
import { useAuth } from '../auth/auth-context.tsx';
import { BarChart, type BarDatum } from '../charts/bar-chart.tsx';
import { ErrorView, LoadingView } from '../components/status-views.tsx';
import { formatDate, formatNumber, labelAgencyType, labelLevel, todayIso } from '../format.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { PlanOverview } from './dashboard/plan-overview.tsx';

const showNumber = (value: number | string) => formatNumber(Number(value));

/**
 * Every figure comes from GET /api/dashboard/overview (plans and targets) and
 * GET /api/dashboard/summary (units, agencies), counted within the user's scope.
 */
export default function DashboardPage() {
  const { t } = useI18n();
  const { user } = useAuth();
  const today = todayIso();
  const state = useApi((signal) => dashboardApi.summary(today, signal), [today]);
  const summary = state.data;
  const overviewState = useApi((signal) => dashboardApi.overview(today, signal), [today]);

  const charts = useMemo(() => {
    if (!summary) return null;
    const byType = new Map(summary.agencies.byType.map((entry) => [entry.type, entry.count]));
    const typeData: BarDatum[] = [
      ...agencyTypes,
      ...[...byType.keys()].filter((type) => !agencyTypes.includes(type as never)),
    ]
      .filter((type) => byType.has(type))
      .map((type) => ({ label: labelAgencyType(t, type), value: byType.get(type) ?? 0 }));
    const levelData: BarDatum[] = summary.unitsByLevel.map((entry) => ({
      label: labelLevel(t, entry.level),
      value: entry.count,
    }));
    const units = summary.unitsByLevel.reduce((sum, entry) => sum + entry.count, 0);
    const communes = summary.unitsByLevel.find((entry) => entry.level === 'commune')?.count ?? 0;
    return { typeData, levelData, units, communes };
  }, [summary, t]);

  if (state.loading && !summary) return <LoadingView />;
  if (state.error || !summary || !charts) return <ErrorView error={state.error} onRetry={state.reload} />;

  const scopeName = summary.scopeUnit?.name ?? t('dashboardScopeEverywhere');

  return (
    <div data-testid="dashboard">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('dashboardWelcome', { name: user?.displayName ?? '' })}
      </Typography.Title>
      <Typography.Paragraph type="secondary" data-testid="dashboard-scope">
        {t('dashboardScope', { unit: scopeName })} · {t('dashboardAsOf', { date: formatDate(summary.asOf) })}
      </Typography.Paragraph>
      {overviewState.data ? <PlanOverview overview={overviewState.data} /> : null}
      {overviewState.error ? <ErrorView error={overviewState.error} onRetry={overviewState.reload} /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} sm={12} lg={6}>
          <Card>
            <Statistic
              title={t('dashboardUnits')}
              value={charts.units}
              formatter={showNumber}
              data-testid="unit-count"
            />
          </Card>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Card>
            <Statistic
              title={t('dashboardCommunes')}
              value={charts.communes}
              formatter={showNumber}
              data-testid="commune-count"
            />
          </Card>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Card>
            <Statistic
              title={t('dashboardAgencies')}
              value={summary.agencies.current}
              formatter={showNumber}
              data-testid="agency-count"
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('dashboardAgenciesTotal', { count: formatNumber(summary.agencies.total) })}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Card>
            <Statistic
              title={t('dashboardPlans')}
              value={summary.plans}
              formatter={showNumber}
              data-testid="plan-count"
            />
            {summary.users === null ? null : (
              <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="user-count">
                {t('dashboardUsers')}: {formatNumber(summary.users)}
              </Typography.Text>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('dashboardAgenciesByType')}>
            <BarChart data={charts.typeData} seriesName={t('dashboardChartCount')} testId="chart-agencies-by-type" />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('dashboardUnitsByLevel')}>
            <BarChart data={charts.levelData} seriesName={t('dashboardChartCount')} testId="chart-units-by-level" />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
