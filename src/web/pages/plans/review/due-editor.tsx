import { Input, Typography } from 'antd';
import { useState } from 'react';
import { formatTaskDue, parseTaskDue } from '../../../../domain/plans/due-labels.ts';
import type { TaskDue } from '../../../api/types.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';

/**
 * A task's due as one phrase, written the way plans write it: "Quý I/2022", "Tháng 4/2026",
 * "Năm 2026", "6 tháng đầu năm 2026", "15/12/2026", "Tháng 12 hằng năm", "Thường xuyên".
 * What cannot be read stays in the box with the reason beneath; the draft keeps the last
 * due that could. Parent components key this by task, so it starts from each task's due.
 */
export function DueEditor({
  due,
  onChange,
  field,
}: {
  due: TaskDue | null;
  onChange(due: TaskDue | null): void;
  /** Names the field in the error: "Nhiệm vụ 3, thời hạn". */
  field: string;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(() => formatTaskDue(due));
  const [error, setError] = useState<string | null>(null);

  const change = (next: string) => {
    setText(next);
    const parsed = parseTaskDue(next, field);
    if (parsed.ok) {
      setError(null);
      onChange(parsed.due);
    } else {
      setError(parsed.message);
    }
  };

  return (
    <div data-testid="due-editor">
      <Input
        value={text}
        onChange={(event) => change(event.target.value)}
        onBlur={() => {
          if (!error) setText(formatTaskDue(due));
        }}
        placeholder={t('planDueByPlaceholder')}
        aria-label={t('planDue')}
        aria-invalid={error ? true : undefined}
        status={error ? 'error' : undefined}
        style={{ maxWidth: 320 }}
        data-testid="due-input"
      />
      {error ? (
        <Typography.Text type="danger" style={{ display: 'block', fontSize: 12 }} data-testid="due-error">
          {error}
        </Typography.Text>
      ) : null}
    </div>
  );
}
