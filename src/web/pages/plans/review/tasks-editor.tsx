import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Empty, Segmented, Space, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import type { AgencyMention, AgencySummary, ExtractedTask, PlanExtraction } from '../../../api/types.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { formatCount, lowConfidence } from '../plan-format.ts';
import {
  addTask,
  deleteTask,
  mergeTaskWithNext,
  readMentions,
  setTaskMentions,
  splitTask,
  updateTask,
  type AgencyRole,
} from './draft-edits.ts';
import { isCollectiveMention } from './review-shared.tsx';
import { TaskItem } from './task-item.tsx';
import type { EditExtraction, SelectItem } from './review-types.ts';

type TaskFilter = 'all' | 'check' | 'unmatched';

function isUnmatched(task: ExtractedTask): boolean {
  return [...readMentions(task, 'lead'), ...readMentions(task, 'support')].some(
    (mention) => !mention.agencyId && !isCollectiveMention(mention),
  );
}

interface TasksEditorProps {
  tasks: ExtractedTask[];
  selectedId: string | null;
  agencies: AgencySummary[];
  edit: EditExtraction;
  select: SelectItem;
  onAddAgency(writtenName: string): void;
}

export function TasksEditor({ tasks, selectedId, agencies, edit, select, onAddAgency }: TasksEditorProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [filter, setFilter] = useState<TaskFilter>('all');

  const onSelect = useCallback((id: string, line: number) => select({ section: 'tasks', id, line }), [select]);
  const onChange = useCallback(
    (id: string, patch: Partial<ExtractedTask>) => edit((current) => updateTask(current, id, patch)),
    [edit],
  );
  const onMentions = useCallback(
    (id: string, role: AgencyRole, mentions: AgencyMention[]) =>
      edit((current) => setTaskMentions(current, id, role, mentions)),
    [edit],
  );
  const onDelete = useCallback((id: string) => edit((current) => deleteTask(current, id)), [edit]);
  const onMergeNext = useCallback((id: string) => edit((current) => mergeTaskWithNext(current, id) ?? current), [edit]);
  const onSplit = useCallback(
    (id: string, cursor: number | null) => {
      let newId: string | null = null;
      edit((current: PlanExtraction) => {
        const result = splitTask(current, id, cursor);
        newId = result?.id ?? null;
        return result?.extraction ?? current;
      });
      if (!newId) void message.info(t('planSplitImpossible'));
    },
    [edit, message, t],
  );
  const onAddAfter = useCallback(
    (id: string | null) => {
      let created: { id: string; line: number } | null = null;
      edit((current) => {
        const result = addTask(current, id);
        const task = result.extraction.tasks.find((item) => item.id === result.id)!;
        created = { id: result.id, line: task.line };
        return result.extraction;
      });
      if (created) select({ section: 'tasks', ...(created as { id: string; line: number }) });
    },
    [edit, select],
  );

  const visible = useMemo(() => {
    if (filter === 'check') return tasks.filter((task) => task.confidence < lowConfidence);
    if (filter === 'unmatched') return tasks.filter(isUnmatched);
    return tasks;
  }, [tasks, filter]);

  const checkCount = tasks.filter((task) => task.confidence < lowConfidence).length;
  const unmatchedCount = tasks.filter(isUnmatched).length;

  return (
    <div data-testid="draft-tasks">
      <Space wrap style={{ marginBottom: 12, justifyContent: 'space-between', width: '100%' }}>
        <Typography.Text strong data-testid="draft-task-count">
          {formatCount(t, tasks.length, 'planTaskCount', 'planTaskCountNone')}
        </Typography.Text>
        <Segmented<TaskFilter>
          size="small"
          value={filter}
          onChange={setFilter}
          // An empty filter is greyed out and shows no "(0)"; wide labels scroll on a phone.
          style={{ maxWidth: '100%', overflowX: 'auto' }}
          options={[
            { value: 'all', label: t('planFilterAll') },
            {
              value: 'check',
              label: formatCount(t, checkCount, 'planFilterNeedsCheck', 'planFilterNeedsCheckNone'),
              disabled: checkCount === 0 && filter !== 'check',
            },
            {
              value: 'unmatched',
              label: formatCount(t, unmatchedCount, 'planFilterUnmatched', 'planFilterUnmatchedNone'),
              disabled: unmatchedCount === 0 && filter !== 'unmatched',
            },
          ]}
        />
        <Button icon={<PlusOutlined />} onClick={() => onAddAfter(null)} data-testid="task-add">
          {t('planTaskAdd')}
        </Button>
      </Space>
      {visible.length === 0 ? <Empty description={t('planNoTasks')} /> : null}
      {visible.map((task) => {
        const index = tasks.indexOf(task);
        return (
          <TaskItem
            key={task.id}
            task={task}
            index={index}
            selected={task.id === selectedId}
            hasNext={index < tasks.length - 1}
            agencies={agencies}
            onSelect={onSelect}
            onChange={onChange}
            onMentions={onMentions}
            onSplit={onSplit}
            onMergeNext={onMergeNext}
            onDelete={onDelete}
            onAddAfter={onAddAfter}
            onAddAgency={onAddAgency}
          />
        );
      })}
    </div>
  );
}
