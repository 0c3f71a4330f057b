import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space } from 'antd';
import { useMemo, useRef } from 'react';
import type { AgencyMention, AgencySummary } from '../../../api/types.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { isCollectiveMention, matchesFolded } from './review-shared.tsx';

interface AgencyMentionsEditorProps {
  side: 'lead' | 'support';
  mentions: AgencyMention[];
  agencies: AgencySummary[];
  onChange(mentions: AgencyMention[]): void;
  /** "Thêm cơ quan" for a name the catalogue lacks. */
  onAddAgency?: (writtenName: string) => void;
}

/**
 * Keys for editable rows: made once per row and dropped with it, so typing in a row (which
 * changes its text) keeps its input mounted and focused.
 */
function useRowKeys(count: number) {
  const keys = useRef<string[]>([]);
  const next = useRef(0);
  while (keys.current.length < count) keys.current.push(`m${next.current++}`);
  if (keys.current.length > count) keys.current.length = count;
  return {
    keys: keys.current,
    remove: (position: number) => {
      keys.current.splice(position, 1);
    },
  };
}

/**
 * One row per agency named in the plan: the name as written (kept, editable) and the
 * registered agency it stands for, picked among the plan's unit's agencies or left unmatched.
 */
export function AgencyMentionsEditor({ side, mentions, agencies, onChange, onAddAgency }: AgencyMentionsEditorProps) {
  const { t } = useI18n();
  const rowKeys = useRowKeys(mentions.length);
  const rows = mentions.map((mention, index) => ({ mention, index, key: rowKeys.keys[index]! }));
  const options = useMemo(() => {
    const known = agencies.map((agency) => ({ value: agency.id, label: agency.name }));
    // An agency resolved outside the list (another level) must still show its name.
    const extra = mentions
      .filter((mention) => mention.agencyId && !agencies.some((agency) => agency.id === mention.agencyId))
      .map((mention) => ({ value: mention.agencyId!, label: mention.agencyName ?? mention.agencyId! }));
    return [...extra, ...known];
  }, [agencies, mentions]);

  const replace = (index: number, patch: Partial<AgencyMention>) =>
    onChange(mentions.map((mention, position) => (position === index ? { ...mention, ...patch } : mention)));

  const pickAgency = (index: number, agencyId: string | undefined) => {
    const mention = mentions[index]!;
    if (!agencyId) {
      replace(index, { agencyId: null, agencyName: null, confidence: 0 });
      return;
    }
    const name = options.find((option) => option.value === agencyId)?.label ?? agencyId;
    // A row added by hand takes the agency's name as its text; a name from the plan keeps its wording.
    replace(index, { agencyId, agencyName: name, confidence: 1, text: mention.text.trim() ? mention.text : name });
  };

  return (
    <div data-testid={`${side}-mentions`}>
      {rows.map(({ mention, index, key }) => (
        <Space.Compact key={key} style={{ width: '100%', marginBottom: 4 }} data-testid={`${side}-mention`}>
          <Input
            value={mention.text}
            onChange={(event) => replace(index, { text: event.target.value })}
            placeholder={t('planAgencyTextPlaceholder')}
            aria-label={t('planAgencyText')}
            style={{ flex: 4, minWidth: 0 }}
            data-testid={`${side}-mention-text`}
          />
          <Select<string>
            showSearch={{ filterOption: (input, option) => matchesFolded(input, option?.label) }}
            allowClear
            value={mention.agencyId ?? undefined}
            onChange={(value) => pickAgency(index, value)}
            options={options}
            placeholder={isCollectiveMention(mention) ? t('planAgencyCollective') : t('planAgencyUnmatched')}
            status={mention.agencyId || isCollectiveMention(mention) ? undefined : 'warning'}
            aria-label={t('planAgencyRegistered')}
            style={{ flex: 5, minWidth: 0 }}
            popupMatchSelectWidth={420}
            data-testid={`${side}-mention-agency`}
          />
          {onAddAgency && !mention.agencyId && mention.text.trim() && !isCollectiveMention(mention) ? (
            <Button
              icon={<PlusOutlined />}
              aria-label={t('planAgencyCreateFor', { name: mention.text })}
              title={t('planAgencyCreate')}
              onClick={() => onAddAgency(mention.text)}
              data-testid={`${side}-mention-create-agency`}
            />
          ) : null}
          <Button
            icon={<DeleteOutlined />}
            aria-label={t('planDelete')}
            onClick={() => {
              rowKeys.remove(index);
              onChange(mentions.filter((_, position) => position !== index));
            }}
            data-testid={`${side}-mention-delete`}
          />
        </Space.Compact>
      ))}
      <Button
        size="small"
        type="dashed"
        icon={<PlusOutlined />}
        onClick={() => onChange([...mentions, { text: '', agencyId: null, agencyName: null, confidence: 0 }])}
        data-testid={`${side}-mention-add`}
      >
        {t('planAgencyAdd')}
      </Button>
    </div>
  );
}
