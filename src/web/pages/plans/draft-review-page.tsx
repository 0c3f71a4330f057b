import { CheckOutlined, DeleteOutlined, SaveOutlined, WarningOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Badge,
  Button,
  Col,
  Grid,
  List,
  Modal,
  Popconfirm,
  Row,
  Select,
  Space,
  Tabs,
  Typography,
} from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { agenciesApi, planDraftsApi } from '../../api/endpoints.ts';
import type { PlanDraftView, PlanExtraction } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorView, LoadingView } from '../../components/status-views.tsx';
import { formatDateTime } from '../../format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { formatPlanRef, lowConfidence } from './plan-format.ts';
import { AddAgencyModal } from './review/add-agency-modal.tsx';
import { listUnmatchedLeads, matchMentionsNamed, type ReviewSection } from './review/draft-edits.ts';
import { HeaderEditor } from './review/header-editor.tsx';
import { referenceKey, ReferencesEditor } from './review/references-editor.tsx';
import { reportingKey, ReportingEditor } from './review/reporting-editor.tsx';
import type { Selection } from './review/review-types.ts';
import { SourcePanel } from './review/source-panel.tsx';
import { TargetsEditor } from './review/targets-editor.tsx';
import { TasksEditor } from './review/tasks-editor.tsx';
import { useDraftReview } from './review/use-draft-review.ts';

function collectItemLines(extraction: PlanExtraction): Set<number> {
  const lines = new Set<number>();
  for (const list of [extraction.references, extraction.targets, extraction.tasks, extraction.reporting]) {
    for (const item of list) lines.add(item.line);
  }
  return lines;
}

/** The item that starts on a source line, so a click in the source opens it on the right. */
function findItemAtLine(extraction: PlanExtraction, line: number): Selection | null {
  const task = extraction.tasks.find((item) => item.line === line);
  if (task) return { section: 'tasks', id: task.id, line };
  const target = extraction.targets.find((item) => item.line === line);
  if (target) return { section: 'targets', id: target.id, line };
  const reference = extraction.references.findIndex((item) => item.line === line);
  if (reference >= 0) return { section: 'references', id: referenceKey(reference), line };
  const duty = extraction.reporting.findIndex((item) => item.line === line);
  if (duty >= 0) return { section: 'reporting', id: reportingKey(duty), line };
  return null;
}

function countLow(items: ReadonlyArray<{ confidence: number }>): number {
  return items.filter((item) => item.confidence < lowConfidence).length;
}

