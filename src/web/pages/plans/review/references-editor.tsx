import { PlusOutlined } from '@ant-design/icons';
import { Button, Col, Empty, Input, InputNumber, Row, Select, Space, Tag, Typography } from 'antd';
import type { ExtractedReference, PlanExtraction } from '../../../api/types.ts';
import { documentKindName } from '../../../../domain/plans/document-kinds.ts';
import { DateInput } from '../../../components/date-input.tsx';
import { formatDate } from '../../../format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { formatCount, kindOptions } from '../plan-format.ts';
import { ConfidenceTag, FieldLabel, ItemActions, ItemFrame } from './review-shared.tsx';
import type { EditExtraction, SelectItem } from './review-types.ts';

/** References and reporting duties have no ids of their own: the review uses their position. */
export function referenceKey(index: number): string {
  return `r${index}`;
}

interface ReferencesEditorProps {
  references: ExtractedReference[];
  selectedId: string | null;
  edit: EditExtraction;
  select: SelectItem;
}

function replaceAt(
  extraction: PlanExtraction,
  index: number,
  patch: Partial<ExtractedReference> | null,
): PlanExtraction {
  const references =
    patch === null
      ? extraction.references.filter((_, position) => position !== index)
      : extraction.references.map((reference, position) =>
          position === index ? { ...reference, ...patch } : reference,
        );
  return { ...extraction, references };
}

export function ReferencesEditor({ references, selectedId, edit, select }: ReferencesEditorProps) {
  const { t } = useI18n();

  const add = () => {
    const line = references.at(-1)?.line ?? 1;
    edit((current) => ({
      ...current,
      references: [
        ...current.references,
        { kind: null, number: '', date: null, issuer: null, role: 'basis', line, confidence: 1 },
      ],
    }));
    select({ section: 'references', id: referenceKey(references.length), line });
  };

  return (
    <div data-testid="draft-references">
      <Space style={{ marginBottom: 12, justifyContent: 'space-between', width: '100%' }}>
        <Typography.Text strong>
          {formatCount(t, references.length, 'planReferenceCount', 'planReferenceCountNone')}
        </Typography.Text>
        <Button icon={<PlusOutlined />} onClick={add} data-testid="reference-add">
          {t('planReferenceAdd')}
        </Button>
      </Space>
      {references.length === 0 ? <Empty description={t('planNoReferences')} /> : null}
      {references.map((reference, index) => {
        const key = referenceKey(index);
        const change = (patch: Partial<ExtractedReference> | null) =>
          edit((current) => replaceAt(current, index, patch));
        return (
          <ItemFrame
            key={key}
            testId="draft-reference"
            itemId={key}
            selected={selectedId === key}
            lowConfidence={reference.confidence < 0.7}
            onSelect={() => select({ section: 'references', id: key, line: reference.line })}
            summary={
              <Space size={6} wrap>
                <Tag color={reference.role === 'basis' ? 'purple' : 'default'}>
                  {reference.role === 'basis' ? t('planReferenceBasis') : t('planReferenceMention')}
                </Tag>
                <Typography.Text strong>
                  {[documentKindName(reference.kind), reference.number].filter(Boolean).join(' ') || t('planEmptyText')}
                </Typography.Text>
                {reference.date ? <span>{t('planDated', { date: formatDate(reference.date) })}</span> : null}
                {reference.issuer ? <Typography.Text type="secondary">{reference.issuer}</Typography.Text> : null}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('planLineN', { line: reference.line })}
                </Typography.Text>
                <ConfidenceTag confidence={reference.confidence} />
              </Space>
            }
            editor={
              <div>
                <Row gutter={8}>
                  <Col xs={12} md={4}>
                    <FieldLabel>{t('planKind')}</FieldLabel>
                    <Select<string>
                      value={reference.kind ?? undefined}
                      onChange={(kind) => change({ kind: kind ?? null })}
                      allowClear
                      showSearch={{ optionFilterProp: 'label' }}
                      style={{ width: '100%' }}
                      popupMatchSelectWidth={200}
                      aria-label={t('planKind')}
                      options={kindOptions(reference.kind)}
                    />
                  </Col>
                  <Col xs={12} md={8}>
                    <FieldLabel>{t('planNumber')}</FieldLabel>
                    <Input
                      value={reference.number}
                      onChange={(event) => change({ number: event.target.value })}
                      status={reference.number.trim() ? undefined : 'error'}
                    />
                  </Col>
                  <Col xs={12} md={6}>
                    <FieldLabel>{t('planDocumentDate')}</FieldLabel>
                    <DateInput
                      value={reference.date}
                      onChange={(date) => change({ date })}
                      aria-label={t('planDocumentDate')}
                    />
                  </Col>
                  <Col xs={12} md={6}>
                    <FieldLabel>{t('planReferenceRole')}</FieldLabel>
                    <Select<'basis' | 'mention'>
                      value={reference.role}
                      onChange={(role) => change({ role })}
                      style={{ width: '100%' }}
                      options={[
                        { value: 'basis', label: t('planReferenceBasis') },
                        { value: 'mention', label: t('planReferenceMention') },
                      ]}
                    />
                  </Col>
                  <Col xs={24} md={18}>
                    <FieldLabel>{t('planIssuer')}</FieldLabel>
                    <Input
                      value={reference.issuer ?? ''}
                      onChange={(event) => change({ issuer: event.target.value || null })}
                    />
                  </Col>
                  <Col xs={24} md={6}>
                    <FieldLabel>{t('planSourceLine')}</FieldLabel>
                    <InputNumber<number>
                      value={reference.line}
                      min={1}
                      onChange={(line) => line && change({ line })}
                      style={{ width: '100%' }}
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
