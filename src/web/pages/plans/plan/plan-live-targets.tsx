// The plan page's targets as measured (GET /api/plans/{id}/targets): a tree ("trong đó"
// children under their parents), each row with its latest figure, the target, a status chip,
// a sparkline of the yearly roll-ups, the forecast and the explanation sentence; chips filter
// by status; the indicator link opens the indicator page (and editors relink it); planners
// may set a status with a reason (audited on the server).
import { EditOutlined } from '@ant-design/icons';
import { App, Button, Input, Modal, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { labelTargetStatus, targetStatusColors, targetStatusOrder } from '../../../components/target-status-tag.tsx';
import { targetsApi } from '../../../api/endpoints.ts';
import type { IndicatorSummary, PlanDetail, PlanTarget, TargetNode, TargetStatus } from '../../../api/types.ts';
import { useApi } from '../../../api/use-api.ts';
import { Sparkline } from '../../../charts/line-chart.tsx';
import { ErrorView, LoadingView } from '../../../components/status-views.tsx';
import { useReportError } from '../../../components/use-report-error.ts';
import { formatDate, formatDateTime } from '../../../format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { formatIndicatorValue, labelPeriodId } from '../../live/live-format.ts';
import { formatTargetFigure } from '../plan-format.ts';
import { TargetIndicatorLink } from './target-indicator-link.tsx';

export const statusOrder = targetStatusOrder;
const labelStatus = labelTargetStatus;

function StatusChip({ status, testId }: { status: TargetStatus; testId?: string }) {
  const { language } = useI18n();
  return (
    <Tag color={targetStatusColors[status]} data-testid={testId} data-status={status}>
      {labelTargetStatus(status, language)}
    </Tag>
  );
}

/** The nodes whose status is `status`, with the ancestors that lead to them. */
function filterTree(nodes: readonly TargetNode[], status: TargetStatus | null): TargetNode[] {
  if (!status) return [...nodes];
  return nodes.flatMap((node) => {
    const children = filterTree(node.children, status);
    return node.status === status || children.length > 0 ? [{ ...node, children }] : [];
  });
}

/** antd's tree table: leaves without a `children` array, so no expand icon on them. */
type Row = Omit<TargetNode, 'children'> & { children?: Row[] };
const toRows = (nodes: readonly TargetNode[]): Row[] =>
  nodes.map(({ children, ...node }) => (children.length > 0 ? { ...node, children: toRows(children) } : node));

const allIds = (nodes: readonly TargetNode[]): string[] => nodes.flatMap((node) => [node.id, ...allIds(node.children)]);

function OverrideDialog({
  planId,
  target,
  onClose,
  onSaved,
}: {
  planId: string;
  target: Row;
  onClose(): void;
  onSaved(): void;
}) {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [status, setStatus] = useState<TargetStatus>(target.override?.status ?? target.status);
  const [reason, setReason] = useState(target.override?.reason ?? '');
  const [saving, setSaving] = useState(false);
  const [missingReason, setMissingReason] = useState(false);
  const run = async (action: () => Promise<unknown>, done: string) => {
    setSaving(true);
    try {
      await action();
      void message.success(done);
      onSaved();
    } catch (error) {
      reportError(error);
    } finally {
      setSaving(false);
    }
  };
  const save = () => {
    if (!reason.trim()) {
      setMissingReason(true);
      return;
    }
    void run(() => targetsApi.override(planId, target.id, { status, reason: reason.trim() }), t('targetOverrideSaved'));
  };
  return (
    <Modal
      open
      title={t('targetOverrideTitle')}
      onCancel={onClose}
      footer={
        <Space wrap>
          {target.override ? (
            <Button
              danger
              loading={saving}
              onClick={() => void run(() => targetsApi.clearOverride(planId, target.id), t('targetOverrideCleared'))}
              data-testid="target-override-clear"
            >
              {t('targetOverrideClear')}
            </Button>
          ) : null}
          <Button onClick={onClose}>{t('cancel')}</Button>
          <Button type="primary" loading={saving} onClick={save} data-testid="target-override-save">
            {t('targetOverrideSave')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph>{target.text}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        {t('targetOverrideComputed', {
          status: labelStatus(target.override?.computedStatus ?? target.status, language),
        })}
      </Typography.Paragraph>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Select<TargetStatus>
          value={status}
          onChange={setStatus}
          style={{ width: '100%' }}
          aria-label={t('targetStatus')}
          data-testid="target-override-status"
          options={statusOrder.map((value) => ({ value, label: labelStatus(value, language) }))}
        />
        <Input.TextArea
          value={reason}
          onChange={(event) => {
            setReason(event.target.value);
            setMissingReason(false);
          }}
          rows={3}
          maxLength={1000}
          status={missingReason ? 'error' : ''}
          placeholder={t('targetOverrideReason')}
          aria-label={t('targetOverrideReason')}
          data-testid="target-override-reason"
        />
        {missingReason ? (
          <Typography.Text type="danger" data-testid="target-override-reason-required">
            {t('targetOverrideReasonRequired')}
          </Typography.Text>
        ) : null}
      </Space>
    </Modal>
  );
}

function FilterChips({
  counts,
  total,
  value,
  onChange,
}: {
  counts: Record<TargetStatus, number>;
  total: number;
  value: TargetStatus | null;
  onChange(status: TargetStatus | null): void;
}) {
  const { t, language } = useI18n();
  return (
    <Space size={[4, 8]} wrap data-testid="targets-filter">
      <Tag.CheckableTag checked={value === null} onChange={() => onChange(null)} data-testid="targets-filter-all">
        {t('targetFilterAll', { count: total })}
      </Tag.CheckableTag>
      {statusOrder
        .filter((status) => counts[status] > 0)
        .map((status) => (
          <Tag.CheckableTag
            key={status}
            checked={value === status}
            onChange={(checked) => onChange(checked ? status : null)}
            data-testid={`targets-filter-${status}`}
          >
            {labelStatus(status, language)} ({counts[status]})
          </Tag.CheckableTag>
        ))}
    </Space>
  );
}

export function PlanLiveTargets({ plan, catalogue }: { plan: PlanDetail; catalogue: readonly IndicatorSummary[] }) {
  const { t, language } = useI18n();
  const state = useApi((signal) => targetsApi.list(plan.id, undefined, signal), [plan.id]);
  const [filter, setFilter] = useState<TargetStatus | null>(null);
  const [overriding, setOverriding] = useState<Row | null>(null);
  const planTargets = useMemo(() => new Map<string, PlanTarget>(plan.targets.map((item) => [item.id, item])), [plan]);
  const rows = useMemo(() => toRows(filterTree(state.data?.targets ?? [], filter)), [state.data, filter]);
  const expanded = useMemo(() => allIds(state.data?.targets ?? []), [state.data]);

  if (state.loading && !state.data) return <LoadingView />;
  if (state.error || !state.data) return <ErrorView error={state.error} onRetry={state.reload} />;
  const view = state.data;
  const total = Object.values(view.counts).reduce((sum, count) => sum + count, 0);
  const figureOf = (row: Row) => {
    const target = planTargets.get(row.id);
    return target ? formatTargetFigure(t, target) : '';
  };
  const figureIn = (row: Row, value: number) =>
    row.indicatorUnit
      ? formatIndicatorValue(value, row.indicatorUnit, language)
      : formatIndicatorValue(value, row.unit === 'percent' ? '%' : row.unit === 'per10k' ? 'per10k' : '', language);

  return (
    <div data-testid="plan-live-targets">
      <Space orientation="vertical" size={8} style={{ width: '100%', marginBottom: 12 }}>
        <FilterChips counts={view.counts} total={total} value={filter} onChange={setFilter} />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('targetsAsOf', { date: formatDate(view.asOf), unit: view.unitName ?? plan.adminUnit.name })}
        </Typography.Text>
      </Space>
      <Table<Row>
        data-testid="plan-targets"
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={rows}
        expandable={{ defaultExpandedRowKeys: expanded }}
        locale={{ emptyText: filter ? t('targetsNoneWithStatus') : t('planNoTargets') }}
        onRow={(row) => ({ 'data-testid': 'plan-target-row', 'data-target-id': row.id }) as object}
        columns={[
          {
            title: t('planTargetSubject'),
            key: 'text',
            width: 320,
            render: (_, row) => (
              <div style={{ minWidth: 200, maxWidth: 420, whiteSpace: 'normal' }}>
                {planTargets.get(row.id)?.parentId ? <Tag color="magenta">{t('planOfWhich')}</Tag> : null}
                <span>{row.text || row.subject}</span>
                <Typography.Text
                  type="secondary"
                  style={{ display: 'block', fontSize: 12 }}
                  data-testid="target-explanation"
                >
                  {language === 'en' && row.explanationEn ? row.explanationEn : row.explanation}
                </Typography.Text>
                <div style={{ fontSize: 12 }}>
                  <TargetIndicatorLink
                    planId={plan.id}
                    unitId={plan.adminUnit.id}
                    asOf={view.mapDate && view.mapDate !== view.asOf ? view.mapDate : undefined}
                    target={{ id: row.id, text: row.text, indicatorId: row.indicatorId }}
                    indicatorName={row.indicatorName}
                    canEdit={plan.can.update}
                    catalogue={catalogue}
                    onChanged={state.reload}
                  />
                </div>
              </div>
            ),
          },
          {
            title: t('targetLatest'),
            key: 'latest',
            width: 130,
            render: (_, row) =>
              row.latest ? (
                <span data-testid="target-latest">
                  <strong>{figureIn(row, row.latest.value)}</strong>
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {labelPeriodId(row.latest.period, language)}
                  </Typography.Text>
                </span>
              ) : (
                <Typography.Text type="secondary">—</Typography.Text>
              ),
          },
          {
            title: t('planTargetValue'),
            key: 'figure',
            width: 130,
            render: (_, row) => (
              <span>
                <Tag color="red">{figureOf(row)}</Tag>
                {row.year ? (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {t('planByYear', { year: row.year })}
                  </Typography.Text>
                ) : null}
              </span>
            ),
          },
          {
            title: t('targetStatus'),
            key: 'status',
            width: 150,
            render: (_, row) => (
              <Space orientation="vertical" size={2}>
                {row.override ? (
                  <Tooltip
                    title={t('targetOverrideBy', {
                      by: row.override.by ?? t('none'),
                      at: formatDateTime(row.override.at),
                      reason: row.override.reason,
                      computed: labelStatus(row.override.computedStatus, language),
                    })}
                  >
                    <span>
                      <StatusChip status={row.status} testId="target-status" />
                      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 11 }}>
                        {t('targetOverridden')}
                      </Typography.Text>
                    </span>
                  </Tooltip>
                ) : (
                  <StatusChip status={row.status} testId="target-status" />
                )}
                {view.can.override ? (
                  <Button
                    size="small"
                    type="link"
                    icon={<EditOutlined />}
                    style={{ padding: 0 }}
                    onClick={() => setOverriding(row)}
                    data-testid="target-override-open"
                  >
                    {t('targetOverride')}
                  </Button>
                ) : null}
              </Space>
            ),
          },
          {
            title: t('targetTrend'),
            key: 'trend',
            width: 110,
            render: (_, row) =>
              row.series.some((point) => point.value !== null) ? (
                <Tooltip
                  title={row.series
                    .filter((point) => point.value !== null)
                    .map((point) => `${labelPeriodId(point.period, language)}: ${figureIn(row, point.value ?? 0)}`)
                    .join(' · ')}
                >
                  <span>
                    <Sparkline values={row.series.map((point) => point.value)} testId="target-sparkline" />
                  </span>
                </Tooltip>
              ) : (
                <Typography.Text type="secondary">—</Typography.Text>
              ),
          },
          {
            title: t('targetForecast'),
            key: 'forecast',
            width: 140,
            render: (_, row) =>
              row.forecast ? (
                <span data-testid="target-forecast">
                  {t('targetForecastText', { year: row.forecast.year, value: figureIn(row, row.forecast.value) })}
                </span>
              ) : (
                <Typography.Text type="secondary">—</Typography.Text>
              ),
          },
        ]}
      />
      {overriding ? (
        <OverrideDialog
          planId={plan.id}
          target={overriding}
          onClose={() => setOverriding(null)}
          onSaved={() => {
            setOverriding(null);
            state.reload();
          }}
        />
      ) : null}
    </div>
  );
}
