import type { FastifyInstance } from 'fastify';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePlanExtraction, makePlanText, makeTarget } from '../../../test/factories/plan-extraction.ts';
import { multipartFile, uploadPlan } from '../../../test/factories/plans.ts';
import { authHeaders, type LoggedIn } from '../../../test/factories/users.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { TestDatabase } from '../../../test/support/test-database.ts';
import { extractPlan } from '../../domain/extraction/extract-plan.ts';
import { assessPlanStructure } from '../../domain/extraction/plan-structure.ts';
import { demoDocumentsFolder } from '../plans/demo-plans.ts';

let harness: TestApp;
let db: TestDatabase;
let app: FastifyInstance;
let planner: LoggedIn;
let otherPlanner: LoggedIn;
let viewer: LoggedIn;

const thapMuoi = 'od-tinh-dong-thap.huyen-thap-muoi';

beforeAll(async () => {
  harness = await startTestApp({ data: 'map+seed' });
  ({ db, app } = harness);
  planner = await harness.loginNew({ role: 'planner', agencyId: 'ag-p-82-so-noi-vu' });
  otherPlanner = await harness.loginNew({ role: 'planner', agencyId: 'ag-p-82-so-noi-vu' });
  viewer = await harness.loginNew({ role: 'viewer', agencyId: 'ag-p-82-ubnd' });
});

afterAll(async () => {
  await harness?.close();
});

async function storedCounts() {
  const count = async (table: 'plan_files' | 'plan_drafts' | 'plans') =>
    (await db.db.selectFrom(table).select('id').execute()).length;
  return { files: await count('plan_files'), drafts: await count('plan_drafts'), plans: await count('plans') };
}

