// "Việc của tôi" (/viec-cua-toi): every task that falls to the user's agency, or to their
// commune as such, across all plans — district and province plans fanned out to the commune
// included — most urgent first, with the grid's status chips and due-soon badges. The lead
// reports progress from here; supporting agencies comment. What each may do comes from the
// server (`can`), never from the role.
import { App, Button, Progress, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { tasksApi } from '../../api/endpoints.ts';
import type { MyTaskItem, TaskStatus } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorView, LoadingView } from '../../components/status-views.tsx';
import {
  TaskStatusTag,
  taskStatusColors,
  taskStatusOrder,
  useTaskStatusLabel,
} from '../../components/task-status-tag.tsx';
import { formatDate } from '../../format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { TaskCommentModal, TaskReportModal } from './task-report-modal.tsx';

const pageSize = 20;

export default function MyTasksPage() {
  const { t } = useI18n();
  App.useApp();
  const label = useTaskStatusLabel();
  const [status, setStatus] = useState<TaskStatus | 'all'>('all');
  const [page, setPage] = useState(1);
  const [reporting, setReporting] = useState<MyTaskItem | null>(null);
  const [commenting, setCommenting] = useState<MyTaskItem | null>(null);
  const state = useApi(
    (signal) =>
      tasksApi.mine(
        { ...(status === 'all' ? {} : { status }), limit: pageSize, offset: (page - 1) * pageSize },
        signal,
      ),
    [status, page],
  );
  if (state.error) return <ErrorView error={state.error} onRetry={state.reload} />;
  if (!state.data) return <LoadingView />;
  const view = state.data;
  // Tasks without a deadline have no status: "all" counts them too.
  const all = status === 'all' ? view.total : taskStatusOrder.reduce((sum, key) => sum + view.counts[key], 0);

  return (
    <div data-testid="my-tasks-page">
      <Typography.Title level={2}>{t('myTasksTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('myTasksIntro', { today: formatDate(view.today) })}
      </Typography.Paragraph>
      {/* The filter scrolls inside its own strip on a phone rather than widening the page. */}
      <div style={{ overflowX: 'auto', maxWidth: '100%', marginBottom: 16 }}>
        <Segmented<TaskStatus | 'all'>
          value={status}
          onChange={(value) => {
            setStatus(value);
            setPage(1);
          }}
          options={[
            { value: 'all', label: t('myTasksAll', { count: all }) },
            ...taskStatusOrder.map((key) => ({
              value: key,
              label: (
                <span data-testid={`my-tasks-filter-${key}`}>
                  <Tag color={taskStatusColors[key]} style={{ marginInlineEnd: 4 }}>
                    {view.counts[key]}
                  </Tag>
                  {label(key)}
                </span>
              ),
            })),
          ]}
        />
      </div>
      <Table<MyTaskItem>
        data-testid="my-tasks-table"
        rowKey={(item) => item.assignment.id}
        loading={state.loading}
        dataSource={view.items}
        locale={{ emptyText: t('myTasksEmpty') }}
        scroll={{ x: 900 }}
        pagination={{ current: page, pageSize, total: view.total, onChange: setPage, showSizeChanger: false }}
        columns={[
          {
            title: t('taskColTask'),
            key: 'task',
            render: (_, item) => (
              <Space direction="vertical" size={0}>
                <Typography.Text strong>{item.task.text}</Typography.Text>
                <Typography.Text type="secondary">
                  {item.assignment.role === 'lead' ? t('taskRoleLead') : t('taskRoleSupport')} ·{' '}
                  {item.assignment.holderName}
                </Typography.Text>
              </Space>
            ),
          },
          {
            title: t('taskColPlan'),
            key: 'plan',
            width: 200,
            render: (_, item) => (
              <Link to={`/ke-hoach/${item.task.planId}`} title={item.task.planTitle ?? undefined}>
                {item.task.planNumber ?? item.task.planTitle}
              </Link>
            ),
          },
          {
            title: t('taskColDue'),
            key: 'due',
            width: 200,
            render: (_, item) => (
              <Space direction="vertical" size={0}>
                <span>
                  {item.assignment.current
                    ? `${item.assignment.current.label} (${formatDate(item.assignment.current.dueDate)})`
                    : t('taskNoDeadline')}
                </span>
                {item.task.dueText ? (
                  <Typography.Text type="secondary">
                    {t('taskDueAsWritten', { text: item.task.dueText })}
                  </Typography.Text>
                ) : null}
              </Space>
            ),
          },
          {
            title: t('taskColStatus'),
            key: 'status',
            width: 220,
            render: (_, item) => {
              const current = item.assignment.current;
              if (!current) return null;
              const overdue = item.assignment.overdueCount;
              return (
                <Space direction="vertical" size={2}>
                  <TaskStatusTag status={current.status} dueSoon={current.dueSoon} daysLeft={current.daysLeft} />
                  {overdue > 1 ? (
                    <Typography.Text type="danger">{t('taskOpenOverdue', { count: overdue })}</Typography.Text>
                  ) : null}
                </Space>
              );
            },
          },
          {
            title: t('taskColProgress'),
            key: 'progress',
            width: 140,
            render: (_, item) => <Progress percent={item.assignment.current?.percent ?? 0} size="small" />,
          },
          {
            key: 'actions',
            width: 150,
            render: (_, item) => (
              <Space direction="vertical" size={4}>
                {item.can.report && item.assignment.current ? (
                  <Button size="small" type="primary" onClick={() => setReporting(item)} data-testid="task-report-open">
                    {t('taskReport')}
                  </Button>
                ) : null}
                {item.can.comment ? (
                  <Button size="small" onClick={() => setCommenting(item)}>
                    {t('taskComment')}
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      {reporting ? (
        <TaskReportModal
          taskId={reporting.task.id}
          assignment={reporting.assignment}
          onClose={() => setReporting(null)}
          onSaved={() => {
            setReporting(null);
            state.reload();
          }}
        />
      ) : null}
      {commenting ? (
        <TaskCommentModal
          taskId={commenting.task.id}
          onClose={() => setCommenting(null)}
          onSaved={() => setCommenting(null)}
        />
      ) : null}
    </div>
  );
}
