// The bell in the header: how many notifications (deadline reminders, escalations) are unread,
// and the latest ones in a popover; opening one marks it read and goes to its plan. Loaded on
// each page change and every five minutes, so a reminder made by the hourly job shows up.
import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, List, Popover, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { notificationsApi } from '../api/endpoints.ts';
import type { AppNotification } from '../api/types.ts';
import { useApi } from '../api/use-api.ts';
import { formatDateTime } from '../format.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

const refreshMs = 5 * 60 * 1000;

export function NotificationBell() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((value) => value + 1), refreshMs);
    return () => clearInterval(timer);
  }, []);
  const notifications = useApi((signal) => notificationsApi.list(signal), [location.pathname, tick]);
  const [open, setOpen] = useState(false);
  const unread = notifications.data?.unread ?? 0;

  const openItem = async (item: AppNotification) => {
    setOpen(false);
    if (item.readAt === null) await notificationsApi.markRead({ ids: [item.id] }).catch(() => undefined);
    if (item.link) navigate(item.link);
    else notifications.reload();
  };

  const content = (
    <div style={{ width: 360, maxWidth: '80vw', maxHeight: 420, overflowY: 'auto' }} data-testid="notifications">
      {(notifications.data?.items.length ?? 0) === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notificationsEmpty')} />
      ) : (
        <List<AppNotification>
          size="small"
          dataSource={notifications.data?.items ?? []}
          renderItem={(item) => (
            <List.Item
              onClick={() => void openItem(item)}
              style={{ cursor: 'pointer', background: item.readAt === null ? '#e6f4ff' : undefined }}
              data-testid="notification-item"
            >
              <List.Item.Meta
                title={item.title}
                description={
                  <>
                    <Typography.Paragraph style={{ marginBottom: 4 }}>{item.body}</Typography.Paragraph>
                    <Typography.Text type="secondary">{formatDateTime(item.createdAt)}</Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
      {unread > 0 ? (
        <Button
          type="link"
          size="small"
          onClick={() => void notificationsApi.markRead({ all: true }).then(notifications.reload)}
          data-testid="notifications-read-all"
        >
          {t('notificationsReadAll')}
        </Button>
      ) : null}
    </div>
  );

  return (
    <Popover content={content} title={t('notificationsTitle')} trigger="click" open={open} onOpenChange={setOpen}>
      <Badge count={unread} size="small" data-testid="notifications-count">
        <Button
          icon={<BellOutlined />}
          aria-label={t('notificationsTitle')}
          title={t('notificationsTitle')}
          data-testid="notifications-open"
        />
      </Badge>
    </Popover>
  );
}
