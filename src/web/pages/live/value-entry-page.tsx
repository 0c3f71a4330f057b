// "Nhập số liệu": the units in the user's scope under a plan's unit (or under the user's own
// unit) × the data elements of the chosen indicators, for one reporting period. Values the
// roll-ups already hold are prefilled; only changed cells are sent (PUT /api/values, all or
// nothing); the server's problems appear beside the cells they name, and jumps it asks about
// are confirmed in a dialog and sent again with `confirm: true`.
import { SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, App, Button, type ButtonProps, Card, Empty, Input, Select, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { adminUnitsApi, indicatorsApi, plansApi, valuesApi } from '../../api/endpoints.ts';
import { ApiError } from '../../api/http.ts';
import type { Rollup, RollupUnit, ValueCell } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { useAuth } from '../../auth/auth-context.tsx';
import { ErrorView, LoadingView } from '../../components/status-views.tsx';
import { useReportError } from '../../components/use-report-error.ts';
import { todayIso } from '../../format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { type CellProblem, cellKey, collectChanges, prefillFromRollups, problemsByCell } from './entry-grid.ts';
import { amountText, type ElementRole, elementsOfIndicators, entryPeriodKinds, periodEndDate } from './live-format.ts';
import { PeriodSelect, usePeriodParam } from './period-select.tsx';

/** The map a period is entered on: its last day when past, else today's. */
function mapDateFor(period: string): string {
  const end = periodEndDate(period);
  const today = todayIso();
  return end && end < today ? end : today;
}

/** Roll-ups of each indicator over one root for the period, on the map of that date. */
function rollupsOf(indicatorIds: readonly string[], unitId: string, period: string, asOf: string, signal: AbortSignal) {
  return Promise.all(
    indicatorIds.map((indicatorId) => valuesApi.rollup({ indicatorId, unitId, period, asOf }, signal)),
  );
}

const missingOnDate = (error: unknown) => error instanceof ApiError && error.status === 400 && error.field === 'asOf';

/**
 * Roll-ups of each indicator over the root for the period. A root that no longer exists on
 * that map (a district abolished in 2025) is entered through the units it became: today's
 * communes, one roll-up each.
 */
async function loadRollups(
  indicatorIds: readonly string[],
  unitId: string,
  period: string,
  signal: AbortSignal,
): Promise<Rollup[]> {
  const asOf = mapDateFor(period);
  try {
    return await rollupsOf(indicatorIds, unitId, period, asOf, signal);
  } catch (error) {
    if (!missingOnDate(error)) throw error;
  }
  const today = todayIso();
  const detail = await adminUnitsApi.get(unitId, today, signal);
  const roots = detail.successorsAsOf.map((unit) => unit.id);
  const lists = await Promise.all(roots.map((root) => rollupsOf(indicatorIds, root, period, today, signal)));
  return indicatorIds.flatMap((_, index) => {
    const parts = lists.map((list) => list[index]).filter((rollup): rollup is Rollup => rollup !== undefined);
    const byUnit = [...new Map(parts.flatMap((rollup) => rollup.byUnit).map((unit) => [unit.unitId, unit])).values()];
    const first = parts[0];
    return first ? [{ ...first, byUnit }] : [];
  });
}

interface EntryTarget {
  unitId: string;
  unitName: string;
  indicatorIds: string[];
}

function EntryGrid({ target, period, testId }: { target: EntryTarget; period: string; testId: string }) {
  const { t, language } = useI18n();
  const { modal, message } = App.useApp();
  const reportError = useReportError();
  const [texts, setTexts] = useState<Map<string, string>>(new Map());
  const [problems, setProblems] = useState<Map<string, CellProblem[]>>(new Map());
  const [saving, setSaving] = useState(false);
  const indicatorKey = target.indicatorIds.join(',');
  const rollups = useApi(
    (signal) => loadRollups(target.indicatorIds, target.unitId, period, signal),
    [indicatorKey, target.unitId, period],
  );
  const stored = useMemo(() => prefillFromRollups(rollups.data ?? []), [rollups.data]);
  const columns = useMemo(() => elementsOfIndicators(target.indicatorIds), [target.indicatorIds]);
  const units: RollupUnit[] = rollups.data?.[0]?.byUnit ?? [];

  const textOf = (key: string) => texts.get(key) ?? amountText(stored.get(key), language);
  const edit = (key: string, text: string) => {
    setTexts((previous) => new Map(previous).set(key, text));
    setProblems((previous) => {
      if (!previous.has(key)) return previous;
      const next = new Map(previous);
      next.delete(key);
      return next;
    });
  };
  const reset = () => {
    setTexts(new Map());
    setProblems(new Map());
  };

  const send = async (cells: ValueCell[], keys: string[]): Promise<void> => {
    setSaving(true);
    try {
      const result = await valuesApi.save({ values: cells });
      void message.success(t('entrySaved', { saved: result.saved, deleted: result.deleted }));
      reset();
      rollups.reload();
    } catch (error) {
      if (!(error instanceof ApiError) || error.problems.length === 0) {
        reportError(error);
        return;
      }
      const byCell = problemsByCell(error.problems, keys);
      setProblems(byCell);
      if (error.code !== 'needs_confirmation') {
        void message.error(t('entryNotSaved', { count: [...byCell.keys()].filter(Boolean).length }));
        return;
      }
      modal.confirm({
        title: t('entryConfirmTitle'),
        content: (
          <ul data-testid="entry-confirm-list" style={{ paddingLeft: 18 }}>
            {error.problems.map((problem) => (
              <li key={problem.field}>{problem.message}</li>
            ))}
          </ul>
        ),
        okText: t('entryConfirmSave'),
        okButtonProps: { 'data-testid': 'entry-confirm-ok' } as ButtonProps,
        cancelText: t('cancel'),
        onOk: () => {
          const confirmed = cells.map((cell, index) => ({
            ...cell,
            confirm: byCell.get(keys[index] ?? '')?.some((problem) => problem.needsConfirmation) ?? false,
          }));
          return send(confirmed, keys);
        },
      });
    } finally {
      setSaving(false);
    }
  };

  const save = () => {
    const changes = collectChanges(texts, stored, period, language);
    if (changes.invalid.length > 0) {
      const next = new Map<string, CellProblem[]>();
      for (const key of changes.invalid) next.set(key, [{ message: t('entryNotANumber'), needsConfirmation: false }]);
      setProblems(next);
      return;
    }
    if (changes.cells.length === 0) {
      void message.info(t('entryNothingChanged'));
      return;
    }
    void send(changes.cells, changes.keys);
  };

  if (rollups.loading && !rollups.data) return <LoadingView />;
  if (rollups.error) return <ErrorView error={rollups.error} onRetry={rollups.reload} />;

  const general = problems.get('');
  const renderCell = (unit: RollupUnit, role: ElementRole) => {
    const key = cellKey(unit.unitId, role.element.id);
    const cellProblems = problems.get(key) ?? [];
    return (
      <div data-testid={`entry-cell-${unit.unitId}-${role.element.id}`}>
        <Input
          size="small"
          inputMode="decimal"
          value={textOf(key)}
          status={
            cellProblems.some((problem) => !problem.needsConfirmation) ? 'error' : cellProblems.length ? 'warning' : ''
          }
          onChange={(event) => edit(key, event.target.value)}
          aria-label={`${unit.name}: ${role.element.name[language]}`}
          data-testid={`entry-input-${unit.unitId}-${role.element.id}`}
        />
        {cellProblems.map((problem) => (
          <Typography.Text
            key={problem.message}
            type={problem.needsConfirmation ? 'warning' : 'danger'}
            style={{ display: 'block', fontSize: 12, lineHeight: 1.3, marginTop: 2 }}
            data-testid="entry-cell-problem"
          >
            {problem.message}
          </Typography.Text>
        ))}
      </div>
    );
  };

  return (
    <div data-testid={testId}>
      {general ? (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={general.map((p) => p.message).join(' ')} />
      ) : null}
      <div style={{ overflowX: 'auto', maxWidth: '100%' }} data-testid="entry-table-scroll">
        <Table<RollupUnit>
          data-testid="entry-table"
          rowKey="unitId"
          size="small"
          pagination={false}
          dataSource={units}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('entryNoUnits') }}
          columns={[
            {
              title: t('entryUnit'),
              key: 'unit',
              fixed: 'left',
              width: 150,
              render: (_, unit) => <span data-testid="entry-unit-name">{unit.name}</span>,
            },
            ...columns.map((role) => ({
              title: (
                <span style={{ display: 'block', whiteSpace: 'normal', fontSize: 12, lineHeight: 1.3 }}>
                  {role.element.name[language]}
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 11 }}>
                    {t(
                      role.part === 'denominator'
                        ? 'entryPartDenominator'
                        : role.part === 'numerator'
                          ? 'entryPartNumerator'
                          : 'entryPartCount',
                      { unit: role.element.unit },
                    )}
                  </Typography.Text>
                </span>
              ),
              key: role.element.id,
              width: 170,
              render: (_: unknown, unit: RollupUnit) => renderCell(unit, role),
            })),
          ]}
        />
      </div>
      <Space style={{ marginTop: 12 }} wrap>
        <Button type="primary" icon={<SaveOutlined />} loading={saving} onClick={save} data-testid="entry-save">
          {t('entrySave')}
        </Button>
        <Button icon={<UndoOutlined />} onClick={reset} disabled={saving || texts.size === 0} data-testid="entry-reset">
          {t('entryReset')}
        </Button>
      </Space>
    </div>
  );
}

