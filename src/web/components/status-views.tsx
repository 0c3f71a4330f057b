import { Button, Result, Spin } from 'antd';
import { Link } from 'react-router-dom';
import { ApiError } from '../api/http.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

export function ForbiddenView() {
  const { t } = useI18n();
  return (
    <Result
      status="403"
      title={t('forbiddenTitle')}
      subTitle={<span data-testid="forbidden-view">{t('forbiddenMessage')}</span>}
      extra={
        <Link to="/">
          <Button type="primary">{t('backHome')}</Button>
        </Link>
      }
    />
  );
}

export function NotFoundView({ message }: { message?: string }) {
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title={t('notFoundTitle')}
      subTitle={<span data-testid="not-found-view">{message ?? t('notFoundMessage')}</span>}
      extra={
        <Link to="/">
          <Button type="primary">{t('backHome')}</Button>
        </Link>
      }
    />
  );
}

export function LoadingView() {
  const { t } = useI18n();
  return (
    <div style={{ padding: 48, textAlign: 'center' }} data-testid="loading">
      <Spin />
      <div style={{ marginTop: 8, color: '#888' }}>{t('loading')}</div>
    </div>
  );
}

export function describeError(error: unknown, t: ReturnType<typeof useI18n>['t']): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return t('errorNetwork');
    if (error.message && !error.message.startsWith('HTTP ')) return error.message;
  }
  return t('errorGeneric');
}

/** Picks the right view for a failed load: 403 and 404 get their own pages. */
export function ErrorView({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  if (error instanceof ApiError && error.status === 403) return <ForbiddenView />;
  if (error instanceof ApiError && error.status === 404) return <NotFoundView />;
  return (
    <Result
      status="error"
      title={t('errorGeneric')}
      subTitle={<span data-testid="error-view">{describeError(error, t)}</span>}
      extra={onRetry ? <Button onClick={onRetry}>{t('retry')}</Button> : null}
    />
  );
}
