import type { ColumnType } from 'kysely';

/** 'none': no e-mail wanted or possible; 'pending' queued; 'sent'; 'failed' after the queue's retries. */
export type EmailStatus = 'none' | 'pending' | 'sent' | 'failed';

export interface NotificationsTable {
  id: string;
  user_id: string;
  /** A reminder kind ('due-in-3', 'overdue', 'escalation', ...). */
  kind: string;
  title: string;
  body: string;
  /** A path in the web app ("/ke-hoach/..."), or null. */
  link: string | null;
  /** What the notification is about and why, e.g. 'task:<id>:2026-12-31:due-in-3'. */
  dedupe_key: string;
  created_at: ColumnType<Date, Date | string | undefined, never>;
  read_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  email_status: ColumnType<EmailStatus, EmailStatus | undefined, EmailStatus>;
  emailed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface NotificationTables {
  notifications: NotificationsTable;
}
