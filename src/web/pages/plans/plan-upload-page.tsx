import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Spin, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { planDraftsApi, type DraftUpload } from '../../api/endpoints.ts';
import { ApiError } from '../../api/http.ts';
import { describeError } from '../../components/status-views.tsx';
import { useReportError } from '../../components/use-report-error.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { formatPlanRef } from './plan-format.ts';

const accepted = '.txt,.md,.docx,.pdf';
const maxBytes = 20 * 1024 * 1024;

/** Upload a plan document: the server reads and extracts it into a draft to review. */
export default function PlanUploadPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const reportError = useReportError();
  const [uploading, setUploading] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [duplicate, setDuplicate] = useState<DraftUpload | null>(null);

  const upload = async (file: File) => {
    setFailure(null);
    setDuplicate(null);
    // The server checks the size too; saying so before sending 20 MB spares the wait.
    if (file.size > maxBytes) {
      setFailure(t('planUploadTooLarge', { name: file.name }));
      return;
    }
    setUploading(file.name);
    try {
      const result = await planDraftsApi.upload(file);
      if (result.duplicateOf) setDuplicate(result);
      else navigate(`/ke-hoach/ban-nhap/${encodeURIComponent(result.draft.id)}`);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return;
      setFailure(describeError(error, t));
    } finally {
      setUploading(null);
    }
  };

  const openExisting = async () => {
    if (!duplicate?.duplicateOf) return;
    // The fresh draft is not wanted once the reader goes to the plan already in the system.
    try {
      await planDraftsApi.discard(duplicate.draft.id);
    } catch (error) {
      reportError(error);
    }
    navigate(`/ke-hoach/${encodeURIComponent(duplicate.duplicateOf.id)}`);
  };

  return (
    <div data-testid="plan-upload">
      <Link to="/ke-hoach">{t('plansBack')}</Link>
      <Typography.Title level={3} style={{ marginTop: 8 }}>
        {t('planUploadTitle')}
      </Typography.Title>
      <Card>
        <Spin
          spinning={uploading !== null}
          description={uploading ? t('planUploading', { name: uploading }) : undefined}
        >
          <div data-testid="plan-upload-dropzone">
            <Upload.Dragger
              accept={accepted}
              multiple={false}
              showUploadList={false}
              disabled={uploading !== null}
              beforeUpload={(file) => {
                void upload(file);
                return Upload.LIST_IGNORE;
              }}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t('planUploadDrop')}</p>
              <p className="ant-upload-hint">{t('planUploadHint')}</p>
            </Upload.Dragger>
          </div>
        </Spin>
        {failure ? (
          <Alert
            type="error"
            showIcon
            style={{ marginTop: 16 }}
            title={t('planUploadFailed')}
            description={<span data-testid="plan-upload-error">{failure}</span>}
          />
        ) : null}
        {duplicate?.duplicateOf ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginTop: 16 }}
            data-testid="plan-upload-duplicate"
            title={t('planDuplicateTitle')}
            description={
              <Space orientation="vertical">
                <span>{formatPlanRef(t, duplicate.duplicateOf)}</span>
                <Space wrap>
                  <Button type="primary" onClick={() => void openExisting()} data-testid="open-existing-plan">
                    {t('planOpenExisting')}
                  </Button>
                  <Button
                    onClick={() => navigate(`/ke-hoach/ban-nhap/${encodeURIComponent(duplicate.draft.id)}`)}
                    data-testid="review-anyway"
                  >
                    {t('planReviewAnyway')}
                  </Button>
                </Space>
              </Space>
            }
          />
        ) : null}
      </Card>
    </div>
  );
}
