import {
  CheckSquareOutlined,
  ClockCircleOutlined,
  FormOutlined,
  InboxOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  DashboardOutlined,
  FileTextOutlined,
  KeyOutlined,
  LogoutOutlined,
  MenuOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { MenuProps } from 'antd';
import { Button, Drawer, Grid, Layout, Menu, Segmented, Space, Tag, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/auth-context.tsx';
import { labelRole } from '../format.ts';
import { type Language, useI18n } from '../i18n/i18n-context.tsx';
import { ChangePasswordModal } from './change-password-modal.tsx';
import { NotificationBell } from './notification-bell.tsx';
import { LoadingView } from './status-views.tsx';

const { Header, Sider, Content } = Layout;

/** The first path segment decides which menu entry is highlighted. */
function selectMenuKey(pathname: string): string {
  const first = pathname.split('/')[1] ?? '';
  return first === '' ? '/' : `/${first}`;
}

function AppTitle() {
  const { t } = useI18n();
  return (
    <div style={{ padding: '18px 20px 12px' }}>
      <Typography.Title level={4} style={{ margin: 0, color: '#b71c1c' }}>
        {t('appName')}
      </Typography.Title>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('appTagline')}
      </Typography.Text>
    </div>
  );
}

/**
 * Wide screens: a fixed side menu and a header naming the user, role and agency.
 * Below the `lg` breakpoint the menu is a drawer over the page (opened from the header),
 * and the header keeps only the name, the language switch and icon buttons, so it fits
 * a phone.
 */
export function AppShell() {
  const { user, logout } = useAuth();
  const { t, language, setLanguage } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  // Before the first measurement every breakpoint is undefined: assume a wide screen.
  const narrow = screens.lg === false;
  const isAdmin = user?.role === 'admin';
  const [changingPassword, setChangingPassword] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);

  const items: MenuProps['items'] = [
    { key: '/', icon: <DashboardOutlined />, label: t('navDashboard') },
    { key: '/ke-hoach', icon: <FileTextOutlined />, label: t('navPlans') },
    { key: '/viec-cua-toi', icon: <CheckSquareOutlined />, label: t('navMyTasks') },
    { key: '/nhiem-vu-qua-han', icon: <ClockCircleOutlined />, label: t('navOverdueTasks') },
    { key: '/bao-cao-cua-toi', icon: <InboxOutlined />, label: t('navMyReports') },
    ...(user && user.role !== 'viewer'
      ? [{ key: '/nhap-so-lieu', icon: <FormOutlined />, label: t('navValueEntry') }]
      : []),
    { key: '/don-vi-hanh-chinh', icon: <ApartmentOutlined />, label: t('navAdminUnits') },
    { key: '/co-quan', icon: <BankOutlined />, label: t('navAgencies') },
    ...(isAdmin
      ? [
          { key: '/nguoi-dung', icon: <TeamOutlined />, label: t('navUsers') },
          { key: '/nhat-ky', icon: <AuditOutlined />, label: t('navAudit') },
        ]
      : []),
  ];

  const menu = (
    <Menu
      data-testid="side-menu"
      mode="inline"
      selectedKeys={[selectMenuKey(location.pathname)]}
      items={items}
      onClick={({ key }) => {
        setMenuOpen(false);
        navigate(key);
      }}
      style={{ borderInlineEnd: 'none' }}
    />
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {narrow ? (
        <Drawer
          placement="left"
          open={menuOpen}
          onClose={() => setMenuOpen(false)}
          size={260}
          closable={false}
          styles={{ body: { padding: 0 } }}
          rootClassName="app-menu-drawer"
        >
          <AppTitle />
          {menu}
        </Drawer>
      ) : (
        <Sider width={232} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
          <AppTitle />
          {menu}
        </Sider>
      )}
      <Layout style={{ minWidth: 0 }}>
        <Header
          data-testid="app-header"
          style={{
            background: '#fff',
            padding: narrow ? '0 12px' : '0 24px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'flex-end',
            gap: narrow ? 8 : 16,
            borderBottom: '1px solid #f0f0f0',
            lineHeight: 'normal',
            minWidth: 0,
          }}
        >
          {narrow ? (
            <Button
              icon={<MenuOutlined />}
              onClick={() => setMenuOpen(true)}
              aria-label={t('menuOpen')}
              title={t('menuOpen')}
              data-testid="menu-open"
              style={{ marginInlineEnd: 'auto', flex: 'none' }}
            />
          ) : null}
          {user ? (
            <Space size={8} data-testid="current-user" wrap={false} style={{ minWidth: 0, overflow: 'hidden' }}>
              <Typography.Text strong ellipsis style={{ maxWidth: narrow ? 120 : 240 }} data-testid="current-user-name">
                {user.displayName}
              </Typography.Text>
              {narrow ? null : (
                <>
                  <Tag color={isAdmin ? 'red' : 'blue'}>{labelRole(t, user.role)}</Tag>
                  <Typography.Text type="secondary" ellipsis style={{ maxWidth: 280 }}>
                    {user.agency.name}
                  </Typography.Text>
                </>
              )}
            </Space>
          ) : null}
          {user ? <NotificationBell /> : null}
          <Segmented<Language>
            data-testid="language-switch"
            size="small"
            value={language}
            onChange={setLanguage}
            style={{ flex: 'none' }}
            options={[
              { label: 'VI', value: 'vi', title: t('languageVi') },
              { label: 'EN', value: 'en', title: t('languageEn') },
            ]}
          />
          <Button
            icon={<KeyOutlined />}
            onClick={() => setChangingPassword(true)}
            data-testid="change-password"
            aria-label={t('passwordChange')}
            title={narrow ? t('passwordChange') : undefined}
            style={{ flex: 'none' }}
          >
            {narrow ? null : t('passwordChange')}
          </Button>
          <Button
            icon={<LogoutOutlined />}
            onClick={() => void logout()}
            data-testid="logout"
            aria-label={t('logout')}
            title={narrow ? t('logout') : undefined}
            style={{ flex: 'none' }}
          >
            {narrow ? null : t('logout')}
          </Button>
        </Header>
        <Content style={{ margin: narrow ? 12 : 24, minWidth: 0 }}>
          <Suspense fallback={<LoadingView />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
      <ChangePasswordModal open={changingPassword} onClose={() => setChangingPassword(false)} />
    </Layout>
  );
}
