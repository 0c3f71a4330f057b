import { DeleteOutlined, DownloadOutlined, FormOutlined } from '@ant-design/icons';
import { App, Button, type ButtonProps, Card, Col, Descriptions, List, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { indicatorsApi, plansApi } from '../../api/endpoints.ts';
import type { PlanDetail } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { useAuth } from '../../auth/auth-context.tsx';
import { ErrorView, LoadingView } from '../../components/status-views.tsx';
import { useReportError } from '../../components/use-report-error.ts';
import { formatDate, labelLevel } from '../../format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { PlanRefList, PlanReferencesTable } from './plan/plan-links.tsx';
import { PlanLiveTargets } from './plan/plan-live-targets.tsx';
import { PlanTaskBoard } from './plan/plan-task-board.tsx';
import { PlanReport } from './plan/plan-report.tsx';
import { PlanTasksTable } from './plan/plan-tasks-table.tsx';
import { PlanUnitReports } from './plan/plan-unit-reports.tsx';
import { PlanValueFiles } from './plan/plan-value-files.tsx';
import { formatCount, formatFileSize, formatPlanRef, formatReportingDue, labelFrequency } from './plan-format.ts';
import { documentKindName } from '../../../domain/plans/document-kinds.ts';

function describePeriod(t: ReturnType<typeof useI18n>['t'], plan: PlanDetail): string {
  const { from, to, horizons } = plan.period;
  const span = from && to && from !== to ? `${from} – ${to}` : String(from ?? to ?? '');
  const orientation = horizons.length > 0 ? t('planHorizonsShort', { years: horizons.join(', ') }) : '';
  return [span, orientation].filter(Boolean).join('; ') || t('none');
}

function PlanHeader({ plan }: { plan: PlanDetail }) {
  const { t } = useI18n();
  return (
    <Descriptions column={{ xs: 1, md: 2 }} bordered size="small" data-testid="plan-header">
      <Descriptions.Item label={t('planNumber')}>{plan.number ?? t('planNoNumber')}</Descriptions.Item>
      <Descriptions.Item label={t('planDocumentDate')}>
        {[plan.place, formatDate(plan.documentDate) || plan.year].filter(Boolean).join(', ')}
      </Descriptions.Item>
      <Descriptions.Item label={t('planIssuer')}>{plan.issuer ?? t('none')}</Descriptions.Item>
      <Descriptions.Item label={t('planAdminUnit')}>
        <Link to={`/don-vi-hanh-chinh/${encodeURIComponent(plan.adminUnit.id)}`}>{plan.adminUnit.name}</Link>{' '}
        <Typography.Text type="secondary">({labelLevel(t, plan.adminUnit.level)})</Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('planPeriod')}>{describePeriod(t, plan)}</Descriptions.Item>
      <Descriptions.Item label={t('planSigner')}>
        {plan.signer ? [plan.signer.title, plan.signer.name].filter(Boolean).join(' ') : t('none')}
      </Descriptions.Item>
      <Descriptions.Item label={t('planOriginalFile')} span={2}>
        <Space wrap>
          <span>
            {plan.file.fileName} ({formatFileSize(plan.file.sizeBytes)})
          </span>
          <Button
            size="small"
            icon={<DownloadOutlined />}
            href={plansApi.fileUrl(plan.id)}
            download={plan.file.fileName}
            data-testid="plan-download"
          >
            {t('planDownload')}
          </Button>
        </Space>
      </Descriptions.Item>
    </Descriptions>
  );
}

/** Deleting asks first, in a dialog naming the plan; the server decides who may (plan.can.delete). */
function DeletePlanButton({ plan }: { plan: PlanDetail }) {
  const { t } = useI18n();
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const reportError = useReportError();
  const ask = () =>
    modal.confirm({
      title: t('planDeleteTitle'),
      content: t('planDeleteText', { plan: formatPlanRef(t, plan) }),
      okText: t('planDeletePlan'),
      okButtonProps: { danger: true, 'data-testid': 'plan-delete-ok' } as ButtonProps,
      cancelText: t('cancel'),
      onOk: async () => {
        try {
          await plansApi.delete(plan.id);
          void message.success(t('planDeleted'));
          navigate('/ke-hoach');
        } catch (error) {
          reportError(error);
        }
      },
    });
  return (
    <Button danger icon={<DeleteOutlined />} onClick={ask} data-testid="plan-delete">
      {t('planDeletePlan')}
    </Button>
  );
}

