import { sql, type Kysely } from 'kysely';

// In-app notifications (reminders of deadlines, escalations), each also e-mailed when the user
// has an address and SMTP is set up. (user_id, dedupe_key) is unique: a reminder is made once
// however often the reminder job runs, across restarts (issue 10).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('user_id', 'text', (column) => column.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('body', 'text', (column) => column.notNull())
    .addColumn('link', 'text')
    .addColumn('dedupe_key', 'text', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addColumn('read_at', 'timestamptz')
    .addColumn('email_status', 'text', (column) => column.notNull().defaultTo('none'))
    .addColumn('emailed_at', 'timestamptz')
    .addUniqueConstraint('notifications_user_dedupe_key', ['user_id', 'dedupe_key'])
    .execute();
  await db.schema
    .createIndex('notifications_user_created_idx')
    .on('notifications')
    .columns(['user_id', 'created_at'])
    .execute();
}
