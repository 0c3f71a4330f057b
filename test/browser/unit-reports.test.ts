// The reporting cycle in the browser (issue 10, part 5): a commune reporter fills and submits
// its report for a province plan it cannot otherwise open; the consolidating agency (the
// province's Sở Nội vụ, where the demo planner works) returns it with a reason; the reporter
// fixes and resubmits; the consolidating agency accepts it, and the plan page counts it.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatPeriod } from '../../src/domain/periods/period-ids.ts';
import { periodContaining } from '../../src/domain/periods/period-windows.ts';
import { decree09Calendar } from '../../src/domain/periods/reporting-calendars.ts';
import { todayInVietnam } from '../../src/server/admin-units/service.ts';
import { systemActor } from '../../src/server/auth/actor.ts';
import type { AppContext } from '../../src/server/context.ts';
import { updateReportingDuty } from '../../src/server/unit-reports/plan-reports-service.ts';
import { makePlanExtraction, makeReportingDuty, makeTask } from '../factories/plan-extraction.ts';
import { freshPlanNumber, insertPlanAt } from '../factories/plans.ts';
import { expectNoHorizontalOverflow } from './support/layout.ts';
import { logIn, openPage, takeScreenshot, useRunningApp } from './support/web-app.ts';

// Demo accounts (decision 0019): the reporter of UBND xã Tháp Mười, a planner of Sở Nội vụ Đồng Tháp.
const reporter = 'xa.thapmuoi';
const planner = 'kehoach.dongthap';
const communeAgency = 'ag-c-30037-ubnd';
const consolidatingAgency = 'ag-p-82-so-noi-vu';
// The yearly report the commune owes now (Decree 09: from 15/12 the next year's report is current).
const period = formatPeriod(periodContaining(todayInVietnam(new Date()), 'year', decree09Calendar));
const work = { planId: '', reportUrl: '' };

/** A province plan whose task the commune leads; its yearly duty consolidated by Sở Nội vụ. */
async function insertProvincePlan(ctx: AppContext): Promise<void> {
  const commune = { text: 'Ủy ban nhân dân xã Tháp Mười', agencyId: communeAgency, agencyName: null, confidence: 1 };
  work.planId = await insertPlanAt(
    ctx.db,
    'p-82',
    makePlanExtraction({
      document: { number: freshPlanNumber(), title: 'Phát triển nguồn nhân lực tỉnh Đồng Tháp' },
      tasks: [
        makeTask({
          id: 'k1',
          text: 'Mở lớp đào tạo nghề cho lao động nông thôn',
          lead: [commune.text],
          support: [],
          leadAgencies: [commune],
          supportAgencies: [],
        }),
      ],
      reporting: [makeReportingDuty()],
    }),
  );
  const duty = await ctx.db
    .selectFrom('plan_reporting_duties')
    .select('id')
    .where('plan_id', '=', work.planId)
    .executeTakeFirstOrThrow();
  await updateReportingDuty(ctx, systemActor, work.planId, duty.id, { consolidatingAgencyId: consolidatingAgency });
}

async function stateOf(page: Page): Promise<string | null> {
  return page.getByTestId('report-state').getAttribute('data-state');
}

