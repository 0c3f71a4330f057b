import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePlanExtraction, makePlanText, makeReference } from '../../../test/factories/plan-extraction.ts';
import { uploadPlan } from '../../../test/factories/plans.ts';
import { authHeaders, type LoggedIn } from '../../../test/factories/users.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { TestDatabase } from '../../../test/support/test-database.ts';
import type { PlanExtraction } from '../../domain/extraction/types.ts';

let harness: TestApp;
let db: TestDatabase;
let app: FastifyInstance;
let admin: LoggedIn;
let planner: LoggedIn;
let foreignViewer: LoggedIn;
let reporter: LoggedIn;

const thapMuoi = 'od-tinh-dong-thap.huyen-thap-muoi';

beforeAll(async () => {
  harness = await startTestApp({ data: 'map+seed' });
  ({ db, app } = harness);
  admin = await harness.loginNew({ role: 'admin', agencyId: 'ag-p-82-ubnd' });
  planner = await harness.loginNew({ role: 'planner', agencyId: 'ag-p-82-so-noi-vu' });
  foreignViewer = await harness.loginNew({ role: 'viewer', agencyId: 'ag-p-86-ubnd' });
  reporter = await harness.loginNew({ role: 'reporter', agencyId: 'ag-p-82-ubnd' });
});

afterAll(async () => {
  await harness?.close();
});

/** Uploads text, then confirms it with the given extraction (the reviewer's version). */
async function importPlan(
  extraction: PlanExtraction,
  options: { text?: string; fileName?: string; allowDuplicate?: boolean } = {},
) {
  const upload = await uploadPlan(
    app,
    planner,
    options.fileName ?? `${extraction.document.number ?? 'kh'}.txt`.replace(/\//g, '_'),
    options.text ?? makePlanText(extraction.document.number ?? '/KH-UBND'),
  );
  expect(upload.statusCode, upload.body).toBe(201);
  const draft = upload.json().draft;
  const confirm = await app.inject({
    method: 'POST',
    url: `/api/plan-drafts/${draft.id}/confirm`,
    headers: authHeaders(planner),
    payload: { extraction, adminUnitId: thapMuoi, ...(options.allowDuplicate ? { allowDuplicate: true } : {}) },
  });
  return { upload, draft, confirm };
}

describe('POST /api/plan-drafts/:id/confirm and GET /api/plans/:id', () => {
  it('creates the plan with targets, tasks (scheduled, with agencies), reporting, references and file', async () => {
    const extraction = makePlanExtraction({
      document: { number: '20/KH-UBND', date: '2024-03-01' },
      period: { from: 2024, to: 2025, horizons: [2030] },
    });
    const { draft, confirm } = await importPlan(extraction, { fileName: 'Kế hoạch số 20.txt' });
    expect(confirm.statusCode, confirm.body).toBe(201);
    const planId = confirm.json().planId;
    expect(await db.db.selectFrom('plan_drafts').select('id').where('id', '=', draft.id).execute()).toEqual([]);

    const response = await app.inject({ method: 'GET', url: `/api/plans/${planId}`, headers: authHeaders(planner) });
    expect(response.statusCode, response.body).toBe(200);
    const plan = response.json().plan;
    expect(plan).toMatchObject({
      number: '20/KH-UBND',
      issuer: 'Ủy ban nhân dân huyện Tháp Mười',
      documentDate: '2024-03-01',
      signer: { name: 'Nguyễn Văn Hiệp', title: 'Phó Chủ tịch' },
      adminUnit: { id: thapMuoi, level: 'district' },
      period: { from: 2024, to: 2025, horizons: [2030] },
      file: { fileName: 'Kế hoạch số 20.txt', mediaType: 'text/plain; charset=utf-8' },
      implements: [],
      implementedBy: [],
    });
    expect(plan.targets).toHaveLength(2);
    expect(plan.targets[1].parentId).toBe(plan.targets[0].id);
    expect(plan.targets[0]).toMatchObject({ op: 'gt', value: 72, unit: 'percent', year: 2024, line: 20 });
    expect(plan.tasks).toHaveLength(2);
    expect(plan.tasks[0].lead).toEqual([
      {
        text: 'Phòng Lao động - Thương binh và Xã hội',
        agencyId: `ag-${thapMuoi}-phong-ldtbxh`,
        agencyName: expect.any(String),
      },
    ]);
    expect(plan.tasks[0].deadlines).toEqual([
      { dueDate: '2024-12-31', label: 'Tháng 12/2024' },
      { dueDate: '2025-12-31', label: 'Tháng 12/2025' },
    ]);
    expect(plan.tasks[1]).toMatchObject({
      due: { kind: 'once', by: '2024-Q1' },
      dueText: 'Quý I/2024',
      deadlines: [{ dueDate: '2024-03-31', label: 'Quý I/2024' }],
    });
    expect(plan.reporting).toEqual([
      expect.objectContaining({ freq: 'yearly', due: '12-15', to: 'Ủy ban nhân dân huyện' }),
    ]);
    expect(plan.references).toEqual([
      expect.objectContaining({ number: '226-CTr/HU', date: '2023-12-13', role: 'basis', referencedPlan: null }),
    ]);

    const audit = await db.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'plan')
      .where('entity_id', '=', planId)
      .execute();
    expect(audit).toEqual([{ action: 'create' }]);
  });

  it('refuses to confirm without a unit, naming adminUnitId', async () => {
    const upload = await uploadPlan(app, planner, 'khong-don-vi.txt', makePlanText('21/KH-UBND'));
    const confirm = await app.inject({
      method: 'POST',
      url: `/api/plan-drafts/${upload.json().draft.id}/confirm`,
      headers: authHeaders(planner),
      payload: { adminUnitId: null },
    });
    expect(confirm.statusCode).toBe(400);
    expect(confirm.json().error.field).toBe('adminUnitId');
  });
});

