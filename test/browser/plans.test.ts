import { describe, expect, it } from 'vitest';
import { confirmDraft, findSeed001, uploadSeed001, useContextSession } from './support/plan-review.ts';
import { takeScreenshot, useSignedInSession } from './support/web-app.ts';

const newLead = 'Phòng Lao động - Thương binh và Xã hội huyện Càng Long';

/** A commune plan implementing seed 001: confirming it must link the two plans both ways. */
const communePlan = [
  'ỦY BAN NHÂN DÂN XÃ CÀNG LONG',
  '',
  'Số: 15/KH-UBND',
  '',
  'Càng Long, ngày 20 tháng 8 năm 2021',
  '',
  'KẾ HOẠCH',
  '',
  'Thực hiện Kế hoạch số 60/KH-UBND ngày 04/8/2021 của Ủy ban nhân dân huyện Càng Long về nâng cao chất lượng nguồn nhân lực',
  '',
  'Căn cứ Kế hoạch số 60/KH-UBND ngày 04/8/2021 của Ủy ban nhân dân huyện Càng Long, Ủy ban nhân dân xã ban hành Kế hoạch như sau:',
  '',
  'I. MỤC TIÊU',
  '',
  '- Tỷ lệ lao động qua đào tạo đạt trên 70%.',
  '',
  'II. NHIỆM VỤ',
  '',
  '1. Rà soát, đánh giá đội ngũ cán bộ, công chức xã.',
  '',
  '- Đơn vị thực hiện: Công chức Văn phòng - Thống kê xã chủ trì.',
  '',
  '- Thời gian thực hiện: Quý IV/2021.',
  '',
].join('\n');

