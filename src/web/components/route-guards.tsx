import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import type { Role } from '../api/types.ts';
import { loginPath, useAuth } from '../auth/auth-context.tsx';
import { ForbiddenView, LoadingView } from './status-views.tsx';

export function RequireAuth({ children }: { children: ReactNode }) {
  const { status, expired } = useAuth();
  const location = useLocation();
  if (status === 'checking') return <LoadingView />;
  if (status === 'signed-out') {
    return <Navigate to={loginPath} replace state={{ from: location.pathname + location.search, expired }} />;
  }
  return children;
}

/** A client-side guard only for clarity; the server enforces the same rule with 403. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { user } = useAuth();
  if (!user || !roles.includes(user.role)) return <ForbiddenView />;
  return children;
}
