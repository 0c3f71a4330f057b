// "Báo cáo định kỳ" on the plan page: for each reporting duty, its period (the current one, or
// the year chosen), the due date, the completeness sentence ("8/11 đơn vị đã gửi, 2 đúng hạn")
// and every reporting unit with its report's state and timeliness; a report opens on its page,
// where the consolidating agency returns or accepts it. The server decides who sees what.
import { Alert, Select, Space, Table, Tag, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router-dom';
import { unitReportsApi } from '../../../api/endpoints.ts';
import type { PlanDetail, PlanReportDuty } from '../../../api/types.ts';
import { useApi } from '../../../api/use-api.ts';
import { ErrorView, LoadingView } from '../../../components/status-views.tsx';
import { formatDate } from '../../../format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { labelPeriodId } from '../../live/live-format.ts';
import { ReportStateTag, TimelinessTag } from '../../reports/report-tags.tsx';
import { PlanDutyEditor } from './plan-duty-editor.tsx';

type Unit = PlanReportDuty['units'][number];

function DutyReports({ entry, edit }: { entry: PlanReportDuty; edit: ReactNode }) {
  const { t, language } = useI18n();
  const { duty } = entry;
  return (
    <div data-testid="plan-report-duty" style={{ marginBottom: 16 }}>
      <Typography.Paragraph style={{ marginBottom: 4 }}>{duty.text}</Typography.Paragraph>
      <Space wrap size={6} style={{ marginBottom: 8 }}>
        {entry.periodLabel && entry.dueDate ? (
          <Tag color="cyan">
            {t('reportsPeriodDue', {
              period: entry.period ? labelPeriodId(entry.period, language) : entry.periodLabel,
              due: formatDate(entry.dueDate),
            })}
          </Tag>
        ) : (
          <Tag>{t('reportsAdhoc')}</Tag>
        )}
        <Typography.Text type="secondary">
          {duty.consolidatingAgency
            ? t('reportsConsolidator', { name: duty.consolidatingAgency.name })
            : t('reportsConsolidatorPlanners')}
        </Typography.Text>
        {edit}
      </Space>
      {entry.completeness ? (
        <Typography.Paragraph strong data-testid="plan-report-completeness">
          {language === 'vi' ? entry.completeness.sentence : entry.completeness.sentenceEn}
        </Typography.Paragraph>
      ) : null}
      {entry.period ? (
        <Table<Unit>
          size="small"
          rowKey={(unit) => unit.agency.id}
          pagination={false}
          dataSource={entry.units}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('reportsUnit'), key: 'agency', render: (_, unit) => unit.agency.name },
            {
              title: t('reportsState'),
              key: 'state',
              render: (_, unit) => <ReportStateTag state={unit.state} testId={`report-state-${unit.agency.id}`} />,
            },
            {
              title: t('reportsTimeliness'),
              key: 'timeliness',
              render: (_, unit) => <TimelinessTag timeliness={unit.timeliness} />,
            },
            {
              title: '',
              key: 'open',
              render: (_, unit) =>
                unit.reportId ? (
                  <Link to={`/bao-cao/${unit.reportId}`} data-testid={`open-report-${unit.agency.id}`}>
                    {t('reportsView')}
                  </Link>
                ) : null,
            },
          ]}
        />
      ) : null}
    </div>
  );
}

export function PlanUnitReports({ plan }: { plan: PlanDetail }) {
  const { t } = useI18n();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState<string | undefined>(undefined);
  const reports = useApi((signal) => unitReportsApi.listForPlan(plan.id, year, signal), [plan.id, year]);
  if (reports.loading && !reports.data) return <LoadingView />;
  if (reports.error) return <ErrorView error={reports.error} />;
  const duties = reports.data?.duties ?? [];
  if (duties.length === 0) return <Alert type="info" title={t('reportsNoDuties')} />;
  return (
    <div data-testid="plan-unit-reports">
      <Space style={{ marginBottom: 12 }}>
        <Typography.Text>{t('reportsYear')}</Typography.Text>
        <Select
          style={{ width: 120 }}
          value={year ?? ''}
          onChange={(value) => setYear(value === '' ? undefined : value)}
          options={[
            { value: '', label: String(thisYear) },
            ...[1, 2, 3].map((back) => ({ value: String(thisYear - back), label: String(thisYear - back) })),
          ]}
        />
      </Space>
      {duties.map((entry) => (
        <DutyReports
          key={entry.duty.id}
          entry={entry}
          edit={
            reports.data?.canEditDuties ? (
              <PlanDutyEditor planId={plan.id} duty={entry.duty} onSaved={reports.reload} />
            ) : null
          }
        />
      ))}
    </div>
  );
}