describe('the reporting cycle: fill, submit, return, fix, resubmit, accept', () => {
  const running = useRunningApp({ prepare: insertProvincePlan });

  it('a commune report goes through the consolidating agency', async () => {
    const { app, browser } = running;
    const commune$ = await openPage(browser);
    await logIn(commune$, app.baseUrl, reporter);
    await commune$.goto(`${app.baseUrl}/bao-cao-cua-toi`);
    await commune$.getByTestId('my-reports-page').waitFor();
    await expect.poll(() => commune$.getByTestId(`my-report-state-${period}`).getAttribute('data-state')).toBe('none');
    await commune$.getByTestId(`my-report-open-${period}`).click();
    await commune$.getByTestId('unit-report-page').waitFor();
    const reportUrl = commune$.url();
    work.reportUrl = reportUrl;
    expect(await stateOf(commune$)).toBe('draft');
    expect(await commune$.getByTestId('unit-report-page').textContent()).toContain('Mở lớp đào tạo nghề');
    // Submitting without results is refused by the server, in Vietnamese.
    await commune$.getByTestId('report-submit').click();
    await commune$.getByText('Cần viết phần "Kết quả đạt được"', { exact: false }).waitFor();
    await commune$.getByTestId('report-achievements').fill('Đã mở 3 lớp đào tạo nghề cho 90 lao động.');
    await commune$.getByTestId('report-difficulties').fill('Thiếu giáo viên dạy nghề.');
    await commune$.getByTestId('report-proposals').fill('Đề nghị tỉnh hỗ trợ kinh phí đào tạo.');
    await commune$.getByTestId('report-task-note').first().fill('Hoàn thành tháng 10.');
    await commune$.getByTestId('report-submit').click();
    await expect.poll(() => stateOf(commune$)).toBe('submitted');
    expect(await commune$.getByTestId('report-achievements').isDisabled()).toBe(true);
    expect(await commune$.getByTestId('report-submit').count()).toBe(0);

    const province$ = await openPage(browser);
    await logIn(province$, app.baseUrl, planner);
    await province$.goto(`${app.baseUrl}/ke-hoach/${work.planId}`);
    await province$.getByTestId('plan-unit-reports').waitFor();
    await expect
      .poll(() => province$.getByTestId(`report-state-${communeAgency}`).getAttribute('data-state'))
      .toBe('submitted');
    expect(await province$.getByTestId('plan-report-completeness').textContent()).toBe('1/1 đơn vị đã gửi, 1 đúng hạn');
    await province$.getByTestId(`open-report-${communeAgency}`).click();
    await province$.getByTestId('unit-report-page').waitFor();
    await province$.getByTestId('report-return').click();
    // A return needs a reason: the dialog says so and sends nothing.
    await province$.getByTestId('report-return-confirm').click();
    await province$.getByText('Cần nêu lý do trả lại.').waitFor();
    await province$.getByTestId('report-return-reason').fill('Bổ sung số lao động có việc làm sau đào tạo.');
    await province$.getByTestId('report-return-confirm').click();
    await expect.poll(() => stateOf(province$)).toBe('returned');

    await commune$.goto(reportUrl);
    await commune$.getByTestId('report-return-alert').waitFor();
    expect(await commune$.getByTestId('report-return-alert').textContent()).toContain(
      'Bổ sung số lao động có việc làm sau đào tạo.',
    );
    await commune$
      .getByTestId('report-achievements')
      .fill('Đã mở 3 lớp đào tạo nghề cho 90 lao động; 70 người có việc làm sau đào tạo.');
    await commune$.getByTestId('report-submit').click();
    await expect.poll(() => stateOf(commune$)).toBe('submitted');

    await province$.reload();
    await province$.getByTestId('unit-report-page').waitFor();
    expect(await province$.getByTestId('report-achievements').inputValue()).toContain('70 người có việc làm');
    await province$.getByTestId('report-accept').click();
    await expect.poll(() => stateOf(province$)).toBe('accepted');
    await takeScreenshot(province$, 'unit-report-accepted');

    await province$.goto(`${app.baseUrl}/ke-hoach/${work.planId}`);
    await province$.getByTestId('plan-unit-reports').waitFor();
    await expect
      .poll(() => province$.getByTestId(`report-state-${communeAgency}`).getAttribute('data-state'))
      .toBe('accepted');
    await commune$.goto(`${app.baseUrl}/bao-cao-cua-toi`);
    await expect
      .poll(() => commune$.getByTestId(`my-report-state-${period}`).getAttribute('data-state'))
      .toBe('accepted');
    await province$.context().close();
    await commune$.context().close();
  });

  it('the report and "Báo cáo của tôi" fit a 390 px phone: tables scroll inside, not the page', async () => {
    const { app, browser } = running;
    const page = await openPage(browser, { viewport: { width: 390, height: 844 } });
    await logIn(page, app.baseUrl, reporter);
    await page.goto(work.reportUrl);
    await page.getByTestId('unit-report-page').waitFor();
    await page.getByTestId('report-values').waitFor();
    await expectNoHorizontalOverflow(page);
    await page.goto(`${app.baseUrl}/bao-cao-cua-toi`);
    await page.getByTestId(`my-report-open-${period}`).waitFor();
    await expectNoHorizontalOverflow(page);
    await takeScreenshot(page, 'my-reports-phone');
    await page.context().close();
  });

  it('a planner edits the duty on the plan page: the new due day shows at once', async () => {
    const { app, browser } = running;
    const page = await openPage(browser);
    await logIn(page, app.baseUrl, planner);
    await page.goto(`${app.baseUrl}/ke-hoach/${work.planId}`);
    await page.getByTestId('plan-unit-reports').waitFor();
    await page.getByTestId('duty-edit').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Ngày hạn gửi').fill('10');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu chế độ báo cáo.').waitFor();
    await expect.poll(() => page.getByTestId('plan-report-duty').textContent()).toContain(`hạn 10/12/${period}`);
    expect(await page.getByTestId('plan-report-duty').textContent()).toContain('Cơ quan tổng hợp: Sở Nội vụ');
    await page.context().close();
  });
});
