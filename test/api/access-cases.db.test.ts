// The access holes found by trying to break the server, one test each (issue 7). Each is
// an example of a class: ids in bodies checked against scope, catalogue names of foreign
// agencies never shown, shared files revealing nothing of other uploads, writes limited to
// plans the actor may change, and agency moves reserved to admins.
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanExtraction } from '../../src/domain/extraction/types.ts';
import { makePlanExtraction, makePlanText, makeReference, makeTask } from '../factories/plan-extraction.ts';
import { insertPlanAt, uploadPlan } from '../factories/plans.ts';
import { authHeaders, type LoggedIn } from '../factories/users.ts';
import type { TestDatabase } from '../support/test-database.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import type { MapAgencies } from '../support/unit-map.ts';

let harness: TestApp;
let database: TestDatabase;
let app: FastifyInstance;
let fixtures: MapAgencies;
let admin: LoggedIn;
/** At province t-p1. */
let planner: LoggedIn;
/** At province t-p2: foreign to the planner. */
let foreignPlanner: LoggedIn;

beforeAll(async () => {
  harness = await startTestApp();
  ({ db: database, app } = harness);
  fixtures = harness.agencies;
  admin = await harness.loginNew({ role: 'admin', agencyId: fixtures.provinceAgency.id });
  planner = await harness.loginNew({ role: 'planner', agencyId: fixtures.provinceAgency.id });
  foreignPlanner = await harness.loginNew({ role: 'planner', agencyId: fixtures.foreignAgency.id });
});

afterAll(async () => {
  await harness?.close();
});

let sequence = 0;
const nextSequence = () => {
  sequence += 1;
  return sequence;
};
/** A draft of the planner's with a unique text (so files are not shared by accident). */
async function newDraft(
  session: LoggedIn,
  fileName = 'ke-hoach.txt',
  text = `${makePlanText()}\nGhi chú ${nextSequence()}\n`,
): Promise<{ id: string; version: number; body: string }> {
  const response = await uploadPlan(app, session, fileName, text);
  expect(response.statusCode, response.body).toBe(201);
  return { id: response.json().draft.id, version: response.json().draft.version, body: response.body };
}

function withLeadAgency(agencyId: string | null, text = 'Cơ quan như văn bản viết'): PlanExtraction {
  return makePlanExtraction({
    tasks: [
      makeTask({
        id: 'k1',
        lead: [text],
        support: [],
        leadAgencies: [{ text, agencyId, agencyName: null, confidence: 1 }],
        supportAgencies: [],
      }),
    ],
  });
}

async function snapshot(): Promise<string> {
  const [agencies, plans, drafts, references] = await Promise.all([
    database.db.selectFrom('agencies').select(['id', 'name', 'admin_unit_id']).orderBy('id').execute(),
    database.db.selectFrom('plans').select(['id']).orderBy('id').execute(),
    database.db.selectFrom('plan_drafts').select(['id', 'extraction', 'admin_unit_id']).orderBy('id').execute(),
    database.db.selectFrom('plan_references').select(['id', 'referenced_plan_id']).orderBy('id').execute(),
  ]);
  return JSON.stringify({ agencies, plans, drafts, references });
}

