// "Báo cáo của tôi" (/bao-cao-cua-toi): the periodic reports the user's agency owes across plans
// (each duty's current and previous period), with state and timeliness; a report not started
// yet is opened (a draft on the server) and shown on its page.
import { Button, Card, Table, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { unitReportsApi } from '../../api/endpoints.ts';
import type { OwedReport } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorView, LoadingView } from '../../components/status-views.tsx';
import { useReportError } from '../../components/use-report-error.ts';
import { formatDate } from '../../format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { labelPeriodId } from '../live/live-format.ts';
import { ReportStateTag, TimelinessTag } from './report-tags.tsx';

export default function MyReportsPage() {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const reportError = useReportError();
  const mine = useApi((signal) => unitReportsApi.mine(signal), []);
  const [opening, setOpening] = useState<string | null>(null);
  if (mine.error) return <ErrorView error={mine.error} />;
  if (!mine.data) return <LoadingView />;

  const open = async (item: OwedReport) => {
    if (item.reportId) {
      navigate(`/bao-cao/${item.reportId}`);
      return;
    }
    setOpening(`${item.duty.id}|${item.period}`);
    try {
      const { report } = await unitReportsApi.open(item.plan.id, item.duty.id, item.period);
      navigate(`/bao-cao/${report.id}`);
    } catch (error) {
      reportError(error);
    } finally {
      setOpening(null);
    }
  };

  return (
    <div data-testid="my-reports-page">
      <Typography.Title level={3}>{t('myReportsTitle')}</Typography.Title>
      <Card>
        <Table<OwedReport>
          size="small"
          rowKey={(item) => `${item.duty.id}|${item.period}`}
          dataSource={mine.data.items}
          pagination={false}
          locale={{ emptyText: t('myReportsEmpty') }}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              title: t('myReportsPlan'),
              key: 'plan',
              render: (_, item) => (
                // Wrapped, so on a phone the period, state and button stay in view beside it.
                <div style={{ maxWidth: 200, minWidth: 140, whiteSpace: 'normal' }}>
                  {[item.plan.number, item.plan.title].filter(Boolean).join(' — ')}
                  <br />
                  <Typography.Text type="secondary" ellipsis={{ tooltip: item.duty.text }} style={{ maxWidth: 200 }}>
                    {item.duty.text}
                  </Typography.Text>
                </div>
              ),
            },
            { title: t('myReportsPeriod'), key: 'period', render: (_, item) => labelPeriodId(item.period, language) },
            { title: t('reportDue'), key: 'due', render: (_, item) => formatDate(item.dueDate) },
            {
              title: t('reportsState'),
              key: 'state',
              render: (_, item) => <ReportStateTag state={item.state} testId={`my-report-state-${item.period}`} />,
            },
            {
              title: t('reportsTimeliness'),
              key: 'timeliness',
              render: (_, item) => <TimelinessTag timeliness={item.timeliness} />,
            },
            {
              title: '',
              key: 'open',
              render: (_, item) => (
                <Button
                  size="small"
                  data-testid={`my-report-open-${item.period}`}
                  loading={opening === `${item.duty.id}|${item.period}`}
                  onClick={() => void open(item)}
                >
                  {item.reportId ? t('reportsView') : t('myReportsOpen')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
