// A plan target's statistical indicator: a link to the indicator page for the plan's unit,
// and for those who may change the plan (plan.can.update) a dialog to link or unlink it,
// the ranked suggestions first (GET .../indicator-suggestions), then the whole catalogue.
import { LinkOutlined } from '@ant-design/icons';
import { App, Button, Modal, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { indicatorsApi } from '../../../api/endpoints.ts';
import type { IndicatorSummary } from '../../../api/types.ts';
import { useApi } from '../../../api/use-api.ts';
import { useReportError } from '../../../components/use-report-error.ts';
import { formatNumber } from '../../../format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { indicatorPath } from '../../live/indicator-page-path.ts';

interface LinkTarget {
  id: string;
  text: string;
  indicatorId: string | null;
}

function LinkDialog({
  planId,
  target,
  catalogue,
  onClose,
  onLinked,
}: {
  planId: string;
  target: LinkTarget;
  catalogue: readonly IndicatorSummary[];
  onClose(): void;
  onLinked(indicatorId: string | null): void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [chosen, setChosen] = useState<string | null>(target.indicatorId);
  const [saving, setSaving] = useState(false);
  const suggestions = useApi((signal) => indicatorsApi.suggestions(planId, target.id, signal), [planId, target.id]);
  const options = useMemo(() => {
    const suggested = suggestions.data?.items ?? [];
    const suggestedIds = new Set(suggested.map((item) => item.indicatorId));
    return [
      {
        label: t('targetLinkSuggested'),
        options: suggested.map((item) => ({
          value: item.indicatorId,
          label: `${item.name} (${formatNumber(Math.round(item.score * 100))}%)`,
          title: item.reasons.join('; '),
        })),
      },
      {
        label: t('targetLinkCatalogue'),
        options: catalogue
          .filter((indicator) => !suggestedIds.has(indicator.id))
          .map((indicator) => ({ value: indicator.id, label: indicator.name, title: indicator.definition })),
      },
    ];
  }, [suggestions.data, catalogue, t]);

  const save = async (indicatorId: string | null) => {
    setSaving(true);
    try {
      await indicatorsApi.link(planId, target.id, indicatorId);
      void message.success(indicatorId ? t('targetLinked') : t('targetUnlinked'));
      onLinked(indicatorId);
    } catch (error) {
      reportError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={t('targetLinkTitle')}
      onCancel={onClose}
      footer={
        <Space wrap>
          {target.indicatorId ? (
            <Button danger onClick={() => void save(null)} loading={saving} data-testid="target-unlink">
              {t('targetUnlink')}
            </Button>
          ) : null}
          <Button onClick={onClose}>{t('cancel')}</Button>
          <Button
            type="primary"
            disabled={!chosen || chosen === target.indicatorId}
            loading={saving}
            onClick={() => void save(chosen)}
            data-testid="target-link-save"
          >
            {t('targetLinkSave')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph>{target.text}</Typography.Paragraph>
      <Select
        showSearch
        style={{ width: '100%' }}
        value={chosen ?? undefined}
        onChange={(value: string) => setChosen(value)}
        loading={suggestions.loading}
        optionFilterProp="label"
        placeholder={t('targetLinkPlaceholder')}
        options={options}
        data-testid="target-link-select"
      />
    </Modal>
  );
}

/** The indicator of a target as a link, with "Liên kết"/"Đổi" for editors. */
export function TargetIndicatorLink({
  planId,
  unitId,
  asOf,
  target,
  indicatorName,
  canEdit,
  catalogue,
  onChanged,
}: {
  planId: string;
  unitId: string;
  /** The map the plan's figures are rolled onto (the last day of an abolished unit). */
  asOf?: string | undefined;
  target: LinkTarget;
  indicatorName: string | null;
  canEdit: boolean;
  catalogue: readonly IndicatorSummary[];
  onChanged(): void;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const name = indicatorName ?? catalogue.find((item) => item.id === target.indicatorId)?.name ?? target.indicatorId;
  return (
    <span data-testid="target-indicator">
      {target.indicatorId ? (
        <Link
          to={indicatorPath(target.indicatorId, asOf ? { unitId, asOf } : { unitId })}
          data-testid="target-indicator-link"
        >
          {name}
        </Link>
      ) : (
        <Typography.Text type="secondary">{t('targetNotLinked')}</Typography.Text>
      )}
      {canEdit ? (
        <Button
          size="small"
          type="link"
          icon={<LinkOutlined />}
          onClick={() => setOpen(true)}
          data-testid="target-link-open"
        >
          {target.indicatorId ? t('targetLinkChange') : t('targetLink')}
        </Button>
      ) : null}
      {open ? (
        <LinkDialog
          planId={planId}
          target={target}
          catalogue={catalogue}
          onClose={() => setOpen(false)}
          onLinked={() => {
            setOpen(false);
            onChanged();
          }}
        />
      ) : null}
    </span>
  );
}