describe('an agency id in a body is checked against scope', () => {
  const missingId = 'ag-t-p2-khong-ton-tai';

  for (const action of ['save', 'confirm'] as const) {
    it(`${action}: a foreign agency is refused exactly like a missing one, and nothing changes`, async () => {
      const draft = await newDraft(planner);
      const send = (agencyId: string) =>
        app.inject(
          action === 'save'
            ? {
                method: 'PUT',
                url: `/api/plan-drafts/${draft.id}`,
                headers: authHeaders(planner),
                payload: { extraction: withLeadAgency(agencyId), adminUnitId: 't-p1', version: draft.version },
              }
            : {
                method: 'POST',
                url: `/api/plan-drafts/${draft.id}/confirm`,
                headers: authHeaders(planner),
                payload: { extraction: withLeadAgency(agencyId), adminUnitId: 't-p1', version: draft.version },
              },
        );
      const before = await snapshot();
      const foreign = await send(fixtures.foreignAgency.id);
      const missing = await send(missingId);
      expect(await snapshot()).toBe(before);
      expect(foreign.statusCode, foreign.body).toBe(400);
      expect(missing.statusCode).toBe(foreign.statusCode);
      expect(foreign.body.replace(fixtures.foreignAgency.id, 'ID')).toBe(missing.body.replace(missingId, 'ID'));
      expect(foreign.body).not.toContain(fixtures.foreignAgency.name);
      // An agency in scope passes.
      const own = await send(fixtures.communeAgency.id);
      expect(own.statusCode, own.body).toBe(action === 'save' ? 200 : 201);
    });
  }

  it('a plan shows catalogue names only for agencies in the reader’s scope, else the name as written', async () => {
    const planId = await insertPlanAt(
      database.db,
      't-p1',
      makePlanExtraction({
        document: { number: '78/KH-UBND' },
        tasks: [
          makeTask({
            id: 'k1',
            lead: ['Sở như văn bản viết'],
            support: ['UBND xã như văn bản viết'],
            leadAgencies: [
              { text: 'Sở như văn bản viết', agencyId: fixtures.foreignAgency.id, agencyName: null, confidence: 1 },
            ],
            supportAgencies: [
              {
                text: 'UBND xã như văn bản viết',
                agencyId: fixtures.communeAgency.id,
                agencyName: null,
                confidence: 1,
              },
            ],
          }),
        ],
      }),
    );
    const response = await app.inject({ method: 'GET', url: `/api/plans/${planId}`, headers: authHeaders(planner) });
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain(fixtures.foreignAgency.name);
    expect(response.body).not.toContain(fixtures.foreignAgency.id);
    const task = response.json().plan.tasks[0];
    expect(task.lead).toEqual([{ text: 'Sở như văn bản viết', agencyId: null, agencyName: null }]);
    expect(task.support).toEqual([
      {
        text: 'UBND xã như văn bản viết',
        agencyId: fixtures.communeAgency.id,
        agencyName: fixtures.communeAgency.name,
      },
    ]);
    const asAdmin = await app.inject({ method: 'GET', url: `/api/plans/${planId}`, headers: authHeaders(admin) });
    expect(asAdmin.json().plan.tasks[0].lead[0].agencyName).toBe(fixtures.foreignAgency.name);
  });
});

describe('uploads reveal nothing of other areas or other uploads', () => {
  it('the same bytes uploaded by two planners: each sees their own file name, in the draft and on the plan', async () => {
    const text = `${makePlanText('77/KH-UBND')}\nBản dùng chung\n`;
    await newDraft(foreignPlanner, 'bi-mat-cua-tinh-hai.txt', text);
    const mine = await newDraft(planner, 'cua-toi.txt', text);
    expect(mine.body).not.toContain('bi-mat-cua-tinh-hai');
    expect(JSON.parse(mine.body).draft.fileName).toBe('cua-toi.txt');
    const list = await app.inject({ method: 'GET', url: '/api/plan-drafts', headers: authHeaders(planner) });
    expect(list.body).not.toContain('bi-mat-cua-tinh-hai');
    const confirm = await app.inject({
      method: 'POST',
      url: `/api/plan-drafts/${mine.id}/confirm`,
      headers: authHeaders(planner),
      payload: { extraction: makePlanExtraction({ document: { number: '77/KH-UBND' } }), adminUnitId: 't-p1' },
    });
    expect(confirm.statusCode, confirm.body).toBe(201);
    const planId = confirm.json().planId as string;
    const plan = await app.inject({ method: 'GET', url: `/api/plans/${planId}`, headers: authHeaders(planner) });
    expect(plan.json().plan.file.fileName).toBe('cua-toi.txt');
    expect(plan.body).not.toContain('bi-mat-cua-tinh-hai');
    const file = await app.inject({ method: 'GET', url: `/api/plans/${planId}/file`, headers: authHeaders(planner) });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toContain('cua-toi.txt');
    expect(file.body).toBe(text);
    // The blob is stored once.
    const sha256 = createHash('sha256').update(text).digest('hex');
    expect(await database.db.selectFrom('plan_files').select('id').where('sha256', '=', sha256).execute()).toHaveLength(
      1,
    );
  });

  it('a plan of another area uploaded by a planner brings no unit or agency of that area into the draft', async () => {
    const text = [
      'ỦY BAN NHÂN DÂN',
      'TỈNH THỬ NGHIỆM HAI',
      'Số: 88/KH-UBND',
      'Thử Nghiệm Hai, ngày 10 tháng 3 năm 2026',
      'KẾ HOẠCH',
      'Phát triển nguồn nhân lực năm 2026',
      'I. MỤC TIÊU',
      '- Tỷ lệ lao động qua đào tạo đạt trên 70%.',
      'II. TỔ CHỨC THỰC HIỆN',
      `1. ${fixtures.foreignAgency.name}`,
      '- Chủ trì triển khai Kế hoạch; định kỳ hằng năm báo cáo Ủy ban nhân dân tỉnh.',
      '',
    ].join('\n');
    // The admin sees where it belongs: the test document is recognised at all.
    const asAdmin = await uploadPlan(app, admin, 'tinh-hai.txt', text);
    expect(asAdmin.statusCode, asAdmin.body).toBe(201);
    expect(asAdmin.json().draft.adminUnitId).toBe('t-p2');
    expect(asAdmin.body).toContain(fixtures.foreignAgency.id);

    const response = await uploadPlan(app, planner, 'tinh-hai.txt', text);
    expect(response.statusCode, response.body).toBe(201);
    const { draft } = response.json();
    expect(draft.adminUnitId).toBeNull();
    expect(draft.adminUnit).toBeNull();
    expect(response.body).not.toContain(fixtures.foreignAgency.id);
    expect(response.body).not.toContain('t-p2');
  });
});

