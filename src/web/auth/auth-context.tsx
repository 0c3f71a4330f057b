import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { authApi } from '../api/endpoints.ts';
import { ApiError, setCsrfToken, setUnauthenticatedHandler } from '../api/http.ts';
import type { Me } from '../api/types.ts';

type AuthStatus = 'checking' | 'signed-in' | 'signed-out';

interface AuthValue {
  status: AuthStatus;
  user: Me | null;
  /** The server ended the session while the user was signed in (an API call answered 401). */
  expired: boolean;
  login(username: string, password: string): Promise<void>;
  logout(): Promise<void>;
}

const AuthContext = createContext<AuthValue | null>(null);

export const loginPath = '/dang-nhap';

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<Me | null>(null);
  const [status, setStatus] = useState<AuthStatus>('checking');
  const [expired, setExpired] = useState(false);
  // Read by the 401 handler: only a user who was signed in has a session that expired.
  const statusRef = useRef(status);
  statusRef.current = status;
  const navigate = useNavigate();
  const location = useLocation();

  useEffect(() => {
    let cancelled = false;
    authApi.me().then(
      (session) => {
        if (cancelled) return;
        setCsrfToken(session.csrfToken);
        setUser(session.user);
        setStatus('signed-in');
      },
      () => {
        if (cancelled) return;
        setStatus('signed-out');
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);

  // Any 401 from the API means the session ended on the server: forget it and go to login.
  useEffect(() => {
    setUnauthenticatedHandler(() => {
      const wasSignedIn = statusRef.current === 'signed-in';
      if (wasSignedIn) setExpired(true);
      setCsrfToken(null);
      setUser(null);
      setStatus('signed-out');
      if (location.pathname !== loginPath) {
        navigate(loginPath, {
          replace: true,
          state: { from: location.pathname + location.search, expired: wasSignedIn },
        });
      }
    });
    return () => setUnauthenticatedHandler(null);
  }, [navigate, location]);

  const login = useCallback(async (username: string, password: string) => {
    const session = await authApi.login(username, password);
    setCsrfToken(session.csrfToken);
    setUser(session.user);
    setExpired(false);
    setStatus('signed-in');
  }, []);

  const logout = useCallback(async () => {
    try {
      await authApi.logout();
    } catch (error) {
      // An already expired session is as good as logged out.
      if (!(error instanceof ApiError)) throw error;
    }
    setCsrfToken(null);
    setUser(null);
    setExpired(false);
    setStatus('signed-out');
    navigate(loginPath, { replace: true });
  }, [navigate]);

  const value = useMemo(() => ({ status, user, expired, login, logout }), [status, user, expired, login, logout]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside AuthProvider');
  return value;
}
