import { Input, Typography } from 'antd';
import { useState } from 'react';
import {
  formatReportingDay,
  formatTaskDue,
  parseReportingDay,
  parseTaskDue,
} from '../../../../domain/plans/due-labels.ts';
import type { TaskDue } from '../../../api/types.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';

type Parsed<T> = { ok: true; due: T } | { ok: false; message: string };

interface PhraseInputProps<T> {
  value: T;
  format(value: T): string;
  parse(text: string): Parsed<T>;
  onChange(value: T): void;
  placeholder: string;
  label: string;
  testId: string;
  maxWidth: number;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * A value typed as the phrase plans write ("Quý I/2022", "15/12"): what cannot be read stays
 * in the box with the reason beneath, and the draft keeps the last value that could. A change
 * from elsewhere (another edit, an item deleted above) shows its own phrase.
 */
function PhraseInput<T>({ value, format, parse, onChange, placeholder, label, testId, maxWidth }: PhraseInputProps<T>) {
  const [text, setText] = useState(() => format(value));
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState(value);
  if (!same(value, shown)) {
    setShown(value);
    setText(format(value));
    setError(null);
  }

  const change = (next: string) => {
    setText(next);
    const parsed = parse(next);
    if (parsed.ok) {
      setError(null);
      setShown(parsed.due);
      onChange(parsed.due);
    } else {
      setError(parsed.message);
    }
  };

  return (
    <div data-testid={`${testId}-editor`}>
      <Input
        value={text}
        onChange={(event) => change(event.target.value)}
        onBlur={() => {
          if (!error) setText(format(value));
        }}
        placeholder={placeholder}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        status={error ? 'error' : undefined}
        style={{ width: '100%', maxWidth }}
        data-testid={`${testId}-input`}
      />
      {error ? (
        <Typography.Text type="danger" style={{ display: 'block', fontSize: 12 }} data-testid={`${testId}-error`}>
          {error}
        </Typography.Text>
      ) : null}
    </div>
  );
}

/**
 * A task's due as one phrase: "Quý I/2022", "Tháng 4/2026", "Năm 2026", "6 tháng đầu năm
 * 2026", "15/12/2026", "Tháng 12 hằng năm", "Thường xuyên" (domain/plans/due-labels).
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
  return (
    <PhraseInput<TaskDue | null>
      value={due}
      format={formatTaskDue}
      parse={(text) => parseTaskDue(text, field)}
      onChange={onChange}
      placeholder={t('planDueByPlaceholder')}
      label={t('planDue')}
      testId="due"
      maxWidth={320}
    />
  );
}

/** A reporting duty's deadline: a day "15/12" or a month "Tháng 12" (stored 'MM-DD' / 'MM'). */
export function ReportingDueEditor({
  due,
  onChange,
  field,
}: {
  due: string | null;
  onChange(due: string | null): void;
  field: string;
}) {
  const { t } = useI18n();
  return (
    <PhraseInput<string | null>
      value={due}
      format={formatReportingDay}
      parse={(text) => parseReportingDay(text, field)}
      onChange={onChange}
      placeholder={t('planReportingDuePlaceholder')}
      label={t('planReportingDue')}
      testId="reporting-due"
      maxWidth={240}
    />
  );
}
