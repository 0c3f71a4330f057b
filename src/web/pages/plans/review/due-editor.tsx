import { Input, Select, Space } from 'antd';
import type { Frequency, TaskDue } from '../../../api/types.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { frequencies, labelFrequency } from '../plan-format.ts';

type DueKind = TaskDue['kind'] | 'none';

/** Edits a task's due: once (by a quarter, month or year), recurring (frequency, month) or ongoing. */
export function DueEditor({ due, onChange }: { due: TaskDue | null; onChange(due: TaskDue | null): void }) {
  const { t } = useI18n();
  const kind: DueKind = due?.kind ?? 'none';

  const changeKind = (next: DueKind) => {
    if (next === 'none') onChange(null);
    else if (next === 'ongoing') onChange({ kind: 'ongoing' });
    else if (next === 'once') onChange({ kind: 'once', by: due?.kind === 'once' ? due.by : '' });
    else
      onChange({
        kind: 'recurring',
        freq: due?.kind === 'recurring' ? due.freq : 'yearly',
        month: due?.kind === 'recurring' ? due.month : null,
      });
  };

  return (
    <Space wrap size={6} data-testid="due-editor">
      <Select<DueKind>
        value={kind}
        onChange={changeKind}
        style={{ width: 170 }}
        aria-label={t('planDueKind')}
        data-testid="due-kind"
        options={[
          { value: 'none', label: t('planDueNone') },
          { value: 'once', label: t('planDueKindOnce') },
          { value: 'recurring', label: t('planDueKindRecurring') },
          { value: 'ongoing', label: t('planDueOngoing') },
        ]}
      />
      {due?.kind === 'once' ? (
        <Input
          value={due.by}
          onChange={(event) => onChange({ kind: 'once', by: event.target.value.trim() })}
          placeholder={t('planDueByPlaceholder')}
          aria-label={t('planDueBy')}
          status={/^\d{4}(-Q[1-4]|-\d{2}(-\d{2})?)?$/.test(due.by) ? undefined : 'error'}
          style={{ width: 200 }}
          data-testid="due-by"
        />
      ) : null}
      {due?.kind === 'recurring' ? (
        <>
          <Select<Frequency>
            value={due.freq}
            onChange={(freq) => onChange({ ...due, freq })}
            style={{ width: 140 }}
            aria-label={t('planDueFrequency')}
            options={frequencies.map((value) => ({ value, label: labelFrequency(t, value) }))}
          />
          <Select<number>
            value={due.month ?? 0}
            onChange={(month) => onChange({ ...due, month: month === 0 ? null : month })}
            style={{ width: 140 }}
            aria-label={t('planDueMonthLabel')}
            options={[
              { value: 0, label: t('planDueAnyMonth') },
              ...Array.from({ length: 12 }, (_, index) => ({
                value: index + 1,
                label: t('planMonthN', { month: index + 1 }),
              })),
            ]}
          />
        </>
      ) : null}
    </Space>
  );
}
