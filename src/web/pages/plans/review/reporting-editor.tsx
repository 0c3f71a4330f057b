import { PlusOutlined } from '@ant-design/icons';
import { Button, Col, Empty, Input, Row, Select, Space, Tag, Typography } from 'antd';
import type { ExtractedReportingDuty, PlanExtraction, ReportingFrequency } from '../../../api/types.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { formatCount, formatReportingDue, labelFrequency, reportingFrequencies } from '../plan-format.ts';
import { ReportingDueEditor } from './due-editor.tsx';
import { ConfidenceTag, FieldLabel, ItemActions, ItemFrame } from './review-shared.tsx';
import type { EditExtraction, SelectItem } from './review-types.ts';

export function reportingKey(index: number): string {
  return `b${index}`;
}

interface ReportingEditorProps {
  duties: ExtractedReportingDuty[];
  selectedId: string | null;
  edit: EditExtraction;
  select: SelectItem;
}

function replaceAt(
  extraction: PlanExtraction,
  index: number,
  patch: Partial<ExtractedReportingDuty> | null,
): PlanExtraction {
  const reporting =
    patch === null
      ? extraction.reporting.filter((_, position) => position !== index)
      : extraction.reporting.map((duty, position) => (position === index ? { ...duty, ...patch } : duty));
  return { ...extraction, reporting };
}

/** Who reports what to whom and when ("định kỳ hằng năm, trước ngày 15/12 ..."). */
export function ReportingEditor({ duties, selectedId, edit, select }: ReportingEditorProps) {
  const { t } = useI18n();

  const add = () => {
    const line = duties.at(-1)?.line ?? 1;
    edit((current) => ({
      ...current,
      reporting: [
        ...current.reporting,
        { freq: 'yearly', due: null, to: null, via: null, text: '', line, confidence: 1 },
      ],
    }));
    select({ section: 'reporting', id: reportingKey(duties.length), line });
  };

  return (
    <div data-testid="draft-reporting">
      <Space style={{ marginBottom: 12, justifyContent: 'space-between', width: '100%' }}>
        <Typography.Text strong>
          {formatCount(t, duties.length, 'planReportingCount', 'planReportingCountNone')}
        </Typography.Text>
        <Button icon={<PlusOutlined />} onClick={add} data-testid="reporting-add">
          {t('planReportingAdd')}
        </Button>
      </Space>
      {duties.length === 0 ? <Empty description={t('planNoReporting')} /> : null}
      {duties.map((duty, index) => {
        const key = reportingKey(index);
        const change = (patch: Partial<ExtractedReportingDuty> | null) =>
          edit((current) => replaceAt(current, index, patch));
        return (
          <ItemFrame
            key={key}
            testId="draft-reporting-duty"
            itemId={key}
            selected={selectedId === key}
            lowConfidence={duty.confidence < 0.7}
            onSelect={() => select({ section: 'reporting', id: key, line: duty.line })}
            summary={
              <div>
                <Space size={6} wrap style={{ marginBottom: 4 }}>
                  <Tag color="cyan">{labelFrequency(t, duty.freq)}</Tag>
                  {duty.due ? <Tag>{formatReportingDue(t, duty.due)}</Tag> : null}
                  {duty.to ? <span>{t('planReportingToShort', { to: duty.to })}</span> : null}
                  {duty.via ? (
                    <Typography.Text type="secondary">{t('planReportingViaShort', { via: duty.via })}</Typography.Text>
                  ) : null}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('planLineN', { line: duty.line })}
                  </Typography.Text>
                  <ConfidenceTag confidence={duty.confidence} />
                </Space>
                <Typography.Paragraph style={{ marginBottom: 0 }} ellipsis={{ rows: 2 }}>
                  {duty.text}
                </Typography.Paragraph>
              </div>
            }
            editor={
              <div>
                <Row gutter={8}>
                  <Col xs={12} md={6}>
                    <FieldLabel>{t('planReportingFrequency')}</FieldLabel>
                    <Select<ReportingFrequency>
                      value={duty.freq}
                      onChange={(freq) => change({ freq })}
                      style={{ width: '100%' }}
                      options={reportingFrequencies.map((value) => ({ value, label: labelFrequency(t, value) }))}
                    />
                  </Col>
                  <Col xs={12} md={6}>
                    <FieldLabel>{t('planReportingDue')}</FieldLabel>
                    <ReportingDueEditor
                      due={duty.due}
                      field={t('planReportingDueField', { index: index + 1 })}
                      onChange={(due) => change({ due })}
                    />
                  </Col>
                  <Col xs={24} md={12}>
                    <FieldLabel>{t('planReportingTo')}</FieldLabel>
                    <Input value={duty.to ?? ''} onChange={(event) => change({ to: event.target.value || null })} />
                  </Col>
                  <Col span={24}>
                    <FieldLabel>{t('planReportingVia')}</FieldLabel>
                    <Input value={duty.via ?? ''} onChange={(event) => change({ via: event.target.value || null })} />
                  </Col>
                  <Col span={24}>
                    <FieldLabel>{t('planReportingText')}</FieldLabel>
                    <Input.TextArea
                      value={duty.text}
                      autoSize={{ minRows: 2, maxRows: 6 }}
                      onChange={(event) => change({ text: event.target.value })}
                    />
                  </Col>
                </Row>
                <ItemActions onDelete={() => change(null)} />
              </div>
            }
          />
        );
      })}
    </div>
  );
}
