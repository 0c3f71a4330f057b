import { App, Form, Input, Modal, Select, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { usersApi } from '../../api/endpoints.ts';
import { roles, type Role, type User } from '../../api/types.ts';
import { showFieldError } from '../../components/show-field-error.ts';
import { useReportError } from '../../components/use-report-error.ts';
import { labelRole } from '../../format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { AgencySelect } from './agency-select.tsx';

interface UserFormValues {
  username: string;
  displayName: string;
  email?: string;
  password?: string;
  role: Role;
  agencyId: string;
  active: boolean;
}

const fieldNames: readonly (keyof UserFormValues)[] = [
  'username',
  'displayName',
  'email',
  'password',
  'role',
  'agencyId',
  'active',
];

/** Creates a user when `user` is null, otherwise edits it. */
export function UserFormModal({
  open,
  user,
  onClose,
  onSaved,
}: {
  open: boolean;
  user: User | null;
  onClose(): void;
  onSaved(): void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<UserFormValues>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      user
        ? {
            username: user.username,
            displayName: user.displayName,
            email: user.email ?? '',
            role: user.role,
            agencyId: user.agency.id,
            active: user.active,
          }
        : { role: 'viewer', active: true },
    );
  }, [open, user, form]);

  const save = async () => {
    const values = await form.validateFields();
    setSaving(true);
    try {
      if (user) {
        const changes = {
          displayName: values.displayName.trim(),
          email: values.email?.trim() ?? '',
          role: values.role,
          agencyId: values.agencyId,
          active: values.active,
          ...(values.password ? { password: values.password } : {}),
        };
        const saved = await usersApi.update(user.id, changes);
        message.success(t('userSaved', { name: saved.user.displayName }));
      } else {
        const created = await usersApi.create({
          username: values.username.trim(),
          displayName: values.displayName.trim(),
          password: values.password ?? '',
          role: values.role,
          agencyId: values.agencyId,
          ...(values.email?.trim() ? { email: values.email.trim() } : {}),
        });
        message.success(t('userCreated', { name: created.user.displayName }));
      }
      onSaved();
    } catch (error) {
      // Put a message that names a field next to that field as well.
      showFieldError(form, error, fieldNames);
      reportError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={user ? t('usersEdit') : t('usersCreate')}
      okText={t('save')}
      cancelText={t('cancel')}
      onOk={() => void save().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={saving}
      forceRender
    >
      <Form<UserFormValues> form={form} layout="vertical" data-testid="user-form">
        <Form.Item
          name="username"
          label={t('userUsername')}
          rules={[{ required: true, whitespace: true, message: t('userUsernameRequired') }]}
        >
          <Input disabled={user !== null} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('userDisplayName')}
          rules={[{ required: true, whitespace: true, message: t('userDisplayNameRequired') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="email" label={t('userEmail')} extra={t('userEmailHint')}>
          <Input type="email" autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="password"
          label={user ? t('userNewPassword') : t('userPassword')}
          rules={[
            { required: user === null, message: t('userPasswordRequired') },
            { min: 8, message: t('userPasswordTooShort') },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="role" label={t('userRole')} rules={[{ required: true, message: t('userRoleRequired') }]}>
          <Select options={roles.map((role) => ({ value: role, label: labelRole(t, role) }))} />
        </Form.Item>
        <Form.Item
          name="agencyId"
          label={t('userAgency')}
          rules={[{ required: true, message: t('userAgencyRequired') }]}
        >
          <AgencySelect initial={user ? user.agency : undefined} />
        </Form.Item>
        {user ? (
          <Form.Item name="active" label={t('userActive')} valuePropName="checked">
            <Switch />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