describe('duplicates', () => {
  it('offers the existing plan for the same file or the same number, and confirms a duplicate only when allowed', async () => {
    const text = makePlanText('30/KH-UBND', 'Kế hoạch trùng lặp năm 2024');
    const first = await importPlan(makePlanExtraction({ document: { number: '30/KH-UBND' } }), { text });
    const planId = first.confirm.json().planId;

    const sameFile = await uploadPlan(app, planner, 'lai.txt', text);
    expect(sameFile.statusCode).toBe(201);
    expect(sameFile.json().duplicateOf).toMatchObject({ id: planId, number: '30/KH-UBND' });
    expect(sameFile.json().draft.duplicateOf.id).toBe(planId);

    const sameNumber = await uploadPlan(app, planner, 'ban-khac.txt', `${text}\nGhi chú thêm.\n`);
    expect(sameNumber.json().duplicateOf?.id).toBe(planId);

    const refused = await app.inject({
      method: 'POST',
      url: `/api/plan-drafts/${sameNumber.json().draft.id}/confirm`,
      headers: authHeaders(planner),
      payload: {},
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'duplicate_plan', field: 'planId' });
    expect(refused.json().error.message).toContain('30/KH-UBND');

    const allowed = await app.inject({
      method: 'POST',
      url: `/api/plan-drafts/${sameNumber.json().draft.id}/confirm`,
      headers: authHeaders(planner),
      payload: { allowDuplicate: true },
    });
    expect(allowed.statusCode).toBe(201);
  });

  it('does not treat the same number of another year as a duplicate', async () => {
    await importPlan(makePlanExtraction({ document: { number: '31/KH-UBND', date: '2023-02-01', year: 2023 } }), {
      text: makePlanText('31/KH-UBND', 'Năm 2023'),
    });
    const next = await importPlan(
      makePlanExtraction({ document: { number: '31/KH-UBND', date: '2024-02-01', year: 2024 } }),
      { text: makePlanText('31/KH-UBND', 'Năm 2024') },
    );
    expect(next.confirm.statusCode).toBe(201);
  });
});

describe('references link plans both ways', () => {
  it('links a citation to a plan confirmed later, and a new plan to the plans it cites', async () => {
    // The district plan cites the party programme before that programme is in the system.
    const district = await importPlan(
      makePlanExtraction({
        document: { number: '40/KH-UBND', date: '2024-02-01' },
        references: [makeReference({ number: '41-CTr/HU', kind: 'CTr', date: '2023-12-13' })],
      }),
    );
    const districtId = district.confirm.json().planId;
    const programme = await importPlan(
      makePlanExtraction({
        document: { number: '41-CTr/HU', kind: 'CTr', date: '2023-12-13', year: 2023, issuer: 'Huyện ủy Tháp Mười' },
        references: [],
      }),
    );
    const programmeId = programme.confirm.json().planId;
    // A commune plan implementing the district plan, cited with different spacing.
    const commune = await importPlan(
      makePlanExtraction({
        document: { number: '42/KH-UBND', date: '2024-03-01' },
        references: [
          makeReference({ number: '40 /KH-UBND', date: '2024-02-01' }),
          makeReference({ number: '41-CTr/HU', date: '2022-01-01' }),
        ],
      }),
    );
    const communeId = commune.confirm.json().planId;

    const get = async (id: string) =>
      (await app.inject({ method: 'GET', url: `/api/plans/${id}`, headers: authHeaders(planner) })).json().plan;
    const districtPlan = await get(districtId);
    expect(districtPlan.references[0].referencedPlan).toMatchObject({ id: programmeId, number: '41-CTr/HU' });
    expect(districtPlan.implements.map((p: { id: string }) => p.id)).toEqual([programmeId]);
    expect(districtPlan.implementedBy.map((p: { id: string }) => p.id)).toEqual([communeId]);
    const communePlan = await get(communeId);
    expect(communePlan.implements.map((p: { id: string }) => p.id)).toEqual([districtId]);
    // Same number, different date: another document, not linked.
    expect(communePlan.references[1].referencedPlan).toBeNull();
    expect((await get(programmeId)).implementedBy.map((p: { id: string }) => p.id)).toEqual([districtId]);
  });
});

