// Notifications of a user, and the reminders' writes: a new notification is inserted only when
// (user, dedupe key) is new, so the reminder job can run any number of times.
import { randomUUID } from 'node:crypto';
import type { EmailStatus } from '../../db/tables/notification-tables.ts';
import type { Executor } from '../plans/repository.ts';

export interface NotificationWrite {
  userId: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  dedupeKey: string;
  emailStatus: EmailStatus;
}

export interface NotificationRow {
  id: string;
  userId: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
  emailStatus: EmailStatus;
}

/** The rows actually inserted (those whose (user, key) was new). */
export async function insertNewNotifications(
  db: Executor,
  writes: readonly NotificationWrite[],
): Promise<{ id: string; userId: string; emailStatus: EmailStatus }[]> {
  if (writes.length === 0) return [];
  const rows = await db
    .insertInto('notifications')
    .values(
      writes.map((write) => ({
        id: randomUUID(),
        user_id: write.userId,
        kind: write.kind,
        title: write.title,
        body: write.body,
        link: write.link,
        dedupe_key: write.dedupeKey,
        email_status: write.emailStatus,
      })),
    )
    .onConflict((conflict) => conflict.columns(['user_id', 'dedupe_key']).doNothing())
    .returning(['id', 'user_id', 'email_status'])
    .execute();
  return rows.map((row) => ({ id: row.id, userId: row.user_id, emailStatus: row.email_status }));
}

const toRow = (row: {
  id: string;
  user_id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  created_at: Date;
  read_at: Date | null;
  email_status: EmailStatus;
}): NotificationRow => ({
  id: row.id,
  userId: row.user_id,
  kind: row.kind,
  title: row.title,
  body: row.body,
  link: row.link,
  createdAt: new Date(row.created_at).toISOString(),
  readAt: row.read_at ? new Date(row.read_at).toISOString() : null,
  emailStatus: row.email_status,
});

const columns = ['id', 'user_id', 'kind', 'title', 'body', 'link', 'created_at', 'read_at', 'email_status'] as const;

export async function findNotificationsOf(
  db: Executor,
  userId: string,
  limit: number,
): Promise<{ items: NotificationRow[]; unread: number }> {
  const [rows, unread] = await Promise.all([
    db
      .selectFrom('notifications')
      .select(columns)
      .where('user_id', '=', userId)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(limit)
      .execute(),
    db
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', userId)
      .where('read_at', 'is', null)
      .executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toRow), unread: Number(unread.n) };
}

export async function findNotification(db: Executor, id: string): Promise<NotificationRow | null> {
  const row = await db.selectFrom('notifications').select(columns).where('id', '=', id).executeTakeFirst();
  return row ? toRow(row) : null;
}

export async function markNotificationsRead(db: Executor, userId: string, ids: readonly string[] | 'all', at: Date) {
  let update = db
    .updateTable('notifications')
    .set({ read_at: at })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null);
  if (ids !== 'all') {
    if (ids.length === 0) return;
    update = update.where('id', 'in', [...ids]);
  }
  await update.execute();
}

/** The e-mail of a notification: its text and the user's address, while still unsent. */
export async function findPendingEmail(
  db: Executor,
  id: string,
): Promise<{ to: string; subject: string; text: string } | null> {
  const row = await db
    .selectFrom('notifications as n')
    .innerJoin('users as u', 'u.id', 'n.user_id')
    .select(['n.title', 'n.body', 'u.email', 'n.email_status'])
    .where('n.id', '=', id)
    .executeTakeFirst();
  if (row?.email_status !== 'pending' || !row.email) return null;
  return { to: row.email, subject: row.title, text: row.body };
}

export async function setEmailStatus(db: Executor, id: string, status: EmailStatus, at: Date): Promise<void> {
  await db
    .updateTable('notifications')
    .set({ email_status: status, ...(status === 'sent' ? { emailed_at: at } : {}) })
    .where('id', '=', id)
    .execute();
}
