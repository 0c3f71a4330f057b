import { Select } from 'antd';
import { useEffect, useState } from 'react';
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

/** A searchable agency picker; the server does the (diacritics-insensitive) matching. */
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

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setLoading(true);
      agenciesApi.list({ q: search.trim(), limit: 30 }, controller.signal).then(
        (result) => {
          const found = result.items.map(toOption);
          // Keep the current choice visible even when the search no longer matches it.
          const current = options.find((option) => option.value === value);
          setOptions(current && !found.some((option) => option.value === value) ? [current, ...found] : found);
          setLoading(false);
        },
        () => setLoading(false),
      );
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
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