describe('reading plans', () => {
  let planId = '';
  beforeAll(async () => {
    const { confirm } = await importPlan(
      makePlanExtraction({ document: { number: '50/KH-UBND', title: 'Đào tạo nghề cho lao động nông thôn' } }),
      { fileName: 'Kế hoạch đào tạo nghề (50).txt' },
    );
    planId = confirm.json().planId;
  });

  it('lists plans in scope with counts, searchable without diacritics', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/plans?q=dao%20tao%20nghe',
      headers: authHeaders(reporter),
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().items).toEqual([
      expect.objectContaining({
        id: planId,
        number: '50/KH-UBND',
        adminUnit: { id: thapMuoi, name: 'Huyện Tháp Mười', level: 'district' },
        counts: { targets: 2, tasks: 2, reporting: 1, references: 1 },
      }),
    ]);
    const byUnit = await app.inject({
      method: 'GET',
      url: '/api/plans?adminUnitId=op-tinh-dong-thap',
      headers: authHeaders(planner),
    });
    expect(byUnit.json().items.map((item: { id: string }) => item.id)).toContain(planId);
  });

  it('hides plans outside the scope: 404 as if absent, and not listed', async () => {
    const detail = await app.inject({
      method: 'GET',
      url: `/api/plans/${planId}`,
      headers: authHeaders(foreignViewer),
    });
    expect(detail.statusCode).toBe(404);
    expect(detail.json().error.message).toBe('Không tìm thấy kế hoạch.');
    const file = await app.inject({
      method: 'GET',
      url: `/api/plans/${planId}/file`,
      headers: authHeaders(foreignViewer),
    });
    expect(file.statusCode).toBe(404);
    const list = await app.inject({ method: 'GET', url: '/api/plans', headers: authHeaders(foreignViewer) });
    expect(list.json().items).toEqual([]);
    expect((await app.inject({ method: 'GET', url: `/api/plans/${planId}` })).statusCode).toBe(401);
  });

  it('serves the original file with its Vietnamese name', async () => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/plans/${planId}/file`,
      headers: authHeaders(reporter),
    });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe(makePlanText('50/KH-UBND'));
    expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="Ke hoach dao tao nghe (50).txt"; filename*=UTF-8''${encodeURIComponent('Kế hoạch đào tạo nghề ').replace(/%20/g, '%20')}%2850%29.txt`,
    );
  });

  it('tells each reader what it may do with the plan (can, from the plan policy)', async () => {
    const canOf = async (who: LoggedIn) => {
      const response = await app.inject({ method: 'GET', url: `/api/plans/${planId}`, headers: authHeaders(who) });
      expect(response.statusCode, response.body).toBe(200);
      return response.json().plan.can;
    };
    expect(await canOf(admin)).toEqual({ update: true, delete: true });
    expect(await canOf(planner)).toEqual({ update: true, delete: true });
    expect(await canOf(reporter)).toEqual({ update: false, delete: false });
    const viewer = await harness.loginNew({ role: 'viewer', agencyId: 'ag-p-82-ubnd' });
    expect(await canOf(viewer)).toEqual({ update: false, delete: false });
  });

  it('lets planners and admins in scope delete a plan, and records who did', async () => {
    const foreignPlanner = await harness.loginNew({ role: 'planner', agencyId: 'ag-p-86-ubnd' });
    const remove = (who: LoggedIn) =>
      app.inject({ method: 'DELETE', url: `/api/plans/${planId}`, headers: authHeaders(who) });
    expect((await remove(reporter)).statusCode).toBe(403);
    expect((await remove(foreignViewer)).statusCode).toBe(403);
    // Outside the scope a plan is absent: the same 404 as for a missing one.
    expect((await remove(foreignPlanner)).statusCode).toBe(404);
    expect((await remove(planner)).statusCode).toBe(204);
    expect(
      (await app.inject({ method: 'GET', url: `/api/plans/${planId}`, headers: authHeaders(admin) })).statusCode,
    ).toBe(404);
    const audit = await db.db
      .selectFrom('audit_log')
      .select(['action', 'actor_user_id', 'before'])
      .where('entity', '=', 'plan')
      .where('entity_id', '=', planId)
      .where('action', '=', 'delete')
      .execute();
    expect(audit).toHaveLength(1);
    const actor = await db.db
      .selectFrom('users')
      .select(['role', 'agency_id'])
      .where('id', '=', audit[0]!.actor_user_id!)
      .executeTakeFirstOrThrow();
    expect(actor).toEqual({ role: 'planner', agency_id: 'ag-p-82-so-noi-vu' });
    expect(audit[0]!.before).toMatchObject({ number: '50/KH-UBND' });
    expect((await remove(admin)).statusCode).toBe(404);
  });
});
