// One unit's periodic report (/bao-cao/:reportId): the reporting unit fills three narrative
// sections and a note per task, sees its figures read-only (entered on the entry form, never
// here) and submits; the consolidating agency returns it with a reason or accepts it. The
// buttons follow `can` from the server, which decides every step again.
import {
  Alert,
  App,
  Button,
  type ButtonProps,
  Card,
  Descriptions,
  Input,
  Modal,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { unitReportsApi } from '../../api/endpoints.ts';
import type { UnitReport } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorView, LoadingView } from '../../components/status-views.tsx';
import { useReportError } from '../../components/use-report-error.ts';
import { formatDate, formatDateTime } from '../../format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { labelPeriodId } from '../live/live-format.ts';
import { ReportStateTag, TimelinessTag } from './report-tags.tsx';

type Task = UnitReport['tasks'][number];
type Value = UnitReport['values'][number];
type Progress = NonNullable<Task['progress']>;
type Draft = Pick<UnitReport, 'achievements' | 'difficulties' | 'proposals' | 'tasks'>;

/** "Năm 2026" inside a sentence: "Báo cáo năm 2026". */
const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

const narratives = [
  ['achievements', 'reportAchievements'],
  ['difficulties', 'reportDifficulties'],
  ['proposals', 'reportProposals'],
] as const;

