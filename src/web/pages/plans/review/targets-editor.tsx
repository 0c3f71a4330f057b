import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Empty, Space, Typography } from 'antd';
import { useCallback, useMemo, type ReactNode } from 'react';
import type { ExtractedTarget } from '../../../api/types.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { formatCount } from '../plan-format.ts';
import {
  addTarget,
  buildTargetTree,
  deleteTarget,
  listParentCandidates,
  mergeTargetWithNext,
  splitTarget,
  updateTarget,
  type TargetNode,
} from './draft-edits.ts';
import type { EditExtraction, SelectItem } from './review-types.ts';
import { TargetItem } from './target-item.tsx';

interface TargetsEditorProps {
  draftId: string;
  targets: ExtractedTarget[];
  selectedId: string | null;
  edit: EditExtraction;
  select: SelectItem;
}

function shorten(text: string): string {
  return text.length > 90 ? `${text.slice(0, 88)}…` : text;
}

/** Targets as a tree: "trong đó" children sit indented under the target they are part of. */
export function TargetsEditor({ draftId, targets, selectedId, edit, select }: TargetsEditorProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const tree = useMemo(() => buildTargetTree(targets), [targets]);

  const onSelect = useCallback((id: string, line: number) => select({ section: 'targets', id, line }), [select]);
  const onChange = useCallback(
    (id: string, patch: Partial<ExtractedTarget>) => edit((current) => updateTarget(current, id, patch)),
    [edit],
  );
  const onDelete = useCallback((id: string) => edit((current) => deleteTarget(current, id)), [edit]);
  const onMergeNext = useCallback(
    (id: string) => edit((current) => mergeTargetWithNext(current, id) ?? current),
    [edit],
  );
  const onSplit = useCallback(
    (id: string, cursor: number | null) => {
      let split = false;
      edit((current) => {
        const result = splitTarget(current, id, cursor);
        split = result !== null;
        return result?.extraction ?? current;
      });
      if (!split) void message.info(t('planSplitImpossible'));
    },
    [edit, message, t],
  );
  const add = useCallback(
    (afterId: string | null, parent: string | null) => {
      let created: { id: string; line: number } | null = null;
      edit((current) => {
        const result = addTarget(current, afterId, parent);
        created = { id: result.id, line: result.extraction.targets.find((item) => item.id === result.id)!.line };
        return result.extraction;
      });
      if (created) select({ section: 'targets', ...(created as { id: string; line: number }) });
    },
    [edit, select],
  );
  const onAddAfter = useCallback(
    (id: string) => add(id, targets.find((target) => target.id === id)?.parent ?? null),
    [add, targets],
  );
  const onAddChild = useCallback((id: string) => add(id, id), [add]);

  const parentOptionsFor = (id: string) =>
    listParentCandidates(targets, id).map((target) => ({
      value: target.id,
      label: `${target.id}: ${shorten(target.text || target.subject)}`,
    }));

  const renderNode = (node: TargetNode, depth: number): ReactNode => {
    const index = targets.indexOf(node.target);
    const selected = node.target.id === selectedId;
    return (
      <div key={node.target.id}>
        <TargetItem
          draftId={draftId}
          target={node.target}
          depth={depth}
          selected={selected}
          hasNext={index < targets.length - 1}
          parentOptions={selected ? parentOptionsFor(node.target.id) : []}
          onSelect={onSelect}
          onChange={onChange}
          onSplit={onSplit}
          onMergeNext={onMergeNext}
          onDelete={onDelete}
          onAddAfter={onAddAfter}
          onAddChild={onAddChild}
        />
        {node.children.map((child) => renderNode(child, depth + 1))}
      </div>
    );
  };

  return (
    <div data-testid="draft-targets">
      <Space style={{ marginBottom: 12, justifyContent: 'space-between', width: '100%' }}>
        <Typography.Text strong data-testid="draft-target-count">
          {formatCount(t, targets.length, 'planTargetCount', 'planTargetCountNone')}
        </Typography.Text>
        <Button icon={<PlusOutlined />} onClick={() => add(null, null)} data-testid="target-add">
          {t('planTargetAdd')}
        </Button>
      </Space>
      {targets.length === 0 ? <Empty description={t('planNoTargets')} /> : null}
      {tree.map((node) => renderNode(node, 0))}
    </div>
  );
}