describe('plan upload, review and confirmation', () => {
  // Càng Long (Trà Vinh, now Vĩnh Long) is outside the Đồng Tháp planner's scope: the admin uploads.
  // The test server loads demo users only, so no plan exists yet and nothing is a duplicate.
  const session = useSignedInSession('admin');

  it('says why an empty file is refused and stores nothing', async () => {
    const { page } = session;
    await page.getByRole('menuitem', { name: 'Kế hoạch' }).click();
    await page.getByTestId('plans-page').waitFor();
    await page.getByTestId('plan-upload-button').click();
    await page
      .getByTestId('plan-upload-dropzone')
      .locator('input[type=file]')
      .setInputFiles({ name: 'trong.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
    const error = page.getByTestId('plan-upload-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/trống/i);
    const drafts = (await (await page.request.get(`${session.app.baseUrl}/api/plan-drafts`)).json()) as {
      items: unknown[];
    };
    expect(drafts.items).toHaveLength(0);
    await takeScreenshot(page, 'plan-upload-error');
  });

  it('uploads seed 001, fixes a lead agency in the draft, confirms and shows 23 tasks', async () => {
    const { page } = session;
    await page.getByTestId('plan-upload-dropzone').locator('input[type=file]').setInputFiles(findSeed001());
    await page.getByTestId('draft-review').waitFor({ timeout: 30_000 });
    // The header tab opens first and shows the document as read, with its unit found from the issuer.
    expect(await page.getByTestId('draft-number').inputValue()).toBe('60/KH-UBND');
    await page.getByTestId('draft-admin-unit').getByText('Huyện Càng Long').waitFor();
    await takeScreenshot(page, 'plan-draft-header');
    await page.getByRole('tab', { name: /Nhiệm vụ/ }).click();
    await expect.poll(() => page.getByTestId('draft-task-count').textContent()).toBe('23 nhiệm vụ');
    await takeScreenshot(page, 'plan-draft-tasks');

    // Selecting a task scrolls the source to its line and highlights it.
    const task = page.getByTestId('draft-task').first();
    await task.getByTestId('draft-task-summary').click();
    const editor = task.getByTestId('task-editor');
    await editor.waitFor();
    const active = page.getByTestId('draft-source').locator('[data-active="true"]');
    await active.waitFor();
    expect(await active.textContent()).toContain('Người đứng đầu cơ quan');

    const lead = editor.getByTestId('lead-mention').first();
    await lead.getByTestId('lead-mention-text').fill('Phòng Lao động - Thương binh và Xã hội');
    await lead.getByTestId('lead-mention-agency').click();
    await page.keyboard.type('lao dong');
    await page.locator('.ant-select-item-option').getByText(newLead, { exact: true }).click();
    await task.getByTestId('lead-agency').getByText(newLead).waitFor();
    await takeScreenshot(page, 'plan-draft-review');

    // The edit survives saving and reloading the draft.
    await page.getByTestId('draft-save').click();
    await page.getByText('Đã lưu bản nháp.').waitFor();
    await page.reload();
    await page.getByRole('tab', { name: /Nhiệm vụ/ }).click();
    await page.getByTestId('draft-task').first().getByTestId('lead-agency').getByText(newLead).waitFor();

    await page.getByRole('tab', { name: /Chỉ tiêu/ }).click();
    await page.getByTestId('draft-target').first().waitFor();
    await takeScreenshot(page, 'plan-draft-targets');

    // The reviewer links the first target to the indicator suggested first (score in brackets).
    const target = page.getByTestId('draft-target').first();
    await target.getByTestId('draft-target-summary').click();
    await target.getByTestId('target-indicator-select').click();
    const suggestion = page
      .locator('.ant-select-item-option')
      .filter({ hasText: /\(\d+%\)$/ })
      .first();
    const chosen = ((await suggestion.textContent()) ?? '').replace(/ \(\d+%\)$/, '');
    expect(chosen.length).toBeGreaterThan(5);
    await suggestion.click();

    await confirmDraft(page);
    await page.getByTestId('plan-page').waitFor({ timeout: 30_000 });
    const planId = new URL(page.url()).pathname.split('/').pop();
    const targets = await page.evaluate(async (id) => (await fetch(`/api/plans/${id}/targets`)).json(), planId);
    expect(targets.targets[0].indicatorName).toBe(chosen);
    expect(await page.getByTestId('plan-task-count').textContent()).toBe('23 nhiệm vụ');
    expect(await page.getByTestId('plan-tasks').locator('tbody tr.ant-table-row').count()).toBe(23);
    const firstRow = page.getByTestId('plan-tasks').locator('tbody tr.ant-table-row').first();
    expect(await firstRow.textContent()).toContain(newLead);
    await takeScreenshot(page, 'plan-page');
  });

  it('links a plan to the plan it implements, both ways', async () => {
    const { page } = session;
    await page.goto(`${session.app.baseUrl}/ke-hoach/tai-len`);
    await page
      .getByTestId('plan-upload-dropzone')
      .locator('input[type=file]')
      .setInputFiles({ name: 'ke-hoach-15.txt', mimeType: 'text/plain', buffer: Buffer.from(communePlan, 'utf8') });
    await page.getByTestId('draft-review').waitFor({ timeout: 30_000 });
    await confirmDraft(page);
    await page.getByTestId('plan-page').waitFor({ timeout: 30_000 });
    const implemented = page.getByTestId('plan-implements').getByRole('link', { name: /60\/KH-UBND/ });
    await implemented.waitFor();
    await page.getByTestId('plan-references').getByTestId('reference-plan-link').waitFor();
    await implemented.click();
    await page
      .getByTestId('plan-implemented-by')
      .getByRole('link', { name: /15\/KH-UBND/ })
      .waitFor();
    await takeScreenshot(page, 'plan-links');
  });

  it('offers the existing plan when the same document is uploaded again', async () => {
    const { page } = session;
    await page.goto(`${session.app.baseUrl}/ke-hoach/tai-len`);
    await page.getByTestId('plan-upload-dropzone').locator('input[type=file]').setInputFiles(findSeed001());
    await page.getByTestId('plan-upload-duplicate').waitFor({ timeout: 30_000 });
    await takeScreenshot(page, 'plan-upload-duplicate');
    await page.getByTestId('open-existing-plan').click();
    await page.getByTestId('plan-page').waitFor();
    expect(await page.getByTestId('plan-task-count').textContent()).toBe('23 nhiệm vụ');

    // Reviewing the duplicate anyway: confirming it is refused with the choice to open the existing plan.
    await page.goto(`${session.app.baseUrl}/ke-hoach/tai-len`);
    await page.getByTestId('plan-upload-dropzone').locator('input[type=file]').setInputFiles(findSeed001());
    await page.getByTestId('review-anyway').click();
    await page.getByTestId('draft-duplicate').waitFor();
    await confirmDraft(page);
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Văn bản này đã có trong hệ thống').waitFor();
    await takeScreenshot(page, 'plan-confirm-duplicate');
    await dialog.getByRole('button', { name: 'Mở kế hoạch đã có' }).click();
    await page.getByTestId('plan-page').waitFor();

    // The list shows the plan once, and the discarded drafts are gone.
    await page.getByRole('menuitem', { name: 'Kế hoạch' }).click();
    await page.getByTestId('plan-table').getByText('60/KH-UBND', { exact: true }).waitFor();
    expect(await page.getByTestId('plan-table').getByText('60/KH-UBND', { exact: true }).count()).toBe(1);
    expect(await page.getByTestId('plan-drafts').count()).toBe(0);
    await takeScreenshot(page, 'plans');
  });
});

describe('review and plan screens for a new user (English browser)', () => {
  // An English browser shows native date inputs as mm/dd/yyyy: the review must not.
  const session = useContextSession('admin', { viewport: { width: 1366, height: 860 }, locale: 'en-US' });
  const dateInput = () => session.page.locator('[data-testid="draft-date"] input, input[data-testid="draft-date"]');

  it('shows and takes dates as dd/mm/yyyy, kinds by name and the source as formatted text', async () => {
    const { page } = session;
    await uploadSeed001(page, session.app.baseUrl);
    expect(await dateInput().inputValue()).toBe('04/08/2021');
    await dateInput().click();
    await dateInput().fill('05/09/2021');
    await dateInput().press('Enter');
    expect(await dateInput().inputValue()).toBe('05/09/2021');
    await page.getByTestId('draft-kind').getByText('Kế hoạch', { exact: true }).waitFor();

    const source = page.getByTestId('draft-source');
    const sourceText = (await source.textContent()) ?? '';
    expect(sourceText).not.toContain('**');
    expect(sourceText).not.toMatch(/(^|\s)##/);
    await source.locator('strong', { hasText: '60' }).first().waitFor();
    await takeScreenshot(page, 'plan-draft-en-date');
  });

  it('asks before leaving unsaved edits; staying keeps them', async () => {
    const { page } = session;
    await page.getByRole('menuitem', { name: 'Kế hoạch' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: 'Rời trang khi chưa lưu?' });
    await dialog.waitFor();
    await takeScreenshot(page, 'plan-draft-leave');
    await dialog.getByRole('button', { name: 'Ở lại' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('draft-review').waitFor();
    expect(await dateInput().inputValue()).toBe('05/09/2021');
  });

  it('reads deadlines as plans write them and names the field when it cannot', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: /Nhiệm vụ/ }).click();
    const task = page.getByTestId('draft-task').first();
    await task.getByTestId('draft-task-summary').click();
    const due = task.getByTestId('due-input');
    await due.fill('Quý V/2022');
    const error = task.getByTestId('due-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/^Nhiệm vụ 1, thời hạn: không hiểu "Quý V\/2022"/);
    await due.fill('Tháng 4/2026');
    await error.waitFor({ state: 'hidden' });
    await task.getByTestId('draft-task-summary').getByText('Tháng 4/2026', { exact: true }).waitFor();
    await due.fill('tháng 12 hàng năm');
    await task.getByTestId('draft-task-summary').getByText('Tháng 12 hằng năm', { exact: true }).waitFor();
    await due.blur();
    expect(await due.inputValue()).toBe('Tháng 12 hằng năm');

    // A reporting duty's deadline is a day and month, typed as dd/mm.
    await page.getByRole('tab', { name: /Báo cáo/ }).click();
    await page.getByText('Không có chế độ báo cáo', { exact: true }).waitFor();
    await page.getByTestId('reporting-add').click();
    const duty = page.getByTestId('draft-reporting-duty').first();
    if (!(await duty.getByTestId('reporting-due-input').isVisible()))
      await duty.getByTestId('draft-reporting-duty-summary').click();
    await duty.getByTestId('reporting-due-input').fill('15/12');
    await duty.getByTestId('draft-reporting-duty-summary').getByText('trước ngày 15/12').waitFor();
    await duty.getByTestId('reporting-due-input').fill('31/4');
    expect(await duty.getByTestId('reporting-due-error').textContent()).toMatch(
      /^Chế độ báo cáo 1, hạn: không hiểu "31\/4"/,
    );
    await duty.getByTestId('reporting-due-input').fill('');
    await duty.getByTestId('reporting-due-error').waitFor({ state: 'hidden' });
    await duty.getByTestId('item-delete').click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Xóa' }).click();
    await page.getByTestId('draft-reporting-duty').waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: /Nhiệm vụ/ }).click();
  });

  it('warns about unmatched leads before confirming and adds the missing agency', async () => {
    const { page } = session;
    // Seed 001's leads all match the seeded agencies: the reviewer adds one the catalogue lacks.
    const name = 'Ban Quản lý dự án đầu tư xây dựng huyện Càng Long';
    const task = page.getByTestId('draft-task').first();
    if (!(await task.getByTestId('task-editor').isVisible())) await task.getByTestId('draft-task-summary').click();
    await task.getByTestId('lead-mention-add').click();
    await task.getByTestId('lead-mention-text').last().fill(name);
    await task.getByTestId('lead-agency-unmatched').filter({ hasText: name }).waitFor();
    await page.getByTestId('draft-confirm').click();
    const leads = page.getByTestId('unmatched-lead');
    const lead = leads.filter({ hasText: name });
    await lead.waitFor();
    const before = await leads.count();
    await takeScreenshot(page, 'plan-draft-unmatched');
    await lead.getByTestId('unmatched-create-agency').click();
    const nameInput = page.getByTestId('add-agency-name');
    await nameInput.waitFor();
    expect(await nameInput.inputValue()).toBe(name);
    await takeScreenshot(page, 'plan-draft-add-agency');
    await page.getByTestId('add-agency-ok').click();
    await page.getByText(`Đã thêm cơ quan ${name}.`).waitFor();
    await expect.poll(() => leads.count()).toBe(before - 1);
    expect(await lead.count()).toBe(0);
    if (before > 1) await page.getByTestId('unmatched-back').click();
    await page.getByTestId('lead-agency').filter({ hasText: name }).first().waitFor();
    // The agency exists in the plan's unit, for the next plan too.
    const agencies = (await (
      await page.request.get(`${session.app.baseUrl}/api/agencies`, { params: { q: name, limit: 5 } })
    ).json()) as { items: Array<{ name: string }> };
    expect(agencies.items.map((agency) => agency.name)).toContain(name);
  });

  it('confirms, shows the plan in words, and deletes it after asking', async () => {
    const { page } = session;
    await page.getByTestId('draft-save').click();
    await page.getByText('Đã lưu bản nháp.').waitFor();
    await confirmDraft(page);
    await page.getByTestId('plan-page').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('plan-kind').textContent()).toBe('Kế hoạch');
    expect(await page.getByTestId('plan-page').textContent()).not.toMatch(/(^|\D)0 (chế độ báo cáo|chỉ tiêu|nhiệm vụ)/);
    // Seed 001 implements a programme that is not in the system: no "Thực hiện văn bản: Không có".
    expect(await page.getByText('Thực hiện văn bản', { exact: true }).count()).toBe(0);
    await page.getByTestId('plan-header').getByText('05/09/2021').waitFor();

    await page.getByTestId('plan-delete').click();
    const dialog = page.getByRole('dialog').filter({ hasText: 'Xóa kế hoạch này?' });
    await dialog.waitFor();
    await takeScreenshot(page, 'plan-delete-confirm');
    await page.getByTestId('plan-delete-ok').click();
    await page.getByTestId('plans-page').waitFor();
    await page.getByText('Đã xóa kế hoạch.').waitFor();
    expect(await page.getByTestId('plan-table').getByText('60/KH-UBND', { exact: true }).count()).toBe(0);
    const plans = (await (await page.request.get(`${session.app.baseUrl}/api/plans`)).json()) as { total: number };
    expect(plans.total).toBe(0);
  });
});
