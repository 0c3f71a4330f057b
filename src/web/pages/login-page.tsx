import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Segmented, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { demoAccountsApi } from '../api/endpoints.ts';
import type { DemoAccount } from '../api/types.ts';
import { useAuth } from '../auth/auth-context.tsx';
import { describeError } from '../components/status-views.tsx';
import { labelRole } from '../format.ts';
import { useI18n, type Language } from '../i18n/i18n-context.tsx';

interface LoginForm {
  username: string;
  password: string;
}

/** The demo accounts, when the demo was loaded in this database; nothing otherwise or on error. */
function useDemoAccounts(): DemoAccount[] {
  const [accounts, setAccounts] = useState<DemoAccount[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    demoAccountsApi.list(controller.signal).then(
      (page) => setAccounts(page.items),
      () => setAccounts([]),
    );
    return () => controller.abort();
  }, []);
  return accounts;
}

function DemoAccounts({ accounts, onPick }: { accounts: DemoAccount[]; onPick(account: DemoAccount): void }) {
  const { t } = useI18n();
  const first = accounts[0];
  if (!first) return null;
  return (
    <div style={{ marginTop: 16 }} data-testid="demo-hint">
      <Typography.Text type="secondary">{t('loginDemoTitle', { password: first.password })}</Typography.Text>
      <ul style={{ listStyle: 'none', padding: 0, margin: '8px 0 0' }}>
        {accounts.map((account) => (
          <li key={account.username} style={{ marginBottom: 6 }} data-testid={`demo-account-${account.username}`}>
            <Button
              type="link"
              size="small"
              style={{ padding: 0, height: 'auto' }}
              title={t('loginDemoUse', { username: account.username })}
              onClick={() => onPick(account)}
            >
              {account.username}
            </Button>{' '}
            <Tag style={{ marginInlineStart: 4 }}>{labelRole(t, account.role)}</Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {account.adminUnitName} · {account.agencyName}
            </Typography.Text>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface LoginLocationState {
  from?: string;
  expired?: boolean;
}

export default function LoginPage() {
  const { status, expired, login } = useAuth();
  const { t, language, setLanguage } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const state = (location.state ?? {}) as LoginLocationState;
  const [error, setError] = useState<string | null>(state.expired || expired ? t('sessionExpired') : null);
  const [submitting, setSubmitting] = useState(false);
  const [form] = Form.useForm<LoginForm>();
  const demoAccounts = useDemoAccounts();
  // Only go back to pages inside the app, never to another login screen.
  const target = state.from?.startsWith('/') && !state.from.startsWith('/dang-nhap') ? state.from : '/';

  if (status === 'signed-in' && !submitting) return <Navigate to={target} replace />;

  const submit = async (values: LoginForm) => {
    setSubmitting(true);
    setError(null);
    try {
      await login(values.username.trim(), values.password);
      navigate(target, { replace: true });
    } catch (reason) {
      setError(describeError(reason, t));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', padding: 16 }}>
      <Card style={{ width: 400, maxWidth: '100%' }} data-testid="login-card">
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start' }}>
          <div>
            <Typography.Title level={3} style={{ margin: 0, color: '#b71c1c' }}>
              {t('appName')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('appTagline')}</Typography.Text>
          </div>
          <Segmented<Language>
            size="small"
            value={language}
            onChange={setLanguage}
            options={[
              { label: 'VI', value: 'vi' },
              { label: 'EN', value: 'en' },
            ]}
          />
        </div>
        <Typography.Title level={4} style={{ marginTop: 24 }}>
          {t('loginTitle')}
        </Typography.Title>
        {error ? (
          <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="login-error" />
        ) : null}
        <Form<LoginForm> form={form} layout="vertical" onFinish={(values) => void submit(values)} requiredMark={false}>
          <Form.Item
            label={t('loginUsername')}
            name="username"
            rules={[{ required: true, whitespace: true, message: t('loginUsernameRequired') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" />
          </Form.Item>
          <Form.Item
            label={t('loginPassword')}
            name="password"
            rules={[{ required: true, message: t('loginPasswordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="login-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={submitting} data-testid="login-submit">
            {t('loginSubmit')}
          </Button>
        </Form>
        <DemoAccounts
          accounts={demoAccounts}
          onPick={(account) => form.setFieldsValue({ username: account.username, password: account.password })}
        />
      </Card>
    </div>
  );
}
