import { Alert, Card, Col, Row, Statistic, Typography } from 'antd';
import { useMemo } from 'react';
import { agenciesApi, adminUnitsApi } from '../api/endpoints.ts';
import { ApiError } from '../api/http.ts';
import type { AdminUnitSummary, AgencySummary } from '../api/types.ts';
import { agencyTypes } from '../api/types.ts';
import { useApi } from '../api/use-api.ts';
import { useAuth } from '../auth/auth-context.tsx';
import { BarChart, type BarDatum } from '../charts/bar-chart.tsx';
import { ErrorView, LoadingView } from '../components/status-views.tsx';
import { formatDate, formatNumber, labelAgencyType, labelLevel, todayIso } from '../format.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

// The agencies endpoint answers at most 500 rows per request.
const agencyLimit = 500;

/** Servers may cap `limit`; fall back to their default page instead of failing the dashboard. */
async function loadAgencies(signal: AbortSignal): Promise<AgencySummary[]> {
  try {
    return (await agenciesApi.list({ limit: agencyLimit }, signal)).items;
  } catch (error) {
    if (error instanceof ApiError && error.status === 400) return (await agenciesApi.list({}, signal)).items;
    throw error;
  }
}

/** Top units count at their own level; on today's map everything below a province is a commune. */
export function countUnitsByLevel(units: readonly AdminUnitSummary[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (level: string, count: number) => counts.set(level, (counts.get(level) ?? 0) + count);
  for (const unit of units) {
    add(unit.level, 1);
    if (unit.childCount > 0) add('commune', unit.childCount);
  }
  return counts;
}

export default function DashboardPage() {
  const { t } = useI18n();
  const { user } = useAuth();
  const today = todayIso();
  const state = useApi(
    async (signal) => {
      const [units, agencies] = await Promise.all([adminUnitsApi.list({ asOf: today }, signal), loadAgencies(signal)]);
      return { units: units.items, agencies };
    },
    [today],
  );

  const figures = useMemo(() => {
    if (!state.data) return null;
    const byLevel = countUnitsByLevel(state.data.units);
    const byType = new Map<string, number>();
    for (const agency of state.data.agencies) byType.set(agency.type, (byType.get(agency.type) ?? 0) + 1);
    const typeData: BarDatum[] = agencyTypes
      .filter((type) => byType.has(type))
      .map((type) => ({ label: labelAgencyType(t, type), value: byType.get(type) ?? 0 }));
    const levelData: BarDatum[] = ['province', 'district', 'commune']
      .filter((level) => byLevel.has(level))
      .map((level) => ({ label: labelLevel(t, level), value: byLevel.get(level) ?? 0 }));
    const childTotal = state.data.units.reduce((sum, unit) => sum + unit.childCount, 0);
    return { typeData, levelData, childTotal };
  }, [state.data, t]);

  if (state.loading && !state.data) return <LoadingView />;
  if (state.error || !state.data || !figures) return <ErrorView error={state.error} onRetry={state.reload} />;

  return (
    <div data-testid="dashboard">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('dashboardWelcome', { name: user?.displayName ?? '' })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('dashboardScope', { unit: user?.adminUnit.name ?? '' })} · {t('dashboardAsOf', { date: formatDate(today) })}
      </Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8}>
          <Card>
            <Statistic
              title={t('dashboardTopUnits')}
              value={state.data.units.length}
              formatter={(value) => formatNumber(Number(value))}
            />
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card>
            <Statistic
              title={t('dashboardChildUnits')}
              value={figures.childTotal}
              formatter={(value) => formatNumber(Number(value))}
            />
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card>
            <Statistic
              title={t('dashboardAgencies')}
              value={state.data.agencies.length}
              formatter={(value) => formatNumber(Number(value))}
              data-testid="agency-count"
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('dashboardAgenciesByType')}>
            <BarChart data={figures.typeData} seriesName={t('dashboardChartCount')} testId="chart-agencies-by-type" />
            {state.data.agencies.length >= agencyLimit ? (
              <Alert type="info" title={t('dashboardAgenciesCapped', { count: formatNumber(agencyLimit) })} />
            ) : null}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('dashboardUnitsByLevel')}>
            <BarChart data={figures.levelData} seriesName={t('dashboardChartCount')} testId="chart-units-by-level" />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