describe('reference links only touch plans the actor may change', () => {
  it('confirming a plan does not re-point citations inside another area’s plans, nor link to plans out of scope', async () => {
    // A foreign plan citing 91/KH-UBND, not linked yet; and a foreign plan numbered 92/KH-UBND.
    const foreignCiting = await insertPlanAt(
      database.db,
      't-p2',
      makePlanExtraction({
        document: { number: '90/KH-UBND' },
        references: [makeReference({ number: '91/KH-UBND', date: null })],
      }),
    );
    await insertPlanAt(
      database.db,
      't-p2',
      makePlanExtraction({ document: { number: '92/KH-UBND', date: '2024-01-31' }, references: [] }),
    );
    // A plan in scope citing 91/KH-UBND too.
    const ownCiting = await insertPlanAt(
      database.db,
      't-c1',
      makePlanExtraction({
        document: { number: '93/KH-UBND' },
        references: [makeReference({ number: '91/KH-UBND', date: null })],
      }),
    );

    const draft = await newDraft(planner);
    const confirm = await app.inject({
      method: 'POST',
      url: `/api/plan-drafts/${draft.id}/confirm`,
      headers: authHeaders(planner),
      payload: {
        extraction: makePlanExtraction({
          document: { number: '91/KH-UBND' },
          references: [makeReference({ number: '92/KH-UBND', date: '2024-01-31' })],
        }),
        adminUnitId: 't-p1',
      },
    });
    expect(confirm.statusCode, confirm.body).toBe(201);
    const newPlanId = confirm.json().planId as string;
    const linkOf = async (planId: string) =>
      (
        await database.db
          .selectFrom('plan_references')
          .select('referenced_plan_id')
          .where('plan_id', '=', planId)
          .executeTakeFirstOrThrow()
      ).referenced_plan_id;
    expect(await linkOf(foreignCiting)).toBeNull();
    expect(await linkOf(ownCiting)).toBe(newPlanId);
    expect(await linkOf(newPlanId)).toBeNull();
    const audit = await database.db
      .selectFrom('audit_log')
      .select('after')
      .where('entity', '=', 'plan')
      .where('entity_id', '=', newPlanId)
      .execute();
    expect(JSON.stringify(audit)).not.toContain(foreignCiting);
  });
});

describe('moving an agency between units is an admin act', () => {
  it('a planner cannot move an agency of their scope (403) nor one outside it (404), and nothing changes', async () => {
    const before = await snapshot();
    const home = await app.inject({
      method: 'PATCH',
      url: `/api/agencies/${fixtures.communeAgency.id}`,
      headers: authHeaders(planner),
      payload: { adminUnitId: 't-p1' },
    });
    expect(home.statusCode, home.body).toBe(403);
    expect(home.json().error.message).toMatch(/[À-ỹ]/);
    const foreign = await app.inject({
      method: 'PATCH',
      url: `/api/agencies/${fixtures.foreignCommuneAgency.id}`,
      headers: authHeaders(planner),
      payload: { adminUnitId: 't-p1' },
    });
    expect(foreign.statusCode).toBe(404);
    expect(await snapshot()).toBe(before);
    // Naming the unit it already has is no move.
    const same = await app.inject({
      method: 'PATCH',
      url: `/api/agencies/${fixtures.communeAgency.id}`,
      headers: authHeaders(planner),
      payload: { adminUnitId: 't-c1', shortName: 'UBND An Hòa' },
    });
    expect(same.statusCode, same.body).toBe(200);
  });

  it('an admin moves it', async () => {
    const moved = await app.inject({
      method: 'PATCH',
      url: `/api/agencies/${fixtures.siblingCommuneAgency.id}`,
      headers: authHeaders(admin),
      payload: { adminUnitId: 't-c1' },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().agency.adminUnit.id).toBe('t-c1');
    await app.inject({
      method: 'PATCH',
      url: `/api/agencies/${fixtures.siblingCommuneAgency.id}`,
      headers: authHeaders(admin),
      payload: { adminUnitId: 't-c2' },
    });
  });
});
