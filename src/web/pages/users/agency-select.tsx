import { Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { agenciesApi } from '../../api/endpoints.ts';
import type { AgencySummary } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

interface Option {
  value: string;
  label: string;
}

function toOption(agency: AgencySummary): Option {
  return { value: agency.id, label: `${agency.name} — ${agency.adminUnit.name}` };
}

/**
 * A searchable picker of current agencies (users belong to bodies that exist today); the
 * server does the (diacritics-insensitive) matching.
 */
export function AgencySelect({
  value,
  onChange,
  initial,
}: {
  value?: string;
  onChange?: (value: string) => void;
  initial?: { id: string; name: string } | undefined;
}) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [options, setOptions] = useState<Option[]>(initial ? [{ value: initial.id, label: initial.name }] : []);
  const [loading, setLoading] = useState(false);
  // Read when a search answers, without restarting the search when the choice changes.
  const valueRef = useRef(value);
  valueRef.current = value;

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setLoading(true);
      agenciesApi.list({ q: search.trim(), status: 'current', limit: 30 }, controller.signal).then(
        (result) => {
          const found = result.items.map(toOption);
          const chosen = valueRef.current;
          // Keep the current choice visible even when the search no longer matches it.
          setOptions((previous) => {
            const current = previous.find((option) => option.value === chosen);
            return current && !found.some((option) => option.value === chosen) ? [current, ...found] : found;
          });
          setLoading(false);
        },
        () => setLoading(false),
      );
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [search]);

  return (
    <Select<string>
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      onChange={onChange}
      options={options}
      loading={loading}
      placeholder={t('userAgencySearch')}
      data-testid="user-agency-select"
    />
  );
}
