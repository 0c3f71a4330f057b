// Reminders end to end on a fixed day (2026-12-03), through the real job queue (pg-boss on the
// engine under test) and a local SMTP sink: a task due in 3 days reminds its lead agency's
// users, an overdue one reminds them and escalates to the plan unit's planners; every message
// arrives exactly once, also when the run is repeated and the queue restarted.
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import type PgBoss from 'pg-boss';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePlanExtraction, makeTask } from '../../../test/factories/plan-extraction.ts';
import { freshPlanNumber, insertPlanAt } from '../../../test/factories/plans.ts';
import { authHeaders } from '../../../test/factories/users.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { startJobQueue } from '../../jobs/job-queue.ts';
import { createMailer, type Mailer } from '../../mail/mailer.ts';
import { ensureTaskAssignments } from '../tasks/assignments.ts';
import { startReminderJobs } from './reminder-jobs.ts';
import { runReminders } from './reminder-service.ts';

const today = '2026-12-03';
let harness: TestApp;
let sink: SMTPServer;
let mailer: Mailer;
const received: { to: string; subject: string; text: string }[] = [];

beforeAll(async () => {
  sink = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      void simpleParser(stream).then((mail) => {
        for (const to of session.envelope.rcptTo)
          received.push({ to: to.address, subject: mail.subject ?? '', text: mail.text ?? '' });
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
  const { port } = sink.server.address() as AddressInfo;
  mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${port}`, from: 'Nhân Lực <no-reply@nhanluc.test>' })!;
  harness = await startTestApp({ now: () => new Date(`${today}T03:00:00Z`) });
  const lead = harness.agencies.communeAgency;
  await harness.createUser({ agencyId: lead.id, role: 'reporter', email: 'bao.cao@xa.gov.vn', username: 'bao-cao-xa' });
  await harness.createUser({ agencyId: lead.id, role: 'reporter', username: 'khong-co-thu' });
  await harness.createUser({
    agencyId: harness.agencies.provinceAgency.id,
    role: 'planner',
    email: 'ke.hoach@tinh.gov.vn',
    username: 'ke-hoach-tinh',
  });
  const leadRef = { text: lead.name, agencyId: lead.id, agencyName: lead.name, confidence: 1 };
  await insertPlanAt(
    harness.db.db,
    harness.agencies.provinceAgency.adminUnitId,
    makePlanExtraction({
      document: { number: freshPlanNumber() },
      period: { from: 2026, to: 2026, horizons: [] },
      tasks: [
        makeTask({
          id: 'soon',
          text: 'Rà soát nhu cầu học nghề',
          due: { kind: 'once', by: '2026-12', date: '2026-12-06' },
          dueText: 'trước ngày 06/12/2026',
          lead: [lead.name],
          leadAgencies: [leadRef],
          support: [],
          supportAgencies: [],
        }),
        makeTask({
          id: 'late',
          text: 'Tổng hợp danh sách lao động',
          due: { kind: 'once', by: '2026-11', date: '2026-11-30' },
          dueText: 'trước ngày 30/11/2026',
          lead: [lead.name],
          leadAgencies: [leadRef],
          support: [],
          supportAgencies: [],
        }),
        makeTask({
          id: 'done',
          text: 'Khảo sát doanh nghiệp',
          due: { kind: 'once', by: '2026-11', date: '2026-11-28' },
          dueText: 'trước ngày 28/11/2026',
          lead: [lead.name],
          leadAgencies: [leadRef],
          support: [],
          supportAgencies: [],
        }),
        makeTask({
          id: 'later',
          text: 'Báo cáo năm',
          due: { kind: 'once', by: '2026-12' },
          dueText: 'tháng 12/2026',
          lead: [lead.name],
          leadAgencies: [leadRef],
          support: [],
          supportAgencies: [],
        }),
      ],
    }),
  );
  // The lead reported the 'done' task finished (as POST /api/tasks/:id/progress stores it): no reminder for it.
  await ensureTaskAssignments(harness.ctx);
  const doneTask = await harness.db.db
    .selectFrom('plan_tasks')
    .select('id')
    .where('text', '=', 'Khảo sát doanh nghiệp')
    .executeTakeFirstOrThrow();
  await harness.db.db
    .insertInto('task_progress')
    .values({ task_id: doneTask.id, holder: lead.id, due_date: '2026-11-28', percent: 100, completed_on: '2026-11-27' })
    .execute();
}, 60_000);

afterAll(async () => {
  mailer?.close();
  await harness?.close();
  await new Promise<void>((resolve) => sink.close(() => resolve()));
});

async function waitForMessages(count: number): Promise<void> {
  const until = Date.now() + 15_000;
  while (received.length < count && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 100));
}

async function withQueue<T>(run: (boss: PgBoss) => Promise<T>): Promise<T> {
  const boss = await startJobQueue(harness.db);
  try {
    await startReminderJobs(harness.ctx, boss, mailer, { schedule: false, pollingIntervalSeconds: 0.5 });
    return await run(boss);
  } finally {
    await boss.stop({ graceful: true, wait: true, timeout: 5_000 });
  }
}

describe('reminders', () => {
  it('reminds the lead agency before and after a deadline and escalates once, each e-mail exactly once', async () => {
    const first = await withQueue(async (boss) => {
      const result = await runReminders(harness.ctx, { today, queue: boss, mailer });
      await waitForMessages(3);
      return result;
    });
    // Due in 3 days: two reporters told (one without an address); overdue: the same two, and the province planner.
    expect(first).toMatchObject({ created: 5, emailsQueued: 3 });
    expect(received.map((mail) => [mail.to, mail.subject]).sort()).toEqual(
      [
        ['bao.cao@xa.gov.vn', 'Quá hạn: Nhiệm vụ «Tổng hợp danh sách lao động»'],
        ['bao.cao@xa.gov.vn', 'Sắp đến hạn: Nhiệm vụ «Rà soát nhu cầu học nghề»'],
        ['ke.hoach@tinh.gov.vn', `Đơn vị chậm: ${harness.agencies.communeAgency.name}`],
      ].sort(),
    );
    expect(received.find((mail) => mail.subject.startsWith('Sắp'))?.text).toContain('còn 3 ngày, hạn 06/12/2026');

    // The same day again, after a restart of the queue: nothing new is made or sent.
    const again = await withQueue(async (boss) => {
      const result = await runReminders(harness.ctx, { today, queue: boss, mailer });
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      return result;
    });
    expect(again).toMatchObject({ created: 0, emailsQueued: 0 });
    expect(received).toHaveLength(3);
  });

  it('shows the reminders in the app, newest first, and marks them read', async () => {
    const session = await harness.login('bao-cao-xa', 'mat-khau-thu-nghiem');
    const list = await harness.app.inject({ method: 'GET', url: '/api/notifications', headers: authHeaders(session) });
    expect(list.statusCode, list.body).toBe(200);
    const body = list.json() as { unread: number; items: { id: string; title: string; link: string }[] };
    expect(body.unread).toBe(2);
    expect(body.items.map((item) => item.title).sort()).toEqual([
      'Quá hạn: Nhiệm vụ «Tổng hợp danh sách lao động»',
      'Sắp đến hạn: Nhiệm vụ «Rà soát nhu cầu học nghề»',
    ]);
    expect(body.items[0]?.link).toMatch(/^\/ke-hoach\//);
    const read = await harness.app.inject({
      method: 'POST',
      url: '/api/notifications/read',
      headers: authHeaders(session),
      payload: { ids: [body.items[0]!.id] },
    });
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json().unread).toBe(1);
    // Another user's notification ids change nothing of theirs.
    const planner = await harness.login('ke-hoach-tinh', 'mat-khau-thu-nghiem');
    const foreign = await harness.app.inject({
      method: 'POST',
      url: '/api/notifications/read',
      headers: authHeaders(planner),
      payload: { ids: [body.items[1]!.id] },
    });
    expect(foreign.json().unread).toBe(1);
    const after = await harness.app.inject({ method: 'GET', url: '/api/notifications', headers: authHeaders(session) });
    expect(after.json().unread).toBe(1);
  });
});