function ReturnDialog({ open, onClose, onReturn }: { open: boolean; onClose(): void; onReturn(reason: string): void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  return (
    <Modal
      open={open}
      title={t('reportReturnTitle')}
      okText={t('reportReturn')}
      onCancel={onClose}
      onOk={() => {
        if (!reason.trim()) setMissing(true);
        else onReturn(reason.trim());
      }}
      okButtonProps={{ 'data-testid': 'report-return-confirm' } as ButtonProps}
    >
      <Typography.Text>{t('reportReturnReason')}</Typography.Text>
      <Input.TextArea
        data-testid="report-return-reason"
        rows={3}
        value={reason}
        status={missing ? 'error' : undefined}
        onChange={(event) => {
          setReason(event.target.value);
          setMissing(false);
        }}
      />
      {missing ? <Typography.Text type="danger">{t('reportReturnReasonRequired')}</Typography.Text> : null}
    </Modal>
  );
}

function TasksSection({
  tasks,
  editable,
  onChange,
}: {
  tasks: Task[];
  editable: boolean;
  onChange(tasks: Task[]): void;
}) {
  const { t } = useI18n();
  const update = (id: string, change: Partial<Task>) =>
    onChange(tasks.map((task) => (task.id === id ? { ...task, ...change } : task)));
  const progressOptions: Array<{ value: Progress; label: string }> = [
    { value: 'not_started', label: t('reportProgressNotStarted') },
    { value: 'in_progress', label: t('reportProgressInProgress') },
    { value: 'done', label: t('reportProgressDone') },
  ];
  return (
    <Table<Task>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={tasks}
      locale={{ emptyText: t('reportTasksNone') }}
      scroll={{ x: 'max-content' }}
      columns={[
        {
          title: t('reportTasks'),
          key: 'text',
          render: (_, task) => (
            <Space orientation="vertical" size={0}>
              <span>{task.text}</span>
              <Typography.Text type="secondary">
                {task.role === 'lead' ? t('reportTaskLead') : t('reportTaskSupport')}
                {task.dueText ? ` · ${task.dueText}` : ''}
              </Typography.Text>
            </Space>
          ),
        },
        {
          title: t('reportTaskProgress'),
          key: 'progress',
          render: (_, task) => (
            <Select<Progress>
              style={{ width: 170 }}
              disabled={!editable}
              allowClear
              value={task.progress ?? undefined}
              options={progressOptions}
              onChange={(value) => update(task.id, { progress: value ?? null })}
              data-testid={`report-task-progress-${task.id}`}
            />
          ),
        },
        {
          title: t('reportTaskNote'),
          key: 'note',
          render: (_, task) => (
            <Input
              style={{ minWidth: 220 }}
              disabled={!editable}
              value={task.note}
              onChange={(event) => update(task.id, { note: event.target.value })}
              data-testid="report-task-note"
            />
          ),
        },
      ]}
    />
  );
}

function ValuesSection({ report }: { report: UnitReport }) {
  const { t } = useI18n();
  return (
    <>
      <Table<Value>
        size="small"
        rowKey={(value) => `${value.indicatorId}|${value.dataElementId}`}
        pagination={false}
        dataSource={report.values}
        locale={{ emptyText: t('reportValuesNone') }}
        scroll={{ x: 'max-content' }}
        data-testid="report-values"
        columns={[
          { title: t('reportValueIndicator'), key: 'indicator', render: (_, value) => value.indicatorName },
          { title: t('reportValueElement'), key: 'element', render: (_, value) => value.dataElementName },
          {
            title: t('reportValueValue'),
            key: 'value',
            render: (_, value) =>
              value.value === null ? (
                <Typography.Text type="secondary">{t('reportValueMissing')}</Typography.Text>
              ) : (
                `${value.value.toLocaleString('vi-VN')} ${value.unit}`
              ),
          },
        ]}
      />
      {report.can.fill ? (
        <Link to={`/nhap-so-lieu?period=${encodeURIComponent(report.period)}`} data-testid="report-values-enter">
          {t('reportValuesEnter')}
        </Link>
      ) : null}
    </>
  );
}

export default function UnitReportPage() {
  const { reportId = '' } = useParams();
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const reportError = useReportError();
  const loaded = useApi((signal) => unitReportsApi.get(reportId, signal), [reportId]);
  const [report, setReport] = useState<UnitReport | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [busy, setBusy] = useState(false);
  const [returning, setReturning] = useState(false);

  useEffect(() => {
    if (loaded.data) setReport(loaded.data.report);
  }, [loaded.data]);
  useEffect(() => {
    if (report) setDraft({ ...report });
  }, [report]);

  if (loaded.error) return <ErrorView error={loaded.error} />;
  if (!report || !draft) return <LoadingView />;
  const editable = report.can.fill;

  const run = async (action: () => Promise<{ report: UnitReport }>, done: string) => {
    setBusy(true);
    try {
      setReport((await action()).report);
      message.success(done);
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };
  const save = () =>
    unitReportsApi.save(report.id, {
      version: report.version,
      achievements: draft.achievements,
      difficulties: draft.difficulties,
      proposals: draft.proposals,
      tasks: draft.tasks.map((task) => ({ taskId: task.id, progress: task.progress, note: task.note })),
    });

  return (
    <div data-testid="unit-report-page">
      <Typography.Title level={3}>
        {t('reportPageTitle', {
          period: language === 'vi' ? lowerFirst(report.periodLabel) : labelPeriodId(report.period, language),
        })}
      </Typography.Title>
      <Card>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('reportPlan')}>
            {[report.plan.number, report.plan.title].filter(Boolean).join(' — ')}
          </Descriptions.Item>
          <Descriptions.Item label={t('reportAgency')}>{report.agency.name}</Descriptions.Item>
          <Descriptions.Item label={t('reportDuty')}>{report.duty.text}</Descriptions.Item>
          <Descriptions.Item label={t('reportDue')}>{formatDate(report.dueDate)}</Descriptions.Item>
          <Descriptions.Item label={t('reportsState')}>
            <Space wrap>
              <ReportStateTag state={report.state} testId="report-state" />
              <TimelinessTag timeliness={report.timeliness} />
            </Space>
          </Descriptions.Item>
          {report.submittedAt ? (
            <Descriptions.Item label={t('reportStateSubmitted')}>
              {t('reportHistorySubmitted', {
                at: formatDateTime(report.submittedAt),
                by: report.submittedByName ?? '—',
              })}
            </Descriptions.Item>
          ) : null}
          {report.acceptedAt ? (
            <Descriptions.Item label={t('reportStateAccepted')}>
              {t('reportHistoryAccepted', { at: formatDateTime(report.acceptedAt), by: report.acceptedByName ?? '—' })}
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      </Card>

      {report.state === 'returned' && report.returnReason ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 16 }}
          title={
            <span data-testid="report-return-alert">{t('reportReturnedAlert', { reason: report.returnReason })}</span>
          }
        />
      ) : null}
      {report.state === 'submitted' && !report.can.accept ? (
        <Alert type="info" showIcon style={{ marginTop: 16 }} title={t('reportLocked')} />
      ) : null}

      {narratives.map(([field, label]) => (
        <Card key={field} size="small" style={{ marginTop: 16 }} title={t(label)}>
          <Input.TextArea
            aria-label={t(label)}
            data-testid={`report-${field}`}
            rows={4}
            disabled={!editable}
            value={draft[field]}
            onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
          />
        </Card>
      ))}

      <Card size="small" style={{ marginTop: 16 }} title={t('reportTasks')}>
        <TasksSection tasks={draft.tasks} editable={editable} onChange={(tasks) => setDraft({ ...draft, tasks })} />
      </Card>

      <Card size="small" style={{ marginTop: 16 }} title={t('reportValues')}>
        <ValuesSection report={report} />
      </Card>

      <Space wrap style={{ marginTop: 16 }}>
        {editable ? (
          <Button data-testid="report-save" disabled={busy} onClick={() => run(save, t('unitReportSaved'))}>
            {t('unitReportSave')}
          </Button>
        ) : null}
        {report.can.submit ? (
          <Button
            type="primary"
            data-testid="report-submit"
            disabled={busy}
            onClick={() =>
              run(async () => {
                // Saved first; kept even when sending is refused, so the next try has its version.
                const saved = await save();
                setReport(saved.report);
                return unitReportsApi.submit(report.id, saved.report.version);
              }, t('reportSubmitted'))
            }
          >
            {t('reportSubmit')}
          </Button>
        ) : null}
        {report.can.return ? (
          <Button danger data-testid="report-return" disabled={busy} onClick={() => setReturning(true)}>
            {t('reportReturn')}
          </Button>
        ) : null}
        {report.can.accept ? (
          <Button
            type="primary"
            data-testid="report-accept"
            disabled={busy}
            onClick={() => run(() => unitReportsApi.accept(report.id, report.version), t('reportAccepted'))}
          >
            {t('reportAccept')}
          </Button>
        ) : null}
      </Space>
      <ReturnDialog
        key={returning ? 'open' : 'closed'}
        open={returning}
        onClose={() => setReturning(false)}
        onReturn={(reason) => {
          setReturning(false);
          void run(() => unitReportsApi.return(report.id, report.version, reason), t('reportReturned'));
        }}
      />
    </div>
  );
}
