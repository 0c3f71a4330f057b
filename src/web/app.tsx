import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { lazy, Suspense, useEffect } from 'react';
import { createBrowserRouter, Route, RouterProvider, Routes } from 'react-router-dom';
import { AuthProvider } from './auth/auth-context.tsx';
import { AppShell } from './components/app-shell.tsx';
import { RequireAuth, RequireRole } from './components/route-guards.tsx';
import { LoadingView, NotFoundView } from './components/status-views.tsx';
import { I18nProvider, useI18n } from './i18n/i18n-context.tsx';

// Each screen is its own chunk so the login page does not pay for tables and charts.
const LoginPage = lazy(() => import('./pages/login-page.tsx'));
const DashboardPage = lazy(() => import('./pages/dashboard-page.tsx'));
const AdminUnitsPage = lazy(() => import('./pages/admin-units-page.tsx'));
const AgenciesPage = lazy(() => import('./pages/agencies-page.tsx'));
const AgencyDetailPage = lazy(() => import('./pages/agency-detail-page.tsx'));
const UsersPage = lazy(() => import('./pages/users-page.tsx'));
const AuditPage = lazy(() => import('./pages/audit-page.tsx'));
const PlansPage = lazy(() => import('./pages/plans/plans-page.tsx'));
const PlanUploadPage = lazy(() => import('./pages/plans/plan-upload-page.tsx'));
const DraftReviewPage = lazy(() => import('./pages/plans/draft-review-page.tsx'));
const PlanPage = lazy(() => import('./pages/plans/plan-page.tsx'));
const ValueEntryPage = lazy(() => import('./pages/live/value-entry-page.tsx'));
const IndicatorPage = lazy(() => import('./pages/live/indicator-page.tsx'));
const MyTasksPage = lazy(() => import('./pages/tasks/my-tasks-page.tsx'));
const OverdueTasksPage = lazy(() => import('./pages/tasks/overdue-tasks-page.tsx'));
const UnitReportPage = lazy(() => import('./pages/reports/unit-report-page.tsx'));
const MyReportsPage = lazy(() => import('./pages/reports/my-reports-page.tsx'));

/** Every screen under one splat route: a data router, so screens can block leaving (useBlocker). */
function RoutedApp() {
  const { t } = useI18n();
  return (
    <AuthProvider>
      <Suspense fallback={<LoadingView />}>
        <Routes>
          <Route path="/dang-nhap" element={<LoginPage />} />
          <Route
            element={
              <RequireAuth>
                <AppShell />
              </RequireAuth>
            }
          >
            <Route index element={<DashboardPage />} />
            <Route path="ke-hoach" element={<PlansPage />} />
            <Route
              path="ke-hoach/tai-len"
              element={
                <RequireRole roles={['admin', 'planner']}>
                  <PlanUploadPage />
                </RequireRole>
              }
            />
            <Route
              path="ke-hoach/ban-nhap/:draftId"
              element={
                <RequireRole roles={['admin', 'planner']}>
                  <DraftReviewPage />
                </RequireRole>
              }
            />
            <Route path="ke-hoach/:planId" element={<PlanPage />} />
            <Route
              path="ke-hoach/:planId/nhap-so-lieu"
              element={
                <RequireRole roles={['admin', 'planner', 'reporter']}>
                  <ValueEntryPage />
                </RequireRole>
              }
            />
            <Route
              path="nhap-so-lieu"
              element={
                <RequireRole roles={['admin', 'planner', 'reporter']}>
                  <ValueEntryPage />
                </RequireRole>
              }
            />
            <Route path="chi-tieu-thong-ke/:indicatorId" element={<IndicatorPage />} />
            <Route path="viec-cua-toi" element={<MyTasksPage />} />
            <Route path="nhiem-vu-qua-han" element={<OverdueTasksPage />} />
            <Route path="bao-cao/:reportId" element={<UnitReportPage />} />
            <Route path="bao-cao-cua-toi" element={<MyReportsPage />} />
            <Route path="don-vi-hanh-chinh" element={<AdminUnitsPage />} />
            <Route path="don-vi-hanh-chinh/:unitId" element={<AdminUnitsPage />} />
            <Route path="co-quan" element={<AgenciesPage />} />
            <Route path="co-quan/:agencyId" element={<AgencyDetailPage />} />
            <Route
              path="nguoi-dung"
              element={
                <RequireRole roles={['admin']}>
                  <UsersPage />
                </RequireRole>
              }
            />
            <Route
              path="nhat-ky"
              element={
                <RequireRole roles={['admin']}>
                  <AuditPage />
                </RequireRole>
              }
            />
            <Route path="*" element={<NotFoundView message={t('pageNotFound')} />} />
          </Route>
        </Routes>
      </Suspense>
    </AuthProvider>
  );
}

const router = createBrowserRouter([{ path: '*', element: <RoutedApp /> }]);

function LocalisedApp() {
  const { language } = useI18n();

  useEffect(() => {
    dayjs.locale(language === 'vi' ? 'vi' : 'en');
    document.documentElement.lang = language;
  }, [language]);

  return (
    <ConfigProvider
      locale={language === 'vi' ? viVN : enUS}
      theme={{ token: { colorPrimary: '#b71c1c', borderRadius: 6 } }}
    >
      <AntApp>
        <RouterProvider router={router} />
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <I18nProvider>
      <LocalisedApp />
    </I18nProvider>
  );
}
