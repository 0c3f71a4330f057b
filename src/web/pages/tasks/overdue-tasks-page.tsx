// The overdue list for the people's committee office (/nhiem-vu-qua-han): agencies and
// communes ranked by overdue tasks in a period, with both rates officials publish — overdue
// over every task due by the end of the period, and overdue over the tasks due in it.
import { Input, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { tasksApi } from '../../api/endpoints.ts';
import type { OverdueRow } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorView, LoadingView } from '../../components/status-views.tsx';
import { formatDate } from '../../format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

const formatRate = (rate: number | null, language: string) =>
  rate === null
    ? '—'
    : `${(rate * 100).toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 })}%`;

export default function OverdueTasksPage() {
  const { t, language } = useI18n();
  const [period, setPeriod] = useState(String(new Date().getFullYear()));
  const [asked, setAsked] = useState(period);
  const state = useApi((signal) => tasksApi.overdue(asked, signal), [asked]);
  const rows = state.data?.rows ?? [];
  const total = state.data?.total;

  return (
    <div data-testid="overdue-tasks-page">
      <Typography.Title level={2}>{t('overdueTitle')}</Typography.Title>
      <Space style={{ marginBottom: 16 }}>
        <span>{t('overduePeriod')}</span>
        <Input.Search
          value={period}
          onChange={(event) => setPeriod(event.target.value)}
          onSearch={(value) => setAsked(value.trim())}
          placeholder="2026, 2026H1, 2026Q1, 2026-03"
          style={{ width: 260 }}
          data-testid="overdue-period"
        />
      </Space>
      {state.error ? <ErrorView error={state.error} onRetry={state.reload} /> : null}
      {!state.data && !state.error ? <LoadingView /> : null}
      {state.data ? (
        <>
          <Typography.Paragraph type="secondary">
            {state.data.periodLabel} — {t('overdueIntro', { cutOff: formatDate(state.data.cutOff) })}
          </Typography.Paragraph>
          <Table<OverdueRow>
            data-testid="overdue-table"
            rowKey="holder"
            loading={state.loading}
            dataSource={rows}
            pagination={{ pageSize: 50, showSizeChanger: false }}
            locale={{ emptyText: t('overdueEmpty') }}
            scroll={{ x: 900 }}
            columns={[
              { title: '#', key: 'rank', width: 50, render: (_, __, index) => index + 1 },
              {
                title: t('overdueColAgency'),
                key: 'name',
                render: (_, row) => (
                  <Space direction="vertical" size={0}>
                    <span>{row.name}</span>
                    {row.unitName && row.unitName !== row.name ? (
                      <Typography.Text type="secondary">{row.unitName}</Typography.Text>
                    ) : null}
                  </Space>
                ),
              },
              { title: t('overdueColDueByEnd'), dataIndex: 'dueByEnd', align: 'right' },
              { title: t('overdueColOverdue'), dataIndex: 'overdue', align: 'right' },
              {
                title: t('overdueColRateAll'),
                key: 'rateOverAll',
                align: 'right',
                render: (_, row) => formatRate(row.rateOverAll, language),
              },
              { title: t('overdueColDueInPeriod'), dataIndex: 'dueInPeriod', align: 'right' },
              { title: t('overdueColOverdueInPeriod'), dataIndex: 'overdueInPeriod', align: 'right' },
              {
                title: t('overdueColRateInPeriod'),
                key: 'rateInPeriod',
                align: 'right',
                render: (_, row) => formatRate(row.rateInPeriod, language),
              },
            ]}
            summary={() =>
              total ? (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0} colSpan={2}>
                    <strong>{t('overdueTotal')}</strong>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={2} align="right">
                    {total.dueByEnd}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={3} align="right">
                    {total.overdue}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={4} align="right">
                    {formatRate(total.rateOverAll, language)}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={5} align="right">
                    {total.dueInPeriod}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={6} align="right">
                    {total.overdueInPeriod}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={7} align="right">
                    {formatRate(total.rateInPeriod, language)}
                  </Table.Summary.Cell>
                </Table.Summary.Row>
              ) : null
            }
          />
        </>
      ) : null}
    </div>
  );
}
