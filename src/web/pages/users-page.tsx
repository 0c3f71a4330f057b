import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { usersApi } from '../api/endpoints.ts';
import type { User } from '../api/types.ts';
import { useApi } from '../api/use-api.ts';
import { ErrorView } from '../components/status-views.tsx';
import { formatDate, formatNumber, labelRole } from '../format.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { UserFormModal } from './users/user-form-modal.tsx';

const pageSize = 20;

export default function UsersPage() {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => {
      if (typed.trim() === query) return;
      setQuery(typed.trim());
      setPage(1);
    }, 300);
    return () => clearTimeout(timer);
  }, [typed, query]);
  // Searched (name or username, without diacritics), sorted (Vietnamese order) and paged by the server.
  const state = useApi(
    (signal) => usersApi.list({ q: query, limit: pageSize, offset: (page - 1) * pageSize }, signal),
    [query, page],
  );
  const [editing, setEditing] = useState<{ user: User | null } | null>(null);

  if (state.error) return <ErrorView error={state.error} onRetry={state.reload} />;

  return (
    <div data-testid="users-page">
      <Flex wrap gap={8} justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('usersTitle')}
        </Typography.Title>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing({ user: null })}
          data-testid="user-create"
        >
          {t('usersCreate')}
        </Button>
      </Flex>
      <Card>
        <Flex wrap gap={8} justify="space-between" align="center" style={{ marginBottom: 16 }}>
          <Input
            allowClear
            prefix={<SearchOutlined />}
            placeholder={t('usersSearchPlaceholder')}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            style={{ width: 340, maxWidth: '100%' }}
            data-testid="user-search"
          />
          <Typography.Text type="secondary" data-testid="user-total">
            {state.data ? t('usersTotal', { count: formatNumber(state.data.total) }) : null}
          </Typography.Text>
        </Flex>
        <Table<User>
          data-testid="user-table"
          rowKey="id"
          scroll={{ x: 1100 }}
          loading={state.loading}
          dataSource={state.data?.items ?? []}
          pagination={{
            current: page,
            pageSize,
            total: state.data?.total ?? 0,
            showSizeChanger: false,
            onChange: setPage,
          }}
          columns={[
            { title: t('userUsername'), dataIndex: 'username' },
            { title: t('userDisplayName'), dataIndex: 'displayName' },
            {
              title: t('userRole'),
              dataIndex: 'role',
              render: (role: string) => <Tag color={role === 'admin' ? 'red' : 'blue'}>{labelRole(t, role)}</Tag>,
            },
            { title: t('userAgency'), key: 'agency', render: (_, user) => user.agency.name },
            { title: t('userAdminUnit'), key: 'unit', render: (_, user) => user.adminUnit.name },
            {
              title: t('userStatus'),
              dataIndex: 'active',
              render: (active: boolean) =>
                active ? <Tag color="green">{t('userActive')}</Tag> : <Tag>{t('userInactive')}</Tag>,
            },
            { title: t('userCreatedAt'), dataIndex: 'createdAt', render: (value: string) => formatDate(value) },
            {
              title: '',
              key: 'actions',
              render: (_, user) => (
                <Button size="small" onClick={() => setEditing({ user })} data-testid={`user-edit-${user.username}`}>
                  {t('edit')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <UserFormModal
        open={editing !== null}
        user={editing?.user ?? null}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          state.reload();
        }}
      />
    </div>
  );
}
