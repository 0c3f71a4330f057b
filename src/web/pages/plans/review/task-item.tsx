import { Input, Space, Tag, Typography } from 'antd';
import { memo, useRef } from 'react';
import type { AgencyMention, AgencySummary, ExtractedTask } from '../../../api/types.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { formatDue, lowConfidence } from '../plan-format.ts';
import { AgencyMentionsEditor } from './agency-mentions-editor.tsx';
import { readMentions, type AgencyRole } from './draft-edits.ts';
import { DueEditor } from './due-editor.tsx';
import { AgencyTags, ConfidenceTag, FieldLabel, ItemActions, ItemFrame } from './review-shared.tsx';
import { readCursor, type TextAreaRef } from './text-cursor.ts';

export interface TaskItemProps {
  task: ExtractedTask;
  index: number;
  selected: boolean;
  hasNext: boolean;
  agencies: AgencySummary[];
  onSelect(id: string, line: number): void;
  onChange(id: string, patch: Partial<ExtractedTask>): void;
  onMentions(id: string, role: AgencyRole, mentions: AgencyMention[]): void;
  onSplit(id: string, cursor: number | null): void;
  onMergeNext(id: string): void;
  onDelete(id: string): void;
  onAddAfter(id: string): void;
  /** Opens "Thêm cơ quan" for a name matched to no agency. */
  onAddAgency(writtenName: string): void;
}

export const TaskItem = memo(function TaskItem(props: TaskItemProps) {
  const { task, index, selected, hasNext, agencies } = props;
  const { t } = useI18n();
  const textArea = useRef<TextAreaRef>(null);
  const lead = readMentions(task, 'lead');
  const support = readMentions(task, 'support');

  const summary = (
    <div>
      <Space size={6} wrap style={{ marginBottom: 4 }}>
        <Tag>{t('planTaskNumber', { index: index + 1 })}</Tag>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('planLineN', { line: task.line })}
        </Typography.Text>
        <ConfidenceTag confidence={task.confidence} />
      </Space>
      <Typography.Paragraph
        style={{ marginBottom: 6 }}
        ellipsis={selected ? false : { rows: 2 }}
        data-testid="task-text"
      >
        {task.text || <Typography.Text type="secondary">{t('planEmptyText')}</Typography.Text>}
      </Typography.Paragraph>
      <Space size={[12, 4]} wrap style={{ fontSize: 12 }}>
        <span>
          <Typography.Text type="secondary">{t('planLead')}: </Typography.Text>
          <AgencyTags mentions={lead} side="lead" />
        </span>
        {support.length > 0 ? (
          <span>
            <Typography.Text type="secondary">{t('planSupport')}: </Typography.Text>
            <AgencyTags mentions={support} side="support" />
          </span>
        ) : null}
        <span>
          <Typography.Text type="secondary">{t('planDue')}: </Typography.Text>
          <Tag color={task.due ? 'green' : 'default'}>{formatDue(t, task.due)}</Tag>
        </span>
        {task.deliverable ? (
          <span>
            <Typography.Text type="secondary">{t('planDeliverable')}: </Typography.Text>
            {task.deliverable}
          </span>
        ) : null}
      </Space>
    </div>
  );

  const editor = (
    <div data-testid="task-editor">
      <FieldLabel>{t('planTaskText')}</FieldLabel>
      <Input.TextArea
        value={task.text}
        autoSize={{ minRows: 2, maxRows: 10 }}
        onChange={(event) => props.onChange(task.id, { text: event.target.value })}
        ref={textArea}
        data-testid="task-text-input"
      />
      <FieldLabel>{t('planLead')}</FieldLabel>
      <AgencyMentionsEditor
        side="lead"
        mentions={lead}
        agencies={agencies}
        onAddAgency={props.onAddAgency}
        onChange={(mentions) => props.onMentions(task.id, 'lead', mentions)}
      />
      <FieldLabel>{t('planSupport')}</FieldLabel>
      <AgencyMentionsEditor
        side="support"
        mentions={support}
        agencies={agencies}
        onAddAgency={props.onAddAgency}
        onChange={(mentions) => props.onMentions(task.id, 'support', mentions)}
      />
      <FieldLabel>{t('planDue')}</FieldLabel>
      <DueEditor
        key={task.id}
        due={task.due}
        field={t('planDueField', { task: t('planTaskNumber', { index: props.index + 1 }) })}
        onChange={(due) => props.onChange(task.id, { due })}
      />
      <Space wrap size={12} style={{ width: '100%' }}>
        <div>
          <FieldLabel>{t('planDueText')}</FieldLabel>
          <Input
            value={task.dueText ?? ''}
            onChange={(event) => props.onChange(task.id, { dueText: event.target.value || null })}
            style={{ width: '100%', maxWidth: 240 }}
          />
        </div>
        <div>
          <FieldLabel>{t('planDeliverable')}</FieldLabel>
          <Input
            value={task.deliverable ?? ''}
            onChange={(event) => props.onChange(task.id, { deliverable: event.target.value || null })}
            style={{ width: '100%', maxWidth: 300 }}
            data-testid="task-deliverable"
          />
        </div>
      </Space>
      <ItemActions
        onAddAfter={() => props.onAddAfter(task.id)}
        onSplit={() => props.onSplit(task.id, readCursor(textArea.current))}
        onMergeNext={hasNext ? () => props.onMergeNext(task.id) : null}
        onDelete={() => props.onDelete(task.id)}
      />
    </div>
  );

  return (
    <ItemFrame
      testId="draft-task"
      itemId={task.id}
      selected={selected}
      lowConfidence={task.confidence < lowConfidence}
      onSelect={() => props.onSelect(task.id, task.line)}
      summary={summary}
      editor={editor}
    />
  );
});
