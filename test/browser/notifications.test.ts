// The bell: a commune reporter whose agency leads a task due in three days sees one unread
// reminder, opens it, lands on the plan, and the count goes down. The reminder is made by the
// real reminder run (as the hourly job makes it) before the app starts.
import { afterAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/periods/iso-dates.ts';
import { todayInVietnam } from '../../src/server/admin-units/service.ts';
import type { AppContext } from '../../src/server/context.ts';
import { runReminders } from '../../src/server/reminders/reminder-service.ts';
import { makePlanExtraction, makeTask } from '../factories/plan-extraction.ts';
import { freshPlanNumber, insertPlanAt } from '../factories/plans.ts';
import { logIn, openPage, takeScreenshot, useRunningApp } from './support/web-app.ts';

const reporter = 'xa.thapmuoi';
const taskText = 'Rà soát, cập nhật danh sách lao động cần học nghề';

async function makeReminder(ctx: AppContext): Promise<void> {
  const user = await ctx.db
    .selectFrom('users as u')
    .innerJoin('agencies as a', 'a.id', 'u.agency_id')
    .select(['a.id as agencyId', 'a.name as agencyName', 'a.admin_unit_id as unitId'])
    .where('u.username', '=', reporter)
    .executeTakeFirstOrThrow();
  const today = todayInVietnam(new Date());
  const due = addDays(today, 3);
  const lead = { text: user.agencyName, agencyId: user.agencyId, agencyName: user.agencyName, confidence: 1 };
  await insertPlanAt(
    ctx.db,
    user.unitId,
    makePlanExtraction({
      document: { number: freshPlanNumber() },
      period: { from: Number(today.slice(0, 4)), to: Number(due.slice(0, 4)), horizons: [] },
      tasks: [
        makeTask({
          id: 'k1',
          text: taskText,
          due: { kind: 'once', by: due.slice(0, 7), date: due },
          dueText: `trước ngày ${due}`,
          lead: [user.agencyName],
          leadAgencies: [lead],
          support: [],
          supportAgencies: [],
        }),
      ],
    }),
  );
  const made = await runReminders(ctx, { today, queue: null, mailer: null });
  if (made.created !== 1) throw new Error(`expected one reminder, made ${made.created}`);
}

describe('notifications', () => {
  const running = useRunningApp({ prepare: makeReminder });
  const pages: Awaited<ReturnType<typeof openPage>>[] = [];
  afterAll(async () => {
    for (const page of pages) await page.context().close();
  });

  it('shows a deadline reminder under the bell and opens its plan', async () => {
    const page = await openPage(running.browser);
    pages.push(page);
    await logIn(page, running.app.baseUrl, reporter);
    const count = page.getByTestId('notifications-count');
    await expect.poll(() => count.locator('.ant-badge-count').textContent()).toBe('1');
    await page.getByTestId('notifications-open').click();
    const item = page.getByTestId('notification-item');
    await item.waitFor();
    expect(await item.textContent()).toContain(`Sắp đến hạn: Nhiệm vụ «${taskText}»`);
    expect(await item.textContent()).toContain('còn 3 ngày');
    await takeScreenshot(page, 'notifications');
    await item.click();
    await page.waitForURL(/\/ke-hoach\/[^/]+$/);
    await expect.poll(() => count.locator('.ant-badge-count').count()).toBe(0);
  });
});
