// "Thêm cơ quan" from the review: a lead the plan names may be missing from the catalogue.
// The agency is created in the plan's unit through the agencies API (its policy decides who
// may), then every mention written with that name is matched to it.
import { type ButtonProps, Form, Input, Modal, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { agencyTypes, type AgencyDetail, type AgencyType } from '../../../api/types.ts';
import { agenciesApi } from '../../../api/endpoints.ts';
import { showFieldError } from '../../../components/show-field-error.ts';
import { useReportError } from '../../../components/use-report-error.ts';
import { labelAgencyType } from '../../../format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { foldDiacritics } from '../../../../domain/text/fold-diacritics.ts';

interface AgencyForm {
  name: string;
  shortName?: string;
  type: AgencyType;
}

/** A first guess from the name's head word; the reviewer can change it. */
export function guessAgencyType(name: string): AgencyType {
  const folded = foldDiacritics(name);
  if (/^(ubnd|uy ban nhan dan)\b/.test(folded)) return 'people_committee';
  if (/^(phong|so|ban|van phong|thanh tra|cong chuc)\b/.test(folded)) return 'specialised_office';
  if (/^trung tam\b/.test(folded)) return 'centre';
  if (/^truong\b/.test(folded)) return 'school';
  if (/^(mat tran|uy ban mat tran|hoi|doan|lien doan)\b/.test(folded)) return 'mass_organisation';
  if (/^(huyen uy|tinh uy|dang uy|thi uy|thanh uy)\b/.test(folded)) return 'party_body';
  if (/^(ngan hang|cong ty|doanh nghiep)\b/.test(folded)) return 'enterprise';
  return 'other';
}

interface AddAgencyModalProps {
  /** The name as the plan writes it; null when closed. */
  name: string | null;
  /** The plan's unit: the new agency belongs to it. */
  unitId: string | null;
  /** Its name when known (the unit the draft was read with). */
  unitName: string | null;
  onClose(): void;
  onCreated(agency: AgencyDetail, writtenName: string): void;
}

export function AddAgencyModal({ name, unitId, unitName, onClose, onCreated }: AddAgencyModalProps) {
  const { t } = useI18n();
  const reportError = useReportError();
  const [form] = Form.useForm<AgencyForm>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (name !== null) form.setFieldsValue({ name, shortName: undefined, type: guessAgencyType(name) });
  }, [name, form]);

  const submit = async () => {
    if (!unitId || name === null) return;
    const values = await form.validateFields();
    setSaving(true);
    try {
      const { agency } = await agenciesApi.create({
        name: values.name.trim(),
        ...(values.shortName?.trim() ? { shortName: values.shortName.trim() } : {}),
        type: values.type,
        adminUnitId: unitId,
      });
      onCreated(agency, name);
    } catch (error) {
      if (!showFieldError(form, error, ['name', 'shortName', 'type'])) reportError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={name !== null}
      title={t('planAgencyCreateTitle')}
      okText={t('planAgencyCreate')}
      cancelText={t('cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={saving}
      okButtonProps={{ disabled: !unitId, 'data-testid': 'add-agency-ok' } as ButtonProps}
      destroyOnHidden
      data-testid="add-agency-modal"
    >
      <Typography.Paragraph type="secondary">
        {unitId
          ? t('planAgencyCreateHint', { unit: unitName ?? t('planAgencyCreateSelectedUnit') })
          : t('planAgencyCreateNoUnit')}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item
          name="name"
          label={t('planAgencyCreateName')}
          rules={[{ required: true, whitespace: true, message: t('planAgencyCreateNameRequired') }]}
        >
          <Input data-testid="add-agency-name" />
        </Form.Item>
        <Form.Item name="shortName" label={t('planAgencyCreateShortName')}>
          <Input />
        </Form.Item>
        <Form.Item name="type" label={t('agencyType')} rules={[{ required: true }]}>
          <Select<AgencyType>
            options={agencyTypes.map((type) => ({ value: type, label: labelAgencyType(t, type) }))}
            data-testid="add-agency-type"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
