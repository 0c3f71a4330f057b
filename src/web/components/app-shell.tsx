import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  DashboardOutlined,
  FileTextOutlined,
  KeyOutlined,
  LogoutOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Button, Layout, Menu, Segmented, Space, Tag, Typography } from 'antd';
import type { MenuProps } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/auth-context.tsx';
import { labelRole } from '../format.ts';
import { useI18n, type Language } from '../i18n/i18n-context.tsx';
import { ChangePasswordModal } from './change-password-modal.tsx';
import { LoadingView } from './status-views.tsx';

const { Header, Sider, Content } = Layout;

/** The first path segment decides which menu entry is highlighted. */
function selectMenuKey(pathname: string): string {
  const first = pathname.split('/')[1] ?? '';
  return first === '' ? '/' : `/${first}`;
}

export function AppShell() {
  const { user, logout } = useAuth();
  const { t, language, setLanguage } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const isAdmin = user?.role === 'admin';
  const [changingPassword, setChangingPassword] = useState(false);

  const items: MenuProps['items'] = [
    { key: '/', icon: <DashboardOutlined />, label: t('navDashboard') },
    { key: '/ke-hoach', icon: <FileTextOutlined />, label: t('navPlans') },
    { key: '/don-vi-hanh-chinh', icon: <ApartmentOutlined />, label: t('navAdminUnits') },
    { key: '/co-quan', icon: <BankOutlined />, label: t('navAgencies') },
    ...(isAdmin
      ? [
          { key: '/nguoi-dung', icon: <TeamOutlined />, label: t('navUsers') },
          { key: '/nhat-ky', icon: <AuditOutlined />, label: t('navAudit') },
        ]
      : []),
  ];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider width={232} breakpoint="lg" collapsedWidth={0} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        <div style={{ padding: '18px 20px 12px' }}>
          <Typography.Title level={4} style={{ margin: 0, color: '#b71c1c' }}>
            {t('appName')}
          </Typography.Title>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('appTagline')}
          </Typography.Text>
        </div>
        <Menu
          data-testid="side-menu"
          mode="inline"
          selectedKeys={[selectMenuKey(location.pathname)]}
          items={items}
          onClick={({ key }) => navigate(key)}
          style={{ borderInlineEnd: 'none' }}
        />
      </Sider>
      <Layout>
        <Header
          style={{
            background: '#fff',
            padding: '0 24px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'flex-end',
            gap: 16,
            borderBottom: '1px solid #f0f0f0',
            lineHeight: 'normal',
          }}
        >
          {user ? (
            <Space size={8} data-testid="current-user" wrap={false}>
              <Typography.Text strong>{user.displayName}</Typography.Text>
              <Tag color={isAdmin ? 'red' : 'blue'}>{labelRole(t, user.role)}</Tag>
              <Typography.Text type="secondary" ellipsis style={{ maxWidth: 280 }}>
                {user.agency.name}
              </Typography.Text>
            </Space>
          ) : null}
          <Segmented<Language>
            data-testid="language-switch"
            size="small"
            value={language}
            onChange={setLanguage}
            options={[
              { label: 'VI', value: 'vi', title: t('languageVi') },
              { label: 'EN', value: 'en', title: t('languageEn') },
            ]}
          />
          <Button icon={<KeyOutlined />} onClick={() => setChangingPassword(true)} data-testid="change-password">
            {t('passwordChange')}
          </Button>
          <Button icon={<LogoutOutlined />} onClick={() => void logout()} data-testid="logout">
            {t('logout')}
          </Button>
        </Header>
        <Content style={{ margin: 24 }}>
          <Suspense fallback={<LoadingView />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
      <ChangePasswordModal open={changingPassword} onClose={() => setChangingPassword(false)} />
    </Layout>
  );
}