/** /ke-hoach/:planId/nhap-so-lieu: the plan's unit × its linked indicators. */
function PlanEntry({ planId }: { planId: string }) {
  const { t } = useI18n();
  const [period, setPeriod] = usePeriodParam();
  const state = useApi((signal) => plansApi.get(planId, signal), [planId]);
  const indicatorIds = useMemo(
    () => [
      ...new Set(
        (state.data?.plan.targets ?? []).flatMap((target) => (target.indicatorId ? [target.indicatorId] : [])),
      ),
    ],
    [state.data],
  );
  if (state.loading && !state.data) return <LoadingView />;
  if (state.error || !state.data) return <ErrorView error={state.error} onRetry={state.reload} />;
  const { plan } = state.data;
  return (
    <div data-testid="value-entry-page">
      <Link to={`/ke-hoach/${encodeURIComponent(plan.id)}`}>{t('entryBackToPlan')}</Link>
      <Typography.Title level={3} style={{ marginTop: 8 }}>
        {t('entryTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" data-testid="entry-scope">
        {t('entryForPlan', { plan: plan.title ?? plan.number ?? '', unit: plan.adminUnit.name })}
      </Typography.Paragraph>
      <Card>
        <Space style={{ marginBottom: 12 }} wrap>
          <span>{t('entryPeriod')}</span>
          <PeriodSelect value={period} onChange={setPeriod} testId="entry-period" kinds={entryPeriodKinds} />
        </Space>
        {indicatorIds.length === 0 ? (
          <Empty description={t('entryNoLinkedIndicators')} data-testid="entry-no-indicators" />
        ) : (
          <EntryGrid
            target={{ unitId: plan.adminUnit.id, unitName: plan.adminUnit.name, indicatorIds }}
            period={period}
            testId="entry-grid"
          />
        )}
      </Card>
    </div>
  );
}

/** /nhap-so-lieu?indicatorId=…: the user's own unit × indicators chosen from the catalogue. */
function OwnUnitEntry() {
  const { t } = useI18n();
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const [period, setPeriod] = usePeriodParam();
  const catalogue = useApi((signal) => indicatorsApi.list(signal), []);
  const chosen = params.getAll('indicatorId');
  const choose = (ids: string[]) =>
    setParams(
      (previous) => {
        const copy = new URLSearchParams(previous);
        copy.delete('indicatorId');
        for (const id of ids) copy.append('indicatorId', id);
        return copy;
      },
      { replace: true },
    );
  if (!user) return null;
  return (
    <div data-testid="value-entry-page">
      <Typography.Title level={3}>{t('entryTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary" data-testid="entry-scope">
        {t('entryForUnit', { unit: user.adminUnit.name })}
      </Typography.Paragraph>
      <Card>
        <Space style={{ marginBottom: 12, width: '100%' }} orientation="vertical">
          <Space wrap>
            <span>{t('entryPeriod')}</span>
            <PeriodSelect value={period} onChange={setPeriod} testId="entry-period" kinds={entryPeriodKinds} />
          </Space>
          <Select
            mode="multiple"
            style={{ width: '100%' }}
            placeholder={t('entryChooseIndicators')}
            loading={catalogue.loading}
            value={chosen}
            onChange={choose}
            optionFilterProp="label"
            data-testid="entry-indicators"
            options={(catalogue.data?.items ?? []).map((indicator) => ({ value: indicator.id, label: indicator.name }))}
          />
        </Space>
        {chosen.length === 0 ? (
          <Empty description={t('entryChooseIndicatorsHint')} />
        ) : (
          <EntryGrid
            target={{ unitId: user.adminUnit.id, unitName: user.adminUnit.name, indicatorIds: chosen }}
            period={period}
            testId="entry-grid"
          />
        )}
      </Card>
    </div>
  );
}

export default function ValueEntryPage() {
  const { planId } = useParams();
  return planId ? <PlanEntry planId={planId} /> : <OwnUnitEntry />;
}
