import { Space, Table, Tag, Tooltip, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { PlanAgencyRef, PlanTask } from '../../../api/types.ts';
import { formatDate } from '../../../format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { formatDue } from '../plan-format.ts';
import { withTextKeys } from '../review/draft-edits.ts';

// Agency names are long: let them wrap instead of squeezing the task text column.
const tagStyle = { whiteSpace: 'normal', marginInlineEnd: 0 } as const;

function AgencyList({ agencies, color }: { agencies: PlanAgencyRef[]; color: string }) {
  const { t } = useI18n();
  if (agencies.length === 0) return null;
  return (
    <Space size={[4, 4]} wrap>
      {withTextKeys(agencies).map(({ key, item: agency }) =>
        agency.agencyId ? (
          <Tooltip key={key} title={t('planAgencyAsWritten', { text: agency.text })}>
            <Link to={`/co-quan/${encodeURIComponent(agency.agencyId)}`}>
              <Tag color={color} style={tagStyle}>
                {agency.agencyName ?? agency.text}
              </Tag>
            </Link>
          </Tooltip>
        ) : (
          <Tag key={key} style={tagStyle}>
            {agency.text}
          </Tag>
        ),
      )}
    </Space>
  );
}

/** Shows the next few scheduled deadlines; recurring tasks can have one per year of the plan. */
function Deadlines({ task }: { task: PlanTask }) {
  const { t } = useI18n();
  const shown = task.deadlines.slice(0, 3);
  return (
    <Space orientation="vertical" size={0}>
      <span>{task.dueText ?? formatDue(t, task.due)}</span>
      {shown.length > 0 ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {shown.map((deadline) => formatDate(deadline.dueDate)).join(', ')}
          {task.deadlines.length > shown.length ? ` … (${task.deadlines.length})` : ''}
        </Typography.Text>
      ) : null}
    </Space>
  );
}

export function PlanTasksTable({ tasks }: { tasks: PlanTask[] }) {
  const { t } = useI18n();
  return (
    <Table<PlanTask>
      data-testid="plan-tasks"
      rowKey="id"
      size="small"
      tableLayout="fixed"
      // Below ~960 px the columns would squeeze the task text to a letter a line: scroll instead.
      scroll={{ x: 960 }}
      dataSource={tasks}
      pagination={tasks.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      locale={{ emptyText: t('planNoTasks') }}
      columns={[
        { title: '#', key: 'index', width: 48, render: (_, __, index) => index + 1 },
        { title: t('planTaskText'), dataIndex: 'text' },
        {
          title: t('planLead'),
          key: 'lead',
          width: 200,
          render: (_, task) => <AgencyList agencies={task.lead} color="blue" />,
        },
        {
          title: t('planSupport'),
          key: 'support',
          width: 180,
          render: (_, task) => <AgencyList agencies={task.support} color="default" />,
        },
        { title: t('planDeliverable'), dataIndex: 'deliverable', width: 110 },
        { title: t('planDue'), key: 'due', width: 150, render: (_, task) => <Deadlines task={task} /> },
      ]}
    />
  );
}
