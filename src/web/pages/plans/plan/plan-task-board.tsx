// The plan page's task board (GET /api/plans/{id}/tasks): each task with who it falls to —
// fanned out to communes and departments on today's map, or unassigned with the reason — and
// each holder's current deadline, status chip, due-soon badge and progress. Leads report from
// here too (can.report from the server).
import { Progress, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { tasksApi } from '../../../api/endpoints.ts';
import type { BoardTask, TaskAssignment } from '../../../api/types.ts';
import { useApi } from '../../../api/use-api.ts';
import { ErrorView, LoadingView } from '../../../components/status-views.tsx';
import {
  TaskStatusTag,
  taskStatusColors,
  taskStatusOrder,
  useTaskStatusLabel,
} from '../../../components/task-status-tag.tsx';
import { formatDate } from '../../../format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { TaskReportModal } from '../../tasks/task-report-modal.tsx';

function HolderRow({ assignment, onReport }: { assignment: TaskAssignment; onReport?: () => void }) {
  const { t } = useI18n();
  const current = assignment.current;
  return (
    <Space wrap size={8} data-testid="task-board-holder" style={{ width: '100%' }}>
      <Tag color={assignment.role === 'lead' ? 'geekblue' : 'default'}>
        {assignment.role === 'lead' ? t('taskRoleLead') : t('taskRoleSupport')}
      </Tag>
      <span>{assignment.holderName}</span>
      {assignment.derivation === 'unassigned' ? (
        <Typography.Text type="warning">
          {t('taskUnassigned')}: {assignment.reason}
        </Typography.Text>
      ) : current ? (
        <>
          <Typography.Text type="secondary">
            {current.label} ({formatDate(current.dueDate)})
          </Typography.Text>
          <TaskStatusTag status={current.status} dueSoon={current.dueSoon} daysLeft={current.daysLeft} />
          <Progress percent={current.percent} size="small" style={{ width: 120, margin: 0 }} />
          {onReport ? <Typography.Link onClick={onReport}>{t('taskReport')}</Typography.Link> : null}
        </>
      ) : (
        <Typography.Text type="secondary">{t('taskNoDeadline')}</Typography.Text>
      )}
    </Space>
  );
}

export function PlanTaskBoard({ planId }: { planId: string }) {
  const { t } = useI18n();
  const label = useTaskStatusLabel();
  const state = useApi((signal) => tasksApi.board(planId, signal), [planId]);
  const [reporting, setReporting] = useState<{ taskId: string; assignment: TaskAssignment } | null>(null);
  if (state.error) return <ErrorView error={state.error} onRetry={state.reload} />;
  if (!state.data) return <LoadingView />;
  const board = state.data;
  return (
    <div data-testid="plan-task-board">
      <Space wrap style={{ marginBottom: 12 }}>
        {taskStatusOrder.map((status) => (
          <Tag key={status} color={taskStatusColors[status]}>
            {label(status)}: {board.counts[status]}
          </Tag>
        ))}
      </Space>
      <Table<BoardTask>
        rowKey={(entry) => entry.task.id}
        dataSource={board.tasks}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        locale={{ emptyText: t('taskBoardEmpty') }}
        columns={[
          { title: '#', key: 'n', width: 50, render: (_, __, index) => index + 1 },
          {
            title: t('taskColTask'),
            key: 'task',
            render: (_, entry) => (
              <Space direction="vertical" size={0}>
                <span>
                  {entry.task.parentId ? <Tag>{t('taskBoardSubtask')}</Tag> : null}
                  {entry.task.text}
                </span>
                {entry.task.dueText ? (
                  <Typography.Text type="secondary">
                    {t('taskDueAsWritten', { text: entry.task.dueText })}
                  </Typography.Text>
                ) : null}
                {entry.comments.length > 0 ? (
                  <Typography.Text type="secondary">
                    {t('taskBoardComments', { count: entry.comments.length })}
                  </Typography.Text>
                ) : null}
              </Space>
            ),
          },
          {
            title: t('taskColHolder'),
            key: 'holders',
            width: '55%',
            render: (_, entry) => (
              <Space direction="vertical" size={4} style={{ width: '100%' }}>
                {entry.assignments.map((assignment) => (
                  <HolderRow
                    key={assignment.id}
                    assignment={assignment}
                    onReport={
                      entry.can.report && assignment.role === 'lead' && assignment.current
                        ? () => setReporting({ taskId: entry.task.id, assignment })
                        : undefined
                    }
                  />
                ))}
              </Space>
            ),
          },
        ]}
      />
      {reporting ? (
        <TaskReportModal
          taskId={reporting.taskId}
          assignment={reporting.assignment}
          onClose={() => setReporting(null)}
          onSaved={() => {
            setReporting(null);
            state.reload();
          }}
        />
      ) : null}
    </div>
  );
}