function DraftReview({ draft }: { draft: PlanDraftView }) {
  const { t } = useI18n();
  const review = useDraftReview(draft);
  const { extraction, selection, select, setTab } = review;
  const agencies = useApi(
    (signal) =>
      review.adminUnitId
        ? agenciesApi.list({ adminUnitId: review.adminUnitId, limit: 500 }, signal)
        : Promise.resolve({ items: [], total: 0, limit: 500, offset: 0 }),
    [review.adminUnitId],
  );
  const { message } = App.useApp();
  const phone = !Grid.useBreakpoint().md;
  const itemLines = useMemo(() => collectItemLines(extraction), [extraction]);
  const unmatchedLeads = useMemo(() => listUnmatchedLeads(extraction), [extraction]);
  const [unmatchedOpen, setUnmatchedOpen] = useState(false);
  const [addAgencyFor, setAddAgencyFor] = useState<string | null>(null);
  const unitName = review.adminUnitId && review.adminUnitId === draft.adminUnit?.id ? draft.adminUnit.name : null;

  // A lead matched to no agency gets no tasks or reports later: confirming asks first.
  const askConfirm = () => {
    if (unmatchedLeads.length > 0) setUnmatchedOpen(true);
    else void review.confirm();
  };
  const onAgencyCreated = (agency: { id: string; name: string }, writtenName: string) => {
    review.edit((current) => matchMentionsNamed(current, writtenName, agency));
    setAddAgencyFor(null);
    agencies.reload();
    void message.success(t('planAgencyCreated', { name: agency.name }));
  };
  const openTask = (taskId: string) => {
    const task = extraction.tasks.find((item) => item.id === taskId);
    setUnmatchedOpen(false);
    setTab('tasks');
    select({ section: 'tasks', id: taskId, line: task?.line ?? null });
  };
  const selectedId = (section: ReviewSection) => (selection?.section === section ? selection.id : null);

  const onLineClick = useCallback(
    (line: number) => {
      const found = findItemAtLine(extraction, line);
      if (!found) return;
      setTab(found.section);
      select(found);
    },
    [extraction, select, setTab],
  );

  const tabLabel = (text: string, count: number, low: number) => (
    <Space size={4}>
      {text}
      <Badge count={count} color={low > 0 ? '#faad14' : '#bfbfbf'} overflowCount={999} />
    </Space>
  );

  const agencyList = agencies.data?.items ?? [];
  const busy = review.busy !== null;

  const tabItems = [
    {
      key: 'document',
      label: t('planTabDocument'),
      children: (
        <HeaderEditor
          extraction={extraction}
          adminUnitId={review.adminUnitId}
          adminUnit={draft.adminUnit}
          onAdminUnit={review.setAdminUnitId}
          edit={review.edit}
          select={select}
        />
      ),
    },
    {
      key: 'references',
      label: tabLabel(t('planTabReferences'), extraction.references.length, countLow(extraction.references)),
      children: (
        <ReferencesEditor
          references={extraction.references}
          selectedId={selectedId('references')}
          edit={review.edit}
          select={select}
        />
      ),
    },
    {
      key: 'targets',
      label: tabLabel(t('planTabTargets'), extraction.targets.length, countLow(extraction.targets)),
      children: (
        <TargetsEditor
          draftId={draft.id}
          targets={extraction.targets}
          selectedId={selectedId('targets')}
          edit={review.edit}
          select={select}
        />
      ),
    },
    {
      key: 'tasks',
      label: tabLabel(t('planTabTasks'), extraction.tasks.length, countLow(extraction.tasks)),
      children: (
        <TasksEditor
          tasks={extraction.tasks}
          selectedId={selectedId('tasks')}
          agencies={agencyList}
          edit={review.edit}
          select={select}
          onAddAgency={setAddAgencyFor}
        />
      ),
    },
    {
      key: 'reporting',
      label: tabLabel(t('planTabReporting'), extraction.reporting.length, countLow(extraction.reporting)),
      children: (
        <ReportingEditor
          duties={extraction.reporting}
          selectedId={selectedId('reporting')}
          edit={review.edit}
          select={select}
        />
      ),
    },
  ];
  // On a phone five tabs do not fit (antd hides the rest behind "…"): a list of the sections instead.
  const sectionSelect = () => (
    <Select<ReviewSection>
      value={review.tab}
      onChange={setTab}
      options={tabItems.map((item) => ({ value: item.key as ReviewSection, label: item.label }))}
      style={{ width: '100%', marginBottom: 12 }}
      aria-label={t('planSections')}
      data-testid="draft-section-select"
    />
  );

  return (
    <div data-testid="draft-review">
      <Space
        style={{ width: '100%', justifyContent: 'space-between', alignItems: 'flex-start', marginBottom: 12 }}
        wrap
      >
        <div>
          <Link to="/ke-hoach">{t('plansBack')}</Link>
          <Typography.Title level={3} style={{ margin: '8px 0 0' }}>
            {t('planReviewTitle')}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t('planReviewFile', { file: draft.fileName, at: formatDateTime(draft.createdAt) })}
          </Typography.Text>
        </div>
        <Space wrap>
          {review.dirty ? <Typography.Text type="warning">{t('planUnsaved')}</Typography.Text> : null}
          <Popconfirm
            title={t('planDiscardConfirm')}
            okText={t('planDiscard')}
            cancelText={t('cancel')}
            onConfirm={() => void review.discard()}
          >
            <Button
              danger
              icon={<DeleteOutlined />}
              disabled={busy}
              loading={review.busy === 'discard'}
              data-testid="draft-discard"
            >
              {t('planDiscard')}
            </Button>
          </Popconfirm>
          <Button
            icon={<SaveOutlined />}
            onClick={() => void review.save()}
            disabled={busy}
            loading={review.busy === 'save'}
            data-testid="draft-save"
          >
            {t('planSaveDraft')}
          </Button>
          <Button
            type="primary"
            icon={<CheckOutlined />}
            onClick={askConfirm}
            disabled={busy}
            loading={review.busy === 'confirm'}
            data-testid="draft-confirm"
          >
            {t('planConfirm')}
          </Button>
        </Space>
      </Space>

      {draft.duplicateOf ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="draft-duplicate"
          title={t('planDuplicateTitle')}
          description={formatPlanRef(t, draft.duplicateOf)}
          action={
            <Link to={`/ke-hoach/${encodeURIComponent(draft.duplicateOf.id)}`}>
              <Button size="small">{t('planOpenExisting')}</Button>
            </Link>
          }
        />
      ) : null}

      <Row gutter={16}>
        {/* On a phone the form comes first and the source beneath it. */}
        <Col xs={{ span: 24, order: 2 }} lg={{ span: 10, order: 1 }}>
          <SourcePanel
            lines={draft.sourceLines}
            activeLine={selection?.line ?? null}
            itemLines={itemLines}
            onLineClick={onLineClick}
          />
        </Col>
        <Col xs={{ span: 24, order: 1 }} lg={{ span: 14, order: 2 }}>
          <Tabs
            activeKey={review.tab}
            onChange={(key) => setTab(key as ReviewSection)}
            data-testid="draft-tabs"
            items={tabItems}
            renderTabBar={phone ? sectionSelect : undefined}
          />
          {extraction.warnings.length > 0 ? (
            <List
              size="small"
              style={{ marginTop: 16 }}
              data-testid="draft-warnings"
              header={
                <Space>
                  <WarningOutlined style={{ color: '#faad14' }} />
                  {t('planWarnings', { count: extraction.warnings.length })}
                </Space>
              }
              dataSource={extraction.warnings}
              renderItem={(warning) => (
                <List.Item>
                  {warning.line ? (
                    <Button
                      type="link"
                      size="small"
                      onClick={() => select({ section: review.tab, id: null, line: warning.line })}
                    >
                      {t('planLineN', { line: warning.line })}
                    </Button>
                  ) : null}
                  <span>{warning.message}</span>
                </List.Item>
              )}
            />
          ) : null}
        </Col>
      </Row>

      <Modal
        open={unmatchedOpen && unmatchedLeads.length > 0}
        destroyOnHidden
        title={t('planUnmatchedTitle', { count: unmatchedLeads.length })}
        onCancel={() => setUnmatchedOpen(false)}
        data-testid="unmatched-modal"
        width={640}
        footer={[
          <Button key="back" onClick={() => setUnmatchedOpen(false)} data-testid="unmatched-back">
            {t('planUnmatchedBack')}
          </Button>,
          <Button
            key="anyway"
            type="primary"
            danger
            onClick={() => {
              setUnmatchedOpen(false);
              void review.confirm();
            }}
            data-testid="unmatched-confirm"
          >
            {t('planUnmatchedConfirm')}
          </Button>,
        ]}
      >
        <Typography.Paragraph>{t('planUnmatchedText')}</Typography.Paragraph>
        <List
          size="small"
          dataSource={unmatchedLeads}
          rowKey={(lead) => `${lead.taskId}|${lead.text}`}
          style={{ maxHeight: 320, overflowY: 'auto' }}
          renderItem={(lead) => (
            <List.Item
              data-testid="unmatched-lead"
              actions={[
                <Button key="open" type="link" size="small" onClick={() => openTask(lead.taskId)}>
                  {t('planUnmatchedOpen')}
                </Button>,
                <Button
                  key="add"
                  size="small"
                  onClick={() => setAddAgencyFor(lead.text)}
                  data-testid="unmatched-create-agency"
                >
                  {t('planAgencyCreate')}
                </Button>,
              ]}
            >
              <Space orientation="vertical" size={0}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('planTaskNumber', { index: lead.taskIndex + 1 })}
                </Typography.Text>
                <Typography.Text strong>{lead.text}</Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      </Modal>

      <AddAgencyModal
        name={addAgencyFor}
        unitId={review.adminUnitId}
        unitName={unitName}
        onClose={() => setAddAgencyFor(null)}
        onCreated={onAgencyCreated}
      />

      <Modal
        open={review.leaveBlocker.state === 'blocked'}
        title={t('planLeaveTitle')}
        okText={t('planLeave')}
        okButtonProps={{ danger: true }}
        cancelText={t('planStay')}
        onOk={() => review.leaveBlocker.proceed?.()}
        onCancel={() => review.leaveBlocker.reset?.()}
        data-testid="leave-modal"
      >
        <Typography.Paragraph>{t('planLeaveText')}</Typography.Paragraph>
      </Modal>

      <Modal
        open={review.conflict !== null}
        title={t('planDuplicateTitle')}
        onCancel={() => review.setConflict(null)}
        data-testid="duplicate-modal"
        footer={[
          <Button key="cancel" onClick={() => review.setConflict(null)}>
            {t('cancel')}
          </Button>,
          <Button key="anyway" onClick={() => void review.confirm(true)} loading={review.busy === 'confirm'}>
            {t('planCreateAnyway')}
          </Button>,
          review.conflict?.plan ? (
            <Button
              key="open"
              type="primary"
              onClick={() => void review.discard(`/ke-hoach/${encodeURIComponent(review.conflict!.plan!.id)}`)}
            >
              {t('planOpenExisting')}
            </Button>
          ) : null,
        ]}
      >
        <Typography.Paragraph>{review.conflict?.message}</Typography.Paragraph>
        <Typography.Paragraph type="secondary">{t('planDuplicateHint')}</Typography.Paragraph>
      </Modal>
    </div>
  );
}

export default function DraftReviewPage() {
  const { draftId = '' } = useParams();
  const state = useApi((signal) => planDraftsApi.get(draftId, signal), [draftId]);
  if (state.loading && !state.data) return <LoadingView />;
  if (state.error || !state.data) return <ErrorView error={state.error} onRetry={state.reload} />;
  // Keyed by id so that opening another draft starts from its own state.
  return <DraftReview key={state.data.draft.id} draft={state.data.draft} />;
}
