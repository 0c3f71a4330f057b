import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/auth-context.tsx';
import { describeError } from '../components/status-views.tsx';
import { useI18n, type Language } from '../i18n/i18n-context.tsx';

interface LoginForm {
  username: string;
  password: string;
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
        <Form<LoginForm> layout="vertical" onFinish={(values) => void submit(values)} requiredMark={false}>
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
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }} data-testid="demo-hint">
          {t('loginDemoHint')}
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
