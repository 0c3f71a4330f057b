import { App } from 'antd';
import { useCallback } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';
import { ApiError } from '../api/http.ts';
import { describeError } from './status-views.tsx';

/** Shows a failed action's server message (Vietnamese, naming the field) as a notification. */
export function useReportError(): (error: unknown) => void {
  const { notification } = App.useApp();
  const { t } = useI18n();
  return useCallback(
    (error: unknown) => {
      // 401 already redirects to the login page.
      if (error instanceof ApiError && error.status === 401) return;
      notification.error({ title: t('errorGeneric'), description: describeError(error, t), placement: 'topRight' });
    },
    [notification, t],
  );
}
