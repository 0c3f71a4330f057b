import { PlusOutlined } from '@ant-design/icons';
import { Button, Input, InputNumber, Select, Space, Tag, Typography } from 'antd';
import { memo, useRef } from 'react';
import type { ExtractedTarget, TargetOp, TargetUnit } from '../../../api/types.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { formatTargetFigure, labelOp, labelUnit, lowConfidence, targetOps, targetUnits } from '../plan-format.ts';
import { IndicatorPicker } from './indicator-picker.tsx';
import { ConfidenceTag, FieldLabel, ItemActions, ItemFrame } from './review-shared.tsx';
import { readCursor, type TextAreaRef } from './text-cursor.ts';

export interface TargetItemProps {
  draftId: string;
  target: ExtractedTarget;
  depth: number;
  selected: boolean;
  hasNext: boolean;
  parentOptions: Array<{ value: string; label: string }>;
  onSelect(id: string, line: number): void;
  onChange(id: string, patch: Partial<ExtractedTarget>): void;
  onSplit(id: string, cursor: number | null): void;
  onMergeNext(id: string): void;
  onDelete(id: string): void;
  onAddAfter(id: string): void;
  onAddChild(id: string): void;
}

const noParent = '';

/** Operators that compare with a figure: without one the server refuses the draft. */
const opsWithValue: ReadonlySet<TargetOp> = new Set(['gte', 'gt', 'lte', 'lt', 'eq', 'range', 'approx']);

export const TargetItem = memo(function TargetItem(props: TargetItemProps) {
  const { target, depth, selected, hasNext } = props;
  const { t } = useI18n();
  const textArea = useRef<TextAreaRef>(null);
  const change = (patch: Partial<ExtractedTarget>) => props.onChange(target.id, patch);

  const summary = (
    <div>
      <Space size={6} wrap style={{ marginBottom: 4 }}>
        {depth > 0 ? <Tag color="magenta">{t('planOfWhich')}</Tag> : null}
        <Tag color="red" data-testid="target-figure">
          {formatTargetFigure(t, target)}
        </Tag>
        {target.year ? <Tag>{t('planByYear', { year: target.year })}</Tag> : null}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('planLineN', { line: target.line })}
        </Typography.Text>
        <ConfidenceTag confidence={target.confidence} />
      </Space>
      <Typography.Paragraph style={{ marginBottom: 0 }} ellipsis={selected ? false : { rows: 2 }}>
        {target.text || <Typography.Text type="secondary">{t('planEmptyText')}</Typography.Text>}
      </Typography.Paragraph>
    </div>
  );

  const editor = (
    <div data-testid="target-editor">
      <FieldLabel>{t('planTargetText')}</FieldLabel>
      <Input.TextArea
        value={target.text}
        autoSize={{ minRows: 2, maxRows: 8 }}
        onChange={(event) => change({ text: event.target.value })}
        ref={textArea}
        data-testid="target-text-input"
      />
      <FieldLabel>{t('planTargetSubject')}</FieldLabel>
      <Input
        value={target.subject}
        onChange={(event) => change({ subject: event.target.value })}
        data-testid="target-subject"
      />
      <Space wrap size={8} align="end">
        <div>
          <FieldLabel>{t('planTargetOp')}</FieldLabel>
          <Select<TargetOp>
            value={target.op}
            onChange={(op) => change({ op, value2: op === 'range' ? target.value2 : null })}
            style={{ width: 170 }}
            options={targetOps.map((value) => ({ value, label: labelOp(t, value) }))}
            data-testid="target-op"
          />
        </div>
        <div>
          <FieldLabel>{t('planTargetValue')}</FieldLabel>
          <InputNumber<number>
            value={target.value}
            onChange={(value) => change({ value: value ?? null })}
            decimalSeparator=","
            status={target.value === null && opsWithValue.has(target.op) ? 'error' : undefined}
            style={{ width: 110 }}
            data-testid="target-value"
          />
        </div>
        {target.op === 'range' ? (
          <div>
            <FieldLabel>{t('planTargetValue2')}</FieldLabel>
            <InputNumber<number>
              value={target.value2}
              onChange={(value) => change({ value2: value ?? null })}
              decimalSeparator=","
              status={target.value2 === null ? 'error' : undefined}
              style={{ width: 110 }}
            />
          </div>
        ) : null}
        <div>
          <FieldLabel>{t('planTargetUnit')}</FieldLabel>
          <Select<TargetUnit | ''>
            value={target.unit ?? ''}
            onChange={(unit) => change({ unit: unit === '' ? null : unit })}
            style={{ width: 150 }}
            options={[
              { value: '', label: t('none') },
              ...targetUnits.map((value) => ({ value, label: labelUnit(t, value) })),
            ]}
          />
        </div>
        {target.unit === 'count' || target.unit === 'per10k' ? (
          <div>
            <FieldLabel>{t('planTargetUnitNoun')}</FieldLabel>
            <Input
              value={target.unitNoun ?? ''}
              onChange={(event) => change({ unitNoun: event.target.value || null })}
              style={{ width: 140 }}
            />
          </div>
        ) : null}
        <div>
          <FieldLabel>{t('planTargetYear')}</FieldLabel>
          <InputNumber<number>
            value={target.year}
            onChange={(year) => change({ year: year ?? null })}
            min={1945}
            max={2100}
            style={{ width: 100 }}
          />
        </div>
      </Space>
      <FieldLabel>{t('reviewIndicator')}</FieldLabel>
      <IndicatorPicker
        draftId={props.draftId}
        targetId={target.id}
        value={target.indicatorId ?? null}
        onChange={(indicatorId) => change({ indicatorId })}
      />
      <FieldLabel>{t('planTargetParent')}</FieldLabel>
      <Select<string>
        value={target.parent ?? noParent}
        onChange={(parent) => change({ parent: parent === noParent ? null : parent })}
        style={{ width: '100%' }}
        options={[{ value: noParent, label: t('planTargetNoParent') }, ...props.parentOptions]}
        data-testid="target-parent"
      />
      <ItemActions
        extra={
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => props.onAddChild(target.id)}
            data-testid="target-add-child"
          >
            {t('planTargetAddChild')}
          </Button>
        }
        onAddAfter={() => props.onAddAfter(target.id)}
        onSplit={() => props.onSplit(target.id, readCursor(textArea.current))}
        onMergeNext={hasNext ? () => props.onMergeNext(target.id) : null}
        onDelete={() => props.onDelete(target.id)}
      />
    </div>
  );

  return (
    <ItemFrame
      testId="draft-target"
      itemId={target.id}
      depth={depth}
      selected={selected}
      lowConfidence={target.confidence < lowConfidence}
      onSelect={() => props.onSelect(target.id, target.line)}
      summary={summary}
      editor={editor}
    />
  );
});
