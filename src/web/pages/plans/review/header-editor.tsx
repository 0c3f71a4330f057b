import { Col, Input, InputNumber, Row, Select, Typography } from 'antd';
import type { DocumentHeader, PlanPeriod, IssuerLevel, PlanExtraction, UnitRef } from '../../../api/types.ts';
import { DateInput } from '../../../components/date-input.tsx';
import { labelLevel } from '../../../format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { kindOptions } from '../plan-format.ts';
import { AdminUnitSelect } from './admin-unit-select.tsx';
import { FieldLabel } from './review-shared.tsx';
import type { EditExtraction, SelectItem } from './review-types.ts';

const levels: IssuerLevel[] = ['province', 'district', 'commune'];

interface HeaderEditorProps {
  extraction: PlanExtraction;
  adminUnitId: string | null;
  adminUnit: UnitRef | null;
  onAdminUnit(id: string | null): void;
  edit: EditExtraction;
  select: SelectItem;
}

/** "60/KH-UBND" → "KH-UBND", "58-CTr/HU" → "CTr/HU": the symbol is the number without its figure. */
function symbolOf(number: string): string | null {
  const symbol = number.trim().replace(/^\d+\s*[/-]\s*/, '');
  return symbol && symbol !== number.trim() ? symbol : null;
}

function nullable(text: string): string | null {
  return text.trim() === '' ? null : text;
}

/** The document's identity (number, issuer, date, title, signer), its period and its unit. */
export function HeaderEditor({ extraction, adminUnitId, adminUnit, onAdminUnit, edit, select }: HeaderEditorProps) {
  const { t } = useI18n();
  const { document, period } = extraction;
  const lines = document.lines ?? {};
  const change = (patch: Partial<DocumentHeader>) =>
    edit((current) => ({ ...current, document: { ...current.document, ...patch } }));
  const changePeriod = (patch: Partial<PlanPeriod>) =>
    edit((current) => ({ ...current, period: { ...current.period, ...patch } }));
  const focusLine = (line: number | undefined) => () => {
    if (line) select({ section: 'document', id: null, line });
  };

  return (
    <div data-testid="draft-header">
      <Row gutter={12}>
        <Col xs={24} md={6}>
          <FieldLabel>{t('planKind')}</FieldLabel>
          <Select<string>
            value={document.kind ?? undefined}
            onChange={(kind) => change({ kind: kind ?? null })}
            allowClear
            style={{ width: '100%' }}
            options={kindOptions(document.kind)}
            data-testid="draft-kind"
          />
        </Col>
        <Col xs={24} md={18}>
          <FieldLabel>{t('planNumber')}</FieldLabel>
          <Input
            value={document.number ?? ''}
            onFocus={focusLine(lines.number)}
            onChange={(event) => {
              // One field: the symbol ("KH-UBND") follows the number, so the two never disagree.
              const number = nullable(event.target.value);
              change(number ? { number, symbol: symbolOf(number) ?? document.symbol } : { number: null });
            }}
            placeholder={t('planNumberBlank')}
            data-testid="draft-number"
          />
        </Col>
        <Col xs={24} md={15}>
          <FieldLabel>{t('planIssuer')}</FieldLabel>
          <Input
            value={document.issuer ?? ''}
            onChange={(event) => change({ issuer: nullable(event.target.value) })}
            data-testid="draft-issuer"
          />
        </Col>
        <Col xs={24} md={9}>
          <FieldLabel>{t('planIssuerLevel')}</FieldLabel>
          <Select<IssuerLevel>
            value={document.issuerLevel ?? undefined}
            allowClear
            onChange={(level) => change({ issuerLevel: level ?? null })}
            style={{ width: '100%' }}
            options={levels.map((level) => ({ value: level, label: labelLevel(t, level) }))}
          />
        </Col>
        <Col xs={24} md={9}>
          <FieldLabel>{t('planPlace')}</FieldLabel>
          <Input value={document.place ?? ''} onChange={(event) => change({ place: nullable(event.target.value) })} />
        </Col>
        <Col xs={24} md={9}>
          <FieldLabel>{t('planDocumentDate')}</FieldLabel>
          <DateInput
            value={document.date}
            onFocus={focusLine(lines.date)}
            onChange={(date) => change(date ? { date, year: Number(date.slice(0, 4)) } : { date: null })}
            aria-label={t('planDocumentDate')}
            data-testid="draft-date"
          />
        </Col>
        <Col xs={24} md={6}>
          <FieldLabel>{t('planYear')}</FieldLabel>
          <InputNumber<number>
            value={document.year}
            onChange={(year) => change({ year: year ?? null })}
            min={1945}
            max={2100}
            style={{ width: '100%' }}
          />
        </Col>
        <Col span={24}>
          <FieldLabel>{t('planTitle')}</FieldLabel>
          <Input.TextArea
            value={document.title ?? ''}
            autoSize={{ minRows: 2, maxRows: 6 }}
            onFocus={focusLine(lines.title)}
            onChange={(event) => change({ title: nullable(event.target.value) })}
            data-testid="draft-title"
          />
        </Col>
        <Col xs={24} md={12}>
          <FieldLabel>{t('planSignerName')}</FieldLabel>
          <Input
            value={document.signer?.name ?? ''}
            onFocus={focusLine(lines.signer)}
            onChange={(event) =>
              change({
                signer: event.target.value.trim()
                  ? { name: event.target.value, title: document.signer?.title ?? null }
                  : null,
              })
            }
          />
        </Col>
        <Col xs={24} md={12}>
          <FieldLabel>{t('planSignerTitle')}</FieldLabel>
          <Input
            value={document.signer?.title ?? ''}
            disabled={!document.signer}
            onChange={(event) =>
              document.signer && change({ signer: { ...document.signer, title: nullable(event.target.value) } })
            }
          />
        </Col>
      </Row>

      <Typography.Title level={5} style={{ marginTop: 20 }}>
        {t('planPeriod')}
      </Typography.Title>
      <Row gutter={12}>
        <Col xs={12} md={6}>
          <FieldLabel>{t('planPeriodFrom')}</FieldLabel>
          <InputNumber<number>
            value={period.from}
            onChange={(from) => changePeriod({ from: from ?? null })}
            min={1945}
            max={2100}
            style={{ width: '100%' }}
            data-testid="draft-period-from"
          />
        </Col>
        <Col xs={12} md={6}>
          <FieldLabel>{t('planPeriodTo')}</FieldLabel>
          <InputNumber<number>
            value={period.to}
            onChange={(to) => changePeriod({ to: to ?? null })}
            min={1945}
            max={2100}
            style={{ width: '100%' }}
            data-testid="draft-period-to"
          />
        </Col>
        <Col xs={24} md={12}>
          <FieldLabel>{t('planHorizons')}</FieldLabel>
          <Select<string[]>
            mode="tags"
            value={period.horizons.map(String)}
            onChange={(values) =>
              changePeriod({
                horizons: values
                  .map(Number)
                  .filter((year) => Number.isInteger(year) && year > 1945 && year < 2200)
                  .sort(),
              })
            }
            style={{ width: '100%' }}
            open={false}
            placeholder={t('planHorizonsPlaceholder')}
          />
        </Col>
      </Row>

      <Typography.Title level={5} style={{ marginTop: 20 }}>
        {t('planAdminUnit')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 4 }}>
        {t('planAdminUnitHint')}
      </Typography.Paragraph>
      <AdminUnitSelect value={adminUnitId} initial={adminUnit} asOf={document.date} onChange={onAdminUnit} />
    </div>
  );
}
