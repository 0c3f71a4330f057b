// A searchable picker of current agencies in the reader's scope, one or several (a duty's
// consolidating agency, its reporting units); the server matches without diacritics. The
// chosen agencies stay listed while a search shows others.
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { agenciesApi } from '../../../api/endpoints.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';

interface Option {
  value: string;
  label: string;
}

type Props = { initial: ReadonlyArray<{ id: string; name: string }>; testId: string; allowClear?: boolean } & (
  | { multiple: true; value: string[]; onChange(value: string[]): void }
  | { multiple?: false; value: string | null; onChange(value: string | null): void }
);

export function AgencySearchSelect(props: Props) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [known, setKnown] = useState<Option[]>(
    props.initial.map((agency) => ({ value: agency.id, label: agency.name })),
  );
  const [found, setFound] = useState<Option[]>([]);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setLoading(true);
      agenciesApi.list({ q: search.trim(), status: 'current', limit: 30 }, controller.signal).then(
        (result) => {
          setFound(
            result.items.map((agency) => ({ value: agency.id, label: `${agency.name} — ${agency.adminUnit.name}` })),
          );
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

  const chosen = new Set(props.multiple ? props.value : props.value ? [props.value] : []);
  const options = [
    ...known.filter((option) => chosen.has(option.value)),
    ...found.filter((option) => !chosen.has(option.value)),
  ];
  const remember = (ids: string[]) =>
    setKnown((previous) => [
      ...previous.filter((option) => !ids.includes(option.value)),
      ...options.filter((option) => ids.includes(option.value)),
    ]);
  const common = {
    showSearch: { filterOption: false, onSearch: setSearch },
    options,
    loading,
    placeholder: t('agencySearchPlaceholder'),
    style: { width: '100%' },
    'data-testid': props.testId,
  } as const;
  if (props.multiple)
    return (
      <Select<string[]>
        {...common}
        mode="multiple"
        value={props.value}
        onChange={(ids) => {
          remember(ids);
          props.onChange(ids);
        }}
      />
    );
  const { onChange } = props;
  return (
    <Select<string | null>
      {...common}
      allowClear={props.allowClear}
      value={props.value}
      onChange={(id) => {
        if (id) remember([id]);
        onChange(id ?? null);
      }}
    />
  );
}