export default function PlanPage() {
  const { t } = useI18n();
  const { planId = '' } = useParams();
  const { user } = useAuth();
  const state = useApi((signal) => plansApi.get(planId, signal), [planId]);
  const catalogue = useApi((signal) => indicatorsApi.list(signal), []);
  // Bumped after a file import: the targets section remounts and reads the new roll-ups.
  const [targetsVersion, setTargetsVersion] = useState(0);

  if (state.loading && !state.data) return <LoadingView />;
  if (state.error || !state.data) return <ErrorView error={state.error} onRetry={state.reload} />;
  const { plan } = state.data;
  // Who may enter values may import them: the same rule as the entry form's button; the
  // server's values policy decides each row again.
  const mayEnterValues = user !== null && user.role !== 'viewer';

  return (
    <div data-testid="plan-page">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Link to="/ke-hoach">{t('plansBack')}</Link>
        <Space wrap>
          {mayEnterValues ? (
            <Link to={`/ke-hoach/${encodeURIComponent(plan.id)}/nhap-so-lieu`} data-testid="plan-enter-values">
              <Button icon={<FormOutlined />}>{t('entryOpen')}</Button>
            </Link>
          ) : null}
          {plan.can.delete ? <DeletePlanButton plan={plan} /> : null}
        </Space>
      </Space>
      <Space style={{ marginTop: 8 }} size={8} align="center" wrap>
        {plan.kind ? (
          <Tag color="red" data-testid="plan-kind">
            {documentKindName(plan.kind)}
          </Tag>
        ) : null}
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="plan-title">
          {plan.title ?? plan.number ?? t('planNoNumber')}
        </Typography.Title>
      </Space>
      <Card style={{ marginTop: 16 }}>
        <PlanHeader plan={plan} />
      </Card>

      {plan.implements.length > 0 || plan.implementedBy.length > 0 ? (
        // An empty side is left out: "Thực hiện văn bản: Không có" under a title naming the programme misleads.
        <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
          {plan.implements.length > 0 ? (
            <Col xs={24} md={12}>
              <Card size="small" title={t('planImplements')}>
                <PlanRefList plans={plan.implements} testId="plan-implements" />
              </Card>
            </Col>
          ) : null}
          {plan.implementedBy.length > 0 ? (
            <Col xs={24} md={12}>
              <Card size="small" title={t('planImplementedBy')}>
                <PlanRefList plans={plan.implementedBy} testId="plan-implemented-by" />
              </Card>
            </Col>
          ) : null}
        </Row>
      ) : null}

      {mayEnterValues ? (
        <Card style={{ marginTop: 16 }} title={t('valueFilesTitle')}>
          <PlanValueFiles plan={plan} onImported={() => setTargetsVersion((version) => version + 1)} />
        </Card>
      ) : null}

      <Card
        style={{ marginTop: 16 }}
        title={
          <span data-testid="plan-target-count">
            {formatCount(t, plan.targets.length, 'planTargetCount', 'planTargetCountNone')}
          </span>
        }
      >
        <PlanLiveTargets key={targetsVersion} plan={plan} catalogue={catalogue.data?.items ?? []} />
      </Card>

      <Card style={{ marginTop: 16 }} title={t('reportTitle')}>
        <PlanReport plan={plan} />
      </Card>

      <Card
        style={{ marginTop: 16 }}
        title={
          <span data-testid="plan-task-count">
            {formatCount(t, plan.tasks.length, 'planTaskCount', 'planTaskCountNone')}
          </span>
        }
      >
        <PlanTasksTable tasks={plan.tasks} />
      </Card>

      {plan.tasks.length > 0 ? (
        <Card style={{ marginTop: 16 }} title={t('taskBoardTitle')}>
          <PlanTaskBoard planId={plan.id} />
        </Card>
      ) : null}

      <Card
        style={{ marginTop: 16 }}
        title={formatCount(t, plan.reporting.length, 'planReportingCount', 'planReportingCountNone')}
      >
        <List
          size="small"
          data-testid="plan-reporting"
          dataSource={plan.reporting}
          locale={{ emptyText: t('planNoReporting') }}
          renderItem={(duty) => (
            <List.Item key={duty.id}>
              <Space orientation="vertical" size={2}>
                <Space wrap size={6}>
                  <Tag color="cyan">{labelFrequency(t, duty.freq)}</Tag>
                  {duty.due ? <Tag>{formatReportingDue(t, duty.due)}</Tag> : null}
                  {duty.to ? <span>{t('planReportingToShort', { to: duty.to })}</span> : null}
                  {duty.via ? (
                    <Typography.Text type="secondary">{t('planReportingViaShort', { via: duty.via })}</Typography.Text>
                  ) : null}
                </Space>
                <Typography.Text>{duty.text}</Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      </Card>

      <Card style={{ marginTop: 16 }} title={t('reportsSectionTitle')}>
        <PlanUnitReports plan={plan} />
      </Card>

      <Card
        style={{ marginTop: 16 }}
        title={formatCount(t, plan.references.length, 'planReferenceCount', 'planReferenceCountNone')}
      >
        <PlanReferencesTable references={plan.references} />
      </Card>
    </div>
  );
}