describe('POST /api/plan-drafts', () => {
  it('reads the upload, extracts the plan, finds its unit and agencies, and stores file and draft', async () => {
    const before = await storedCounts();
    const response = await uploadPlan(app, planner, 'Kế hoạch 416.txt', makePlanText());
    expect(response.statusCode, response.body).toBe(201);
    const { draft, duplicateOf } = response.json();
    expect(duplicateOf).toBeNull();
    expect(draft).toMatchObject({
      fileName: 'Kế hoạch 416.txt',
      adminUnitId: thapMuoi,
      adminUnit: { id: thapMuoi, name: 'Huyện Tháp Mười', level: 'district' },
      duplicateOf: null,
    });
    expect(draft.sourceLines[2]).toBe('Số: 416/KH-UBND');
    expect(draft.extraction.document.number).toBe('416/KH-UBND');
    expect(await storedCounts()).toEqual({ ...before, files: before.files + 1, drafts: before.drafts + 1 });
    const audit = await db.db
      .selectFrom('audit_log')
      .select(['action'])
      .where('entity', '=', 'plan_draft')
      .where('entity_id', '=', draft.id)
      .execute();
    expect(audit).toEqual([{ action: 'create' }]);
  });

  it.each([
    ['an empty file', 'trong.txt', '', 400, 'empty_file'],
    ['text with no plan in it', 'thu.txt', 'Xin chào, đây là một lá thư.\nHẹn gặp lại.\n', 422, 'no_plan_structure'],
  ])('refuses %s with a Vietnamese message and stores nothing', async (_what, fileName, content, status, code) => {
    const before = await storedCounts();
    const response = await uploadPlan(app, planner, fileName, content);
    expect(response.statusCode, response.body).toBe(status);
    expect(response.json().error).toMatchObject({ code, field: 'file' });
    expect(response.json().error.message).toMatch(/[à-ỹ]/);
    expect(await storedCounts()).toEqual(before);
  });

  it('refuses text with no plan in the same words as `nhanluc extract`', async () => {
    const response = await uploadPlan(app, planner, 'thu.txt', 'Xin chào, đây là một lá thư.\nHẹn gặp lại.\n');
    expect(response.json().error.message).toBe(
      assessPlanStructure(extractPlan('Xin chào, đây là một lá thư.\nHẹn gặp lại.\n')),
    );
  });

  it('keeps a plan with a header but no targets or tasks, warning what is missing', async () => {
    const headerOnly = [
      'ỦY BAN NHÂN DÂN',
      'HUYỆN THÁP MƯỜI',
      'Số: 18/KH-UBND',
      'Tháp Mười, ngày 31 tháng 01 năm 2024',
      'KẾ HOẠCH',
      'Phát triển nguồn nhân lực năm 2024',
      '',
    ].join('\n');
    const response = await uploadPlan(app, planner, 'chi-co-tieu-de.txt', headerOnly);
    expect(response.statusCode, response.body).toBe(201);
    const { warnings } = response.json().draft.extraction;
    expect(warnings[0]).toEqual({
      code: 'incomplete_plan_structure',
      message:
        'Không nhận ra cấu trúc kế hoạch: văn bản không có chỉ tiêu hay nhiệm vụ nào được giao cho cơ quan, đơn vị.',
      line: null,
    });
  });

  it('accepts a document of several megabytes (above the 1 MB JSON body limit)', async () => {
    // Blank lines, not task lines: a draft holds at most MAX_DRAFT_ITEMS.tasks tasks.
    const padding = `${' '.repeat(60)}\n`.repeat(40_000);
    const response = await uploadPlan(app, planner, 'dai.txt', `${makePlanText('16/KH-UBND')}${padding}`);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(201);
    expect(response.json().draft.sizeBytes).toBeGreaterThan(2_000_000);
  });

  it('refuses a file over 20 MB with 413', async () => {
    const before = await storedCounts();
    const response = await uploadPlan(app, planner, 'lon.txt', Buffer.alloc(20 * 1024 * 1024 + 10, 0x61));
    expect(response.statusCode).toBe(413);
    expect(response.json().error.message).toContain('20 MB');
    expect(await storedCounts()).toEqual(before);
  });

  it('needs multipart with a "file" part', async () => {
    const json = await app.inject({
      method: 'POST',
      url: '/api/plan-drafts',
      headers: authHeaders(planner),
      payload: { file: 'x' },
    });
    expect(json.statusCode).toBe(415);
    const wrongField = multipartFile('a.txt', makePlanText(), 'tep');
    const missing = await app.inject({
      method: 'POST',
      url: '/api/plan-drafts',
      headers: { ...authHeaders(planner), ...wrongField.headers },
      payload: wrongField.payload,
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.field).toBe('file');
  });

  it('answers 401 without a session and 403 to a viewer', async () => {
    expect((await uploadPlan(app, null, 'a.txt', makePlanText())).statusCode).toBe(401);
    expect((await uploadPlan(app, viewer, 'a.txt', makePlanText())).statusCode).toBe(403);
  });
});

describe('drafts: list, read, edit, discard', () => {
  it('keeps each draft private to its uploader', async () => {
    const { draft } = (await uploadPlan(app, planner, 'rieng.txt', makePlanText('17/KH-UBND'))).json();
    const mine = await app.inject({ method: 'GET', url: '/api/plan-drafts', headers: authHeaders(planner) });
    expect(mine.json().items.map((item: { id: string }) => item.id)).toContain(draft.id);
    expect(mine.json().items.find((item: { id: string }) => item.id === draft.id)).toMatchObject({
      number: '17/KH-UBND',
      fileName: 'rieng.txt',
    });
    const total = mine.json().total as number;
    expect(total).toBeGreaterThanOrEqual(1);
    const onePage = await app.inject({
      method: 'GET',
      url: `/api/plan-drafts?limit=1&offset=${total - 1}`,
      headers: authHeaders(planner),
    });
    expect(onePage.json()).toMatchObject({ total, limit: 1, offset: total - 1 });
    expect(onePage.json().items).toHaveLength(1);
    const theirs = await app.inject({ method: 'GET', url: '/api/plan-drafts', headers: authHeaders(otherPlanner) });
    expect(theirs.json().items).toEqual([]);
    for (const method of ['GET', 'DELETE'] as const) {
      const response = await app.inject({
        method,
        url: `/api/plan-drafts/${draft.id}`,
        headers: authHeaders(otherPlanner),
      });
      expect(response.statusCode).toBe(404);
      expect(response.json().error.message).toBe('Không tìm thấy bản nháp kế hoạch.');
    }
  });

  it('saves edits, keeping a chosen agency, and rejects inconsistent ones naming the field', async () => {
    const { draft } = (await uploadPlan(app, planner, 'sua.txt', makePlanText('18/KH-UBND'))).json();
    const extraction = makePlanExtraction({ document: { number: '18/KH-UBND' } });
    extraction.tasks[0]!.lead = ['Phòng Nội vụ'];
    extraction.tasks[0]!.leadAgencies = [
      { text: 'Phòng Nội vụ', agencyId: `ag-${thapMuoi}-phong-gddt`, agencyName: 'Phòng Giáo dục', confidence: 1 },
    ];
    const saved = await app.inject({
      method: 'PUT',
      url: `/api/plan-drafts/${draft.id}`,
      headers: authHeaders(planner),
      payload: { extraction, adminUnitId: thapMuoi, version: draft.version },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const version = saved.json().draft.version;
    expect(version).toBe(draft.version + 1);
    expect(saved.json().draft.extraction.tasks[0].leadAgencies[0].agencyId).toBe(`ag-${thapMuoi}-phong-gddt`);
    // The second task had no mentions: they were resolved on save.
    expect(saved.json().draft.extraction.tasks[1].leadAgencies).toHaveLength(1);
    const reread = await app.inject({
      method: 'GET',
      url: `/api/plan-drafts/${draft.id}`,
      headers: authHeaders(planner),
    });
    expect(reread.json().draft.extraction.document.number).toBe('18/KH-UBND');

    const bad = makePlanExtraction({ targets: [makeTarget({ id: 't1', op: 'range', value: 70, value2: null })] });
    const rejected = await app.inject({
      method: 'PUT',
      url: `/api/plan-drafts/${draft.id}`,
      headers: authHeaders(planner),
      payload: { extraction: bad, adminUnitId: thapMuoi, version },
    });
    expect(rejected.statusCode).toBe(400);
    expect(rejected.json().error).toMatchObject({
      field: 'extraction.targets.0.value2',
      message: 'Chỉ tiêu t1: khoảng giá trị cần giá trị trên (value2).',
    });

    const unknownAgency = makePlanExtraction();
    unknownAgency.tasks[0]!.leadAgencies = [
      { text: unknownAgency.tasks[0]!.lead[0]!, agencyId: 'ag-khong-co', agencyName: null, confidence: 1 },
    ];
    const noAgency = await app.inject({
      method: 'PUT',
      url: `/api/plan-drafts/${draft.id}`,
      headers: authHeaders(planner),
      payload: { extraction: unknownAgency, adminUnitId: thapMuoi, version },
    });
    expect(noAgency.statusCode).toBe(400);
    expect(noAgency.json().error.field).toBe('extraction.tasks.0.leadAgencies.0.agencyId');

    const foreignUnit = await app.inject({
      method: 'PUT',
      url: `/api/plan-drafts/${draft.id}`,
      headers: authHeaders(planner),
      payload: { extraction, adminUnitId: 'p-86', version },
    });
    expect(foreignUnit.statusCode).toBe(400);
    expect(foreignUnit.json().error.field).toBe('adminUnitId');

    const malformed = await app.inject({
      method: 'PUT',
      url: `/api/plan-drafts/${draft.id}`,
      headers: authHeaders(planner),
      payload: { extraction: { ...extraction, targets: 'x' }, adminUnitId: thapMuoi, version },
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.message).toContain('targets');
  });

  it('discards a draft and its file', async () => {
    const before = await storedCounts();
    const { draft } = (await uploadPlan(app, planner, 'bo.txt', makePlanText('19/KH-UBND'))).json();
    const response = await app.inject({
      method: 'DELETE',
      url: `/api/plan-drafts/${draft.id}`,
      headers: authHeaders(planner),
    });
    expect(response.statusCode).toBe(204);
    expect(await storedCounts()).toEqual(before);
  });
});

describe('a real plan through review', () => {
  it('uploads seed 001, round-trips the draft, changes one lead agency, confirms, and shows 23 tasks', async () => {
    const vinhLongPlanner = await harness.loginNew({ role: 'planner', agencyId: 'ag-p-86-so-noi-vu' });
    const fileName = '001_1e2d2a77f035e90b.txt';
    const upload = await uploadPlan(
      app,
      vinhLongPlanner,
      fileName,
      readFileSync(path.join(demoDocumentsFolder, fileName)),
    );
    expect(upload.statusCode, upload.body.slice(0, 300)).toBe(201);
    const draft = upload.json().draft;
    expect(draft.adminUnitId).toBe('od-tinh-tra-vinh.huyen-cang-long');
    expect(draft.extraction.tasks).toHaveLength(23);

    // The UI sends back what it got, with one lead changed.
    const extraction = structuredClone(draft.extraction);
    extraction.tasks[0].lead = ['Phòng Giáo dục và Đào tạo'];
    extraction.tasks[0].leadAgencies = [
      { text: 'Phòng Giáo dục và Đào tạo', agencyId: null, agencyName: null, confidence: 0 },
    ];
    const saved = await app.inject({
      method: 'PUT',
      url: `/api/plan-drafts/${draft.id}`,
      headers: authHeaders(vinhLongPlanner),
      payload: { extraction, adminUnitId: draft.adminUnitId, version: draft.version },
    });
    expect(saved.statusCode, saved.body.slice(0, 300)).toBe(200);

    const confirm = await app.inject({
      method: 'POST',
      url: `/api/plan-drafts/${draft.id}/confirm`,
      headers: authHeaders(vinhLongPlanner),
      payload: {},
    });
    expect(confirm.statusCode, confirm.body).toBe(201);
    const plan = (
      await app.inject({
        method: 'GET',
        url: `/api/plans/${confirm.json().planId}`,
        headers: authHeaders(vinhLongPlanner),
      })
    ).json().plan;
    expect(plan.tasks).toHaveLength(23);
    expect(plan.tasks[0].lead).toEqual([{ text: 'Phòng Giáo dục và Đào tạo', agencyId: null, agencyName: null }]);
    expect(plan.number).toBe('60/KH-UBND');
    // Uploading it again offers the plan just made.
    const again = await uploadPlan(
      app,
      vinhLongPlanner,
      fileName,
      readFileSync(path.join(demoDocumentsFolder, fileName)),
    );
    expect(again.json().duplicateOf?.id).toBe(confirm.json().planId);
  });
});
