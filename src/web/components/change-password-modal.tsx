import { App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { authApi } from '../api/endpoints.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { showFieldError } from './show-field-error.ts';
import { useReportError } from './use-report-error.ts';

interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const fieldNames: (keyof ChangePasswordValues)[] = ['currentPassword', 'newPassword'];

/** Any signed-in user changes their own password; the server ends their other sessions. */
export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<ChangePasswordValues>();
  const [saving, setSaving] = useState(false);

  const close = () => {
    form.resetFields();
    onClose();
  };

  const save = async () => {
    const values = await form.validateFields();
    setSaving(true);
    try {
      const result = await authApi.changePassword(values.currentPassword, values.newPassword);
      message.success(t('passwordChanged', { count: String(result.endedSessions) }));
      close();
    } catch (error) {
      if (!showFieldError(form, error, fieldNames)) reportError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('passwordChangeTitle')}
      okText={t('save')}
      cancelText={t('cancel')}
      onOk={() => void save().catch(() => undefined)}
      onCancel={close}
      confirmLoading={saving}
      forceRender
    >
      <Typography.Paragraph type="secondary">{t('passwordChangeHint')}</Typography.Paragraph>
      <Form<ChangePasswordValues> form={form} layout="vertical" data-testid="change-password-form">
        <Form.Item
          name="currentPassword"
          label={t('passwordCurrent')}
          rules={[{ required: true, message: t('passwordCurrentRequired') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('passwordNew')}
          rules={[
            { required: true, message: t('userPasswordRequired') },
            { min: 8, message: t('userPasswordTooShort') },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('passwordConfirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('passwordConfirmRequired') },
            ({ getFieldValue }) => ({
              validator: (_rule, value: string | undefined) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('passwordConfirmMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
