// The plan page's "Nhập số liệu bằng tệp Excel" card (decision 0024): download the plan's
// template for a year, fill it offline, upload it back. The server checks every cell and
// saves all or nothing; a refusal lists its problems by sheet row and column, and one made
// only of unusual jumps can be confirmed and sent again without choosing the file anew.
// "Chỉ kiểm tra" sends the file as a dry run; its result offers to save the same file.
import { CheckCircleOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, List, Select, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { type TemplateImportSummary, valueFilesApi } from '../../../api/endpoints.ts';
import type { PlanDetail } from '../../../api/types.ts';
import { useReportError } from '../../../components/use-report-error.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { defaultYear, labelPeriodId, yearPeriods } from '../../live/live-format.ts';
import {
  limitProblems,
  maxTemplateBytes,
  maxTemplateMegabytes,
  readUploadFailure,
  templateFileName,
  type UploadFailure,
} from './value-file-problems.ts';

const xlsxAccept = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What the last upload came to; the file is kept so a confirmation or a real save resends it. */
type Outcome =
  | { kind: 'saved'; file: File; confirmed: boolean; summary: TemplateImportSummary }
  | { kind: 'refused'; file: File; failure: UploadFailure };

/** Hands the blob to the browser as a download (an object URL on a link, freed once clicked). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; a later revoke leaves time for slow browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function ProblemList({ failure }: { failure: UploadFailure }) {
  const { t } = useI18n();
  const { shown, hidden } = limitProblems(failure.problems);
  if (shown.length === 0) return null;
  return (
    <List
      size="small"
      data-testid="value-files-problems"
      dataSource={[...shown]}
      renderItem={(problem, index) => (
        // Two problems may read alike (a cell refused twice), so the place in the list is the key;
        // the list is replaced whole, never reordered.
        <List.Item key={index} data-testid="value-files-problem">
          {problem.message}
        </List.Item>
      )}
      footer={
        hidden > 0 ? (
          <Typography.Text type="secondary" data-testid="value-files-more-problems">
            {t('valueFilesMoreProblems', { count: hidden })}
          </Typography.Text>
        ) : undefined
      }
    />
  );
}

export function PlanValueFiles({ plan, onImported }: { plan: PlanDetail; onImported(): void }) {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [period, setPeriod] = useState(defaultYear);
  const [dryRun, setDryRun] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const [uploading, setUploading] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const download = async () => {
    setDownloading(true);
    try {
      const file = await valueFilesApi.downloadTemplate(plan.id, period);
      const name = templateFileName(file.fileName, plan.id, period);
      saveBlob(file.blob, name);
      void message.success(t('valueFilesDownloaded', { name }));
    } catch (error) {
      reportError(error);
    } finally {
      setDownloading(false);
    }
  };

  const upload = async (file: File, choices: { dryRun: boolean; confirm: boolean }) => {
    setOutcome(null);
    // The server refuses it too; saying so here spares sending megabytes for nothing.
    if (file.size > maxTemplateBytes) {
      setOutcome({
        kind: 'refused',
        file,
        failure: {
          message: t('valueFilesTooLarge', { name: file.name, size: maxTemplateMegabytes }),
          problems: [],
          needsConfirmation: false,
        },
      });
      return;
    }
    setUploading(file.name);
    try {
      const summary = await valueFilesApi.uploadTemplate(plan.id, file, choices);
      setOutcome({ kind: 'saved', file, confirmed: choices.confirm, summary });
      // Stored values change the roll-ups: the page reloads its targets.
      if (!summary.dryRun) onImported();
    } catch (error) {
      const failure = readUploadFailure(error);
      if (failure) setOutcome({ kind: 'refused', file, failure });
      else reportError(error);
    } finally {
      setUploading(null);
    }
  };

  return (
    <div data-testid="plan-value-files">
      <Typography.Paragraph type="secondary">{t('valueFilesIntro')}</Typography.Paragraph>
      <Space wrap align="center">
        <Select
          value={period}
          onChange={setPeriod}
          style={{ minWidth: 140 }}
          aria-label={t('valueFilesPeriod')}
          data-testid="value-files-period"
          options={yearPeriods()
            .reverse()
            .map((id) => ({ value: id, label: labelPeriodId(id, language) }))}
        />
        <Button
          icon={<DownloadOutlined />}
          loading={downloading}
          onClick={() => void download()}
          data-testid="value-files-download"
        >
          {t('valueFilesDownload')}
        </Button>
        <span data-testid="value-files-upload">
          <Upload
            accept={xlsxAccept}
            multiple={false}
            showUploadList={false}
            disabled={uploading !== null}
            beforeUpload={(file) => {
              void upload(file, { dryRun, confirm: false });
              // The card sends the file itself (with its fields); antd must not.
              return Upload.LIST_IGNORE;
            }}
          >
            <Button type="primary" icon={<UploadOutlined />} loading={uploading !== null}>
              {t('valueFilesUpload')}
            </Button>
          </Upload>
        </span>
        <Checkbox
          checked={dryRun}
          onChange={(event) => setDryRun(event.target.checked)}
          data-testid="value-files-dry-run"
        >
          {t('valueFilesDryRun')}
        </Checkbox>
      </Space>
      {uploading ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }} data-testid="value-files-uploading">
          {t('valueFilesUploading', { name: uploading })}
        </Typography.Paragraph>
      ) : null}
      {outcome?.kind === 'saved' ? (
        <Alert
          type={outcome.summary.dryRun ? 'info' : 'success'}
          showIcon
          style={{ marginTop: 12 }}
          data-testid="value-files-success"
          title={t(outcome.summary.dryRun ? 'valueFilesChecked' : 'valueFilesImported', { name: outcome.file.name })}
          description={
            <Space orientation="vertical" size={4}>
              <span data-testid="value-files-description">{outcome.summary.description}</span>
              {outcome.summary.dryRun ? (
                <Button
                  size="small"
                  icon={<CheckCircleOutlined />}
                  // A check that was confirmed saves confirmed: the same jumps would stop it again.
                  onClick={() => void upload(outcome.file, { dryRun: false, confirm: outcome.confirmed })}
                  data-testid="value-files-save-checked"
                >
                  {t('valueFilesSaveChecked')}
                </Button>
              ) : (
                <Typography.Text type="secondary">{t('valueFilesRefreshed')}</Typography.Text>
              )}
            </Space>
          }
        />
      ) : null}
      {outcome?.kind === 'refused' ? (
        <Alert
          type={outcome.failure.needsConfirmation ? 'warning' : 'error'}
          showIcon
          style={{ marginTop: 12 }}
          data-testid="value-files-error"
          title={t('valueFilesFailed', { name: outcome.file.name })}
          description={
            <Space orientation="vertical" size={4} style={{ width: '100%' }}>
              <span data-testid="value-files-error-message">{outcome.failure.message}</span>
              {outcome.failure.needsConfirmation ? (
                <>
                  <Typography.Text>{t('valueFilesConfirmHint')}</Typography.Text>
                  <Button
                    size="small"
                    onClick={() => void upload(outcome.file, { dryRun, confirm: true })}
                    data-testid="value-files-confirm"
                  >
                    {t('valueFilesConfirm')}
                  </Button>
                </>
              ) : null}
              <ProblemList failure={outcome.failure} />
            </Space>
          }
        />
      ) : null}
    </div>
  );
}
