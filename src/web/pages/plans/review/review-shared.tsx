// Small pieces shared by the review sections: the clickable item frame, the "Cần kiểm tra"
// mark, item actions and agency tags.
import { DeleteOutlined, MergeCellsOutlined, PlusOutlined, ScissorOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { isCollectiveName, withTextKeys } from './draft-edits.ts';
import { foldDiacritics } from '../../../../domain/text/fold-diacritics.ts';
import type { AgencyMention } from '../../../api/types.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { lowConfidence } from '../plan-format.ts';

export function ConfidenceTag({ confidence }: { confidence: number }) {
  const { t } = useI18n();
  if (confidence >= lowConfidence) return null;
  return (
    <Tooltip title={t('planConfidenceHint', { percent: Math.round(confidence * 100) })}>
      <Tag color="gold" data-testid="needs-check">
        {t('planNeedsCheck')}
      </Tag>
    </Tooltip>
  );
}

interface ItemFrameProps {
  testId: string;
  itemId: string;
  selected: boolean;
  lowConfidence?: boolean;
  onSelect(): void;
  summary: ReactNode;
  editor: ReactNode;
  depth?: number;
}

/** A real button (keyboard and screen readers reach it) that looks like the card's summary. */
const summaryButtonStyle = {
  display: 'block',
  width: '100%',
  padding: '8px 12px',
  border: 'none',
  background: 'transparent',
  font: 'inherit',
  color: 'inherit',
  textAlign: 'left',
  cursor: 'pointer',
} as const;

/** One reviewable item: a summary that selects it on click, and its editor while selected. */
export function ItemFrame({
  testId,
  itemId,
  selected,
  lowConfidence: low,
  onSelect,
  summary,
  editor,
  depth = 0,
}: ItemFrameProps) {
  return (
    <div
      data-testid={testId}
      data-item-id={itemId}
      data-selected={selected ? 'true' : undefined}
      style={{
        marginLeft: depth * 24,
        marginBottom: 8,
        border: `1px solid ${selected ? '#b71c1c' : low ? '#ffe58f' : '#f0f0f0'}`,
        borderLeft: depth > 0 ? '3px solid #ffccc7' : undefined,
        borderRadius: 6,
        background: selected ? '#fffafa' : low ? '#fffdf3' : '#fff',
      }}
    >
      <button
        type="button"
        aria-expanded={selected}
        onClick={onSelect}
        style={summaryButtonStyle}
        data-testid={`${testId}-summary`}
      >
        {summary}
      </button>
      {selected ? <div style={{ padding: '4px 12px 12px', borderTop: '1px dashed #f0f0f0' }}>{editor}</div> : null}
    </div>
  );
}

interface ItemActionsProps {
  onSplit?: () => void;
  onMergeNext?: (() => void) | null;
  onDelete(): void;
  onAddAfter?: () => void;
  extra?: ReactNode;
}

export function ItemActions({ onSplit, onMergeNext, onDelete, onAddAfter, extra }: ItemActionsProps) {
  const { t } = useI18n();
  return (
    <Space wrap size={6} style={{ marginTop: 8 }}>
      {extra}
      {onAddAfter ? (
        <Button size="small" icon={<PlusOutlined />} onClick={onAddAfter} data-testid="item-add-after">
          {t('planAddAfter')}
        </Button>
      ) : null}
      {onSplit ? (
        <Tooltip title={t('planSplitHint')}>
          <Button size="small" icon={<ScissorOutlined />} onClick={onSplit} data-testid="item-split">
            {t('planSplit')}
          </Button>
        </Tooltip>
      ) : null}
      {onMergeNext !== undefined ? (
        <Button
          size="small"
          icon={<MergeCellsOutlined />}
          onClick={onMergeNext ?? undefined}
          disabled={!onMergeNext}
          data-testid="item-merge"
        >
          {t('planMergeNext')}
        </Button>
      ) : null}
      <Popconfirm title={t('planDeleteConfirm')} okText={t('planDelete')} cancelText={t('cancel')} onConfirm={onDelete}>
        <Button size="small" danger icon={<DeleteOutlined />} data-testid="item-delete">
          {t('planDelete')}
        </Button>
      </Popconfirm>
    </Space>
  );
}

/** Tags of agency names wrap their text: a registered name is wider than a phone. */
const wrappingTag = { whiteSpace: 'normal', maxWidth: '100%' } as const;

/** Resolved agencies show their registered name; names that matched nothing are flagged in orange. */
export function AgencyTags({ mentions, side }: { mentions: AgencyMention[]; side: 'lead' | 'support' }) {
  const { t } = useI18n();
  if (mentions.length === 0) return <Typography.Text type="secondary">{t('planNoAgency')}</Typography.Text>;
  return (
    <Space size={[4, 4]} wrap>
      {withTextKeys(mentions).map(({ key, item: mention }) =>
        mention.agencyId ? (
          <Tooltip key={key} title={t('planAgencyAsWritten', { text: mention.text })}>
            <Tag color={side === 'lead' ? 'blue' : 'default'} style={wrappingTag} data-testid={`${side}-agency`}>
              {mention.agencyName ?? mention.text}
            </Tag>
          </Tooltip>
        ) : isCollectiveMention(mention) ? (
          <Tooltip key={key} title={t('planAgencyCollectiveHint')}>
            <Tag color="purple" style={wrappingTag} data-testid={`${side}-agency-collective`}>
              {mention.text}
            </Tag>
          </Tooltip>
        ) : (
          <Tag key={key} color="orange" style={wrappingTag} data-testid={`${side}-agency-unmatched`}>
            {mention.text || '—'} · {t('planAgencyUnmatched')}
          </Tag>
        ),
      )}
    </Space>
  );
}

export function FieldLabel({ children }: { children: ReactNode }) {
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', marginTop: 8, marginBottom: 2 }}>
      {children}
    </Typography.Text>
  );
}

/** Diacritics-insensitive match for client-side option filters ("phong noi vu" finds "Phòng Nội vụ"). */
export function matchesFolded(input: string, label: unknown): boolean {
  return foldDiacritics(String(label ?? '')).includes(foldDiacritics(input.trim()));
}

/**
 * "Các phòng, ban, ngành huyện", "UBND các xã, thị trấn" name a set of bodies, not one:
 * not matching a single agency is expected there, so they are not flagged as unmatched.
 */
export function isCollectiveMention(mention: AgencyMention): boolean {
  return !mention.agencyId && isCollectiveName(mention.text);
}
