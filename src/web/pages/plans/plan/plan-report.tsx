// The plan page's "Báo cáo kết quả" card (issue 10, decision 0029): choose a period, adjust the
// report's number, date, place, signer, recipients and opening (planners of the plan's unit;
// blank keeps the default from the plan), download it as DOCX, XLSX or PDF, and store the
// final version with the plan. The figures are never typed here: the server computes them.
import { DownloadOutlined, SaveOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, Form, Input, Row, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { type ReportFieldsBody, reportsApi } from '../../../api/endpoints.ts';
import type { PlanDetail } from '../../../api/types.ts';
import { useApi } from '../../../api/use-api.ts';
import { DateInput } from '../../../components/date-input.tsx';
import { ErrorView } from '../../../components/status-views.tsx';
import { useReportError } from '../../../components/use-report-error.ts';
import { formatDate } from '../../../format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { defaultYear } from '../../live/live-format.ts';
import { PeriodSelect } from '../../live/period-select.tsx';
import { saveBlob } from './plan-value-files.tsx';

type Format = 'docx' | 'xlsx' | 'pdf';
interface FormValues {
  number: string;
  date: string | null;
  place: string;
  signerName: string;
  signerTitle: string;
  recipients: string;
  intro: string;
}

const toBody = (values: FormValues): ReportFieldsBody => ({
  number: values.number || null,
  date: values.date,
  place: values.place || null,
  signerName: values.signerName || null,
  signerTitle: values.signerTitle || null,
  recipients: values.recipients.trim() ? values.recipients.split('\n') : null,
  intro: values.intro || null,
});

export function PlanReport({ plan }: { plan: PlanDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const reportError = useReportError();
  // Last year by default: the yearly report is written after the year ends.
  const [period, setPeriod] = useState(() => String(Number(defaultYear()) - 1));
  const [busy, setBusy] = useState<string | null>(null);
  const [form] = Form.useForm<FormValues>();
  const state = useApi((signal) => reportsApi.fields(plan.id, period, signal), [plan.id, period]);
  const view = state.data;
  const reportDate = Form.useWatch('date', form) ?? null;

  useEffect(() => {
    if (!view) return;
    form.setFieldsValue({
      number: view.fields.number ?? '',
      date: view.fields.date,
      place: view.fields.place,
      signerName: view.fields.signerName,
      signerTitle: view.fields.signerTitle,
      recipients: view.fields.recipients.join('\n'),
      intro: view.fields.intro ?? '',
    });
  }, [view, form]);

  const run = async (what: string, work: () => Promise<void>) => {
    setBusy(what);
    try {
      await work();
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(null);
    }
  };
  const download = (format: Format) =>
    run(format, async () => {
      const file = await reportsApi.download(plan.id, period, format);
      saveBlob(file.blob, file.fileName ?? `bao-cao-${period}.${format}`);
    });
  const save = () =>
    run('save', async () => {
      await reportsApi.saveFields(plan.id, period, toBody(form.getFieldsValue()));
      void message.success(t('reportSaved'));
      state.reload();
    });
  const finalise = () =>
    run('final', async () => {
      if (view?.canEdit) await reportsApi.saveFields(plan.id, period, toBody(form.getFieldsValue()));
      await reportsApi.finalise(plan.id, period);
      void message.success(t('reportFinalised'));
      state.reload();
    });
  const downloadFinal = () =>
    run('final-download', async () => {
      const file = await reportsApi.downloadFinal(plan.id, period);
      saveBlob(file.blob, file.fileName ?? `bao-cao-${period}.docx`);
    });

  return (
    <div data-testid="plan-report">
      <Typography.Paragraph type="secondary">{t('reportIntro')}</Typography.Paragraph>
      <Space wrap align="center" style={{ marginBottom: 12 }}>
        <PeriodSelect
          value={period}
          onChange={setPeriod}
          testId="plan-report-period"
          kinds={['year', 'half-year', 'quarter']}
        />
        {(['docx', 'xlsx', 'pdf'] as const).map((format) => (
          <Button
            key={format}
            icon={<DownloadOutlined />}
            loading={busy === format}
            disabled={busy !== null && busy !== format}
            onClick={() => void download(format)}
            data-testid={`plan-report-download-${format}`}
          >
            {t(
              format === 'docx' ? 'reportDownloadDocx' : format === 'xlsx' ? 'reportDownloadXlsx' : 'reportDownloadPdf',
            )}
          </Button>
        ))}
      </Space>
      {state.error ? <ErrorView error={state.error} onRetry={state.reload} /> : null}
      {view?.final ? (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="plan-report-final"
          title={t('reportFinalStored', {
            date: formatDate(view.final.finalisedAt.slice(0, 10)),
            name: view.final.finalisedByName ?? t('reportSystem'),
          })}
          action={
            <Button size="small" loading={busy === 'final-download'} onClick={() => void downloadFinal()}>
              {t('reportFinalDownload')}
            </Button>
          }
        />
      ) : null}
      {view?.canEdit ? (
        <Form form={form} layout="vertical" data-testid="plan-report-form">
          <Row gutter={12}>
            <Col xs={24} sm={8}>
              <Form.Item name="number" label={t('reportNumber')} extra={t('reportNumberHint')}>
                <Input maxLength={20} data-testid="plan-report-number" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={8}>
              <Form.Item name="date" label={t('reportDate')}>
                <DateInput
                  value={reportDate}
                  onChange={(value) => form.setFieldValue('date', value)}
                  aria-label={t('reportDate')}
                  data-testid="plan-report-date"
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={8}>
              <Form.Item name="place" label={t('reportPlace')}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="signerName" label={t('reportSignerName')}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="signerTitle" label={t('reportSignerTitle')}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="recipients" label={t('reportRecipients')} extra={t('reportRecipientsHint')}>
                <Input.TextArea rows={4} data-testid="plan-report-recipients" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="intro" label={t('reportOpening')} extra={t('reportOpeningHint')}>
                <Input.TextArea rows={4} maxLength={5000} />
              </Form.Item>
            </Col>
          </Row>
          <Space wrap>
            <Button
              icon={<SaveOutlined />}
              loading={busy === 'save'}
              onClick={() => void save()}
              data-testid="plan-report-save"
            >
              {t('reportSave')}
            </Button>
            <Button
              type="primary"
              icon={<SafetyCertificateOutlined />}
              loading={busy === 'final'}
              onClick={() => void finalise()}
              data-testid="plan-report-finalise"
            >
              {t('reportFinalise')}
            </Button>
          </Space>
        </Form>
      ) : null}
    </div>
  );
}
