// A task occurrence's status on the Government task-tracking grid, with the grid's colours
// (overdue red, in progress blue, done late orange, done on time green), and the due-soon
// badge (7, 3, 1 days) beside work in progress.
import { Space, Tag } from 'antd';
import type { TaskStatus } from '../api/types.ts';
import type { MessageKey } from '../i18n/vi.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

export const taskStatusColors: Record<TaskStatus, string> = {
  overdue: 'red',
  in_progress: 'blue',
  done_late: 'orange',
  done_on_time: 'green',
};

export const taskStatusOrder: readonly TaskStatus[] = ['overdue', 'in_progress', 'done_late', 'done_on_time'];

const labelKeys: Record<TaskStatus, MessageKey> = {
  overdue: 'taskStatusOverdue',
  in_progress: 'taskStatusInProgress',
  done_late: 'taskStatusDoneLate',
  done_on_time: 'taskStatusDoneOnTime',
};

export function useTaskStatusLabel(): (status: TaskStatus) => string {
  const { t } = useI18n();
  return (status) => t(labelKeys[status]);
}

export function TaskStatusTag({
  status,
  dueSoon,
  daysLeft,
}: {
  status: TaskStatus;
  dueSoon?: number | null;
  daysLeft?: number;
}) {
  const { t } = useI18n();
  const label = useTaskStatusLabel();
  return (
    <Space size={4} wrap>
      <Tag color={taskStatusColors[status]} data-testid={`task-status-${status}`} data-status={status}>
        {label(status)}
      </Tag>
      {dueSoon ? (
        <Tag color={dueSoon === 1 ? 'volcano' : 'gold'} data-testid="task-due-soon">
          {daysLeft === 0 ? t('taskDueToday') : t('taskDueSoon', { days: String(daysLeft ?? dueSoon) })}
        </Tag>
      ) : null}
    </Space>
  );
}
