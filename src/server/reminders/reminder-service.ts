// The reminder run (the job queue calls it every hour; tests call it with a fixed today):
// for every due item, the reminders its rules owe today (domain/reminders/reminder-rules.ts),
// one notification per recipient, inserted only when new (user + dedupe key), then an e-mail
// job per new notification whose user has an address. The e-mail job sends and marks the row
// sent, and does nothing for a row already sent: a reminder reaches a user once.
import type PgBoss from 'pg-boss';
import type { IsoDate } from '../../domain/periods/iso-dates.ts';
import { describeReminder, findOwedReminders } from '../../domain/reminders/reminder-rules.ts';
import type { Mailer } from '../../mail/mailer.ts';
import type { AppContext } from '../context.ts';
import {
  findPendingEmail,
  insertNewNotifications,
  type NotificationWrite,
  setEmailStatus,
} from '../notifications/repository.ts';
import { ensureTaskAssignments } from '../tasks/assignments.ts';
import { findTaskDueItems, type TaskHolder } from './task-due-items.ts';
import { findAgencyRecipients, findOverseers, findUnitRecipients, type Recipient } from './recipients.ts';

export const reminderEmailQueue = 'reminder-email';

export interface ReminderRunResult {
  dueItems: number;
  created: number;
  emailsQueued: number;
}

const formatDay = (date: IsoDate) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
const shortText = (text: string, max = 120) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export async function runReminders(
  ctx: AppContext,
  options: { today: IsoDate; queue: Pick<PgBoss, 'send'> | null; mailer: Mailer | null },
): Promise<ReminderRunResult> {
  // A plan confirmed since the last task read has no assignments yet: derive them first.
  await ensureTaskAssignments(ctx);
  const items = await findTaskDueItems(ctx.db, options.today);
  const holders = items.flatMap((item) => item.holders);
  const [recipientsOfAgency, recipientsOfUnit, overseersOf] = await Promise.all([
    findAgencyRecipients(ctx.db, [...new Set(holders.flatMap((holder) => (holder.agencyId ? [holder.agencyId] : [])))]),
    findUnitRecipients(ctx.db, [
      ...new Set(holders.flatMap((holder) => (holder.agencyId ? [] : holder.unitId ? [holder.unitId] : []))),
    ]),
    findOverseers(ctx.db, [...new Set(items.map((item) => item.planUnitId))]),
  ]);
  const ownersOf = (holder: TaskHolder) =>
    holder.agencyId
      ? (recipientsOfAgency.get(holder.agencyId) ?? [])
      : (recipientsOfUnit.get(holder.unitId ?? '') ?? []);
  const writes: NotificationWrite[] = [];
  const emailWanted = options.mailer !== null && options.queue !== null;
  const notify = (recipient: Recipient, write: Omit<NotificationWrite, 'userId' | 'emailStatus'>) =>
    writes.push({
      ...write,
      userId: recipient.userId,
      emailStatus: emailWanted && recipient.email ? 'pending' : 'none',
    });
  for (const item of items)
    for (const holder of item.holders)
      for (const reminder of findOwedReminders({ dueDate: item.dueDate, done: holder.done }, options.today)) {
        const text = describeReminder(reminder, {
          what: `Nhiệm vụ «${shortText(item.taskText)}»`,
          plan: item.planNumber
            ? `Kế hoạch số ${item.planNumber}`
            : `kế hoạch «${shortText(item.planTitle ?? '', 80)}»`,
          dueLabel: item.dueLabel,
          dueDateText: formatDay(item.dueDate),
          ownerName: holder.name,
        });
        const recipients = reminder.audience === 'owner' ? ownersOf(holder) : (overseersOf.get(item.planUnitId) ?? []);
        for (const recipient of recipients)
          notify(recipient, {
            kind: reminder.kind,
            ...text,
            link: `/ke-hoach/${item.planId}`,
            dedupeKey: `task:${item.taskId}:${item.dueDate}:${holder.key}:${reminder.kind}`,
          });
      }
  const created = await insertNewNotifications(ctx.db, writes);
  const pending = created.filter((row) => row.emailStatus === 'pending');
  if (options.queue)
    for (const row of pending)
      await options.queue.send(reminderEmailQueue, { notificationId: row.id }, { singletonKey: row.id, retryLimit: 5 });
  return { dueItems: items.length, created: created.length, emailsQueued: options.queue ? pending.length : 0 };
}

/** The e-mail job: sends a pending notification once, then marks it. */
export async function sendReminderEmail(ctx: AppContext, mailer: Mailer, notificationId: string): Promise<boolean> {
  const email = await findPendingEmail(ctx.db, notificationId);
  if (!email) return false;
  await mailer.send(email);
  await setEmailStatus(ctx.db, notificationId, 'sent', ctx.now());
  return true;
}
