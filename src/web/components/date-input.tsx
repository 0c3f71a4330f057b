// A calendar date typed and shown as dd/mm/yyyy whatever the browser's language (a native
// <input type="date"> follows the browser: 04/08/2021 became 08/04/2021 in English), holding
// the ISO string YYYY-MM-DD the API speaks.
import { DatePicker } from 'antd';
import type { CSSProperties } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { useI18n } from '../i18n/i18n-context.tsx';

/** Shown first; the others are accepted when typed (4/8/2021, 04-08-2021, 04.08.2021). */
const formats = ['DD/MM/YYYY', 'D/M/YYYY', 'DD-MM-YYYY', 'D-M-YYYY', 'DD.MM.YYYY', 'D.M.YYYY'];
const iso = 'YYYY-MM-DD';

dayjs.extend(customParseFormat);

export interface DateInputProps {
  /** YYYY-MM-DD or null. */
  value: string | null | undefined;
  onChange(value: string | null): void;
  onFocus?: () => void;
  status?: 'error' | 'warning';
  'aria-label'?: string;
  'data-testid'?: string;
  style?: CSSProperties;
}

export function toDayjs(value: string | null | undefined): Dayjs | null {
  if (!value) return null;
  const parsed = dayjs(value, iso, true);
  return parsed.isValid() ? parsed : null;
}

export function DateInput({ value, onChange, onFocus, status, style, ...rest }: DateInputProps) {
  const { t } = useI18n();
  return (
    <DatePicker
      value={toDayjs(value)}
      format={formats}
      placeholder={t('planDatePlaceholder')}
      onChange={(date) => onChange(date ? date.format(iso) : null)}
      onFocus={onFocus}
      status={status}
      style={{ width: '100%', ...style }}
      aria-label={rest['aria-label']}
      data-testid={rest['data-testid']}
    />
  );
}
