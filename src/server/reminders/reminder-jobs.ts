// The reminders on the job queue: a run every hour (cron in Vietnam's time zone) and a worker
// for the e-mails it queues. A run after a restart finds the notifications already made and
// makes nothing twice; an e-mail job retried after a crash skips a row already sent.
import type PgBoss from 'pg-boss';
import { jobTimeZone } from '../../jobs/job-queue.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { todayInVietnam } from '../admin-units/service.ts';
import type { AppContext } from '../context.ts';
import { reminderEmailQueue, runReminders, sendReminderEmail } from './reminder-service.ts';

export const reminderRunQueue = 'reminders';
/** Five past every hour: deadlines are days, an hour late is on time. */
const reminderSchedule = '5 * * * *';

export interface ReminderJobOptions {
  /** False in tests that run the reminders themselves on a fixed day. */
  schedule: boolean;
  pollingIntervalSeconds?: number;
}

export async function startReminderJobs(
  ctx: AppContext,
  boss: PgBoss,
  mailer: Mailer | null,
  options: ReminderJobOptions = { schedule: true },
): Promise<void> {
  await boss.createQueue(reminderRunQueue);
  await boss.createQueue(reminderEmailQueue);
  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 };
  if (options.schedule) {
    await boss.schedule(reminderRunQueue, reminderSchedule, {}, { tz: jobTimeZone });
    await boss.work(reminderRunQueue, polling, async () => {
      await runReminders(ctx, { today: todayInVietnam(ctx.now()), queue: boss, mailer });
    });
  }
  if (mailer)
    await boss.work<{ notificationId: string }>(reminderEmailQueue, polling, async (jobs) => {
      for (const job of jobs) await sendReminderEmail(ctx, mailer, job.data.notificationId);
    });
}
