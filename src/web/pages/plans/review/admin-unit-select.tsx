import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { adminUnitsApi } from '../../../api/endpoints.ts';
import type { UnitRef } from '../../../api/types.ts';
import { labelLevel, todayIso } from '../../../format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';

interface Option {
  value: string;
  label: string;
}

/** Picks the plan's administrative unit as it was on the document date (districts included). */
export function AdminUnitSelect({
  value,
  initial,
  asOf,
  onChange,
}: {
  value: string | null;
  initial: UnitRef | null;
  asOf: string | null;
  onChange(value: string | null): void;
}) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [options, setOptions] = useState<Option[]>(
    initial ? [{ value: initial.id, label: `${initial.name} (${labelLevel(t, initial.level)})` }] : [],
  );
  const [loading, setLoading] = useState(false);
  const date = asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : todayIso();

  useEffect(() => {
    if (!search.trim()) return undefined;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setLoading(true);
      adminUnitsApi.list({ q: search.trim(), asOf: date, limit: 30 }, controller.signal).then(
        (result) => {
          const found = result.items.map((unit) => ({
            value: unit.id,
            label: `${unit.fullName || unit.name} (${labelLevel(t, unit.level)})`,
          }));
          setOptions((current) => {
            const chosen = current.find((option) => option.value === value);
            return chosen && !found.some((option) => option.value === value) ? [chosen, ...found] : found;
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
  }, [search, date, t, value]);

  return (
    <Select<string>
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear
      value={value ?? undefined}
      onChange={(next) => onChange(next ?? null)}
      options={options}
      loading={loading}
      placeholder={t('planAdminUnitSearch')}
      status={value ? undefined : 'warning'}
      style={{ width: '100%' }}
      data-testid="draft-admin-unit"
    />
  );
}
