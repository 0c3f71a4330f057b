// The indicator catalogue and the links of plan targets to it, through the real routes:
// ranked suggestions, link and unlink (audited), and who may do which (decision 0022).
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePlanExtraction, makePlanText, makeTarget } from '../../../test/factories/plan-extraction.ts';
import { freshPlanNumber, insertPlanAt, uploadPlan } from '../../../test/factories/plans.ts';
import { authHeaders, type LoggedIn } from '../../../test/factories/users.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { TestDatabase } from '../../../test/support/test-database.ts';
import { seedCatalogue } from '../../domain/indicators/catalogue/index.ts';

let harness: TestApp;
let db: TestDatabase;
let app: FastifyInstance;
let planner: LoggedIn;
let plannerId = '';
let viewer: LoggedIn;
let foreignPlanner: LoggedIn;
let planId = '';
let trainedId = '';
let kindergartenId = '';

const thapMuoi = 'od-tinh-dong-thap.huyen-thap-muoi';

beforeAll(async () => {
  harness = await startTestApp({ data: 'map+seed' });
  ({ db, app } = harness);
  const plannerUser = await harness.createUser({ role: 'planner', agencyId: 'ag-p-82-so-noi-vu' });
  plannerId = plannerUser.id;
  planner = await harness.login(plannerUser.username, plannerUser.password);
  viewer = await harness.loginNew({ role: 'viewer', agencyId: 'ag-p-82-ubnd' });
  foreignPlanner = await harness.loginNew({ role: 'planner', agencyId: 'ag-p-86-ubnd' });
  planId = await insertPlanAt(
    db.db,
    thapMuoi,
    makePlanExtraction({
      document: { number: freshPlanNumber() },
      targets: [
        makeTarget({ id: 't1' }),
        makeTarget({
          id: 't2',
          text: 'Tỷ lệ huy động trẻ mẫu giáo ra lớp đạt 95%',
          subject: 'Tỷ lệ huy động trẻ mẫu giáo ra lớp',
          value: 95,
          op: 'gte',
        }),
      ],
    }),
  );
  const targets = await db.db
    .selectFrom('plan_targets')
    .select(['id', 'position'])
    .where('plan_id', '=', planId)
    .orderBy('position')
    .execute();
  [trainedId, kindergartenId] = targets.map((target) => target.id) as [string, string];
});

afterAll(async () => {
  await harness?.close();
});

const suggestionsUrl = (plan: string, target: string) => `/api/plans/${plan}/targets/${target}/indicator-suggestions`;
const linkUrl = (plan: string, target: string) => `/api/plans/${plan}/targets/${target}/indicator`;

describe('GET /api/indicators', () => {
  it('lists the catalogue for anyone signed in', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/indicators', headers: authHeaders(viewer) });
    expect(response.statusCode, response.body).toBe(200);
    const items = response.json().items;
    expect(items).toHaveLength(seedCatalogue.indicators.length);
    expect(items.find((item: { id: string }) => item.id === 'labour-trained-rate')).toMatchObject({
      unit: '%',
      polarity: 'higher',
      name: expect.stringContaining('qua đào tạo'),
    });
    expect((await app.inject({ method: 'GET', url: '/api/indicators' })).statusCode).toBe(401);
  });
});

describe('GET .../indicator-suggestions', () => {
  it('ranks the catalogue for a seed-like target, best first, with Vietnamese reasons', async () => {
    const response = await app.inject({
      method: 'GET',
      url: suggestionsUrl(planId, trainedId),
      headers: authHeaders(viewer),
    });
    expect(response.statusCode, response.body).toBe(200);
    const items: Array<{ indicatorId: string; name: string; score: number; reasons: string[] }> = response.json().items;
    expect(items[0]).toMatchObject({ indicatorId: 'labour-trained-rate' });
    expect(items[0]?.reasons.join(' ')).toContain('Cùng đơn vị tính');
    const scores = items.map((item) => item.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));

    const kindergarten = await app.inject({
      method: 'GET',
      url: suggestionsUrl(planId, kindergartenId),
      headers: authHeaders(planner),
    });
    expect(kindergarten.json().items[0].indicatorId).toBe('edu-enrolment-kindergarten');
  });

  it('answers 404 outside scope and for a target of no such plan', async () => {
    const foreign = await app.inject({
      method: 'GET',
      url: suggestionsUrl(planId, trainedId),
      headers: authHeaders(foreignPlanner),
    });
    expect(foreign.statusCode).toBe(404);
    const missing = await app.inject({
      method: 'GET',
      url: suggestionsUrl(planId, 'khong-co'),
      headers: authHeaders(planner),
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toBe('Không tìm thấy chỉ tiêu của kế hoạch.');
  });
});

describe('PUT .../indicator', () => {
  const auditRows = () =>
    db.db
      .selectFrom('audit_log')
      .select(['action', 'entity', 'entity_id', 'before', 'after', 'actor_user_id'])
      .where('entity', '=', 'plan')
      .where('entity_id', '=', planId)
      .where('action', '=', 'update')
      .orderBy('id')
      .execute();

  it('links and unlinks, each change audited with before and after; GET /api/plans/:id shows it', async () => {
    const link = await app.inject({
      method: 'PUT',
      url: linkUrl(planId, trainedId),
      headers: authHeaders(planner),
      payload: { indicatorId: 'labour-trained-rate' },
    });
    expect(link.statusCode, link.body).toBe(200);
    expect(link.json()).toEqual({ link: { targetId: trainedId, indicatorId: 'labour-trained-rate' } });

    const detail = await app.inject({ method: 'GET', url: `/api/plans/${planId}`, headers: authHeaders(viewer) });
    expect(detail.json().plan.targets.map((t: { indicatorId: string | null }) => t.indicatorId)).toEqual([
      'labour-trained-rate',
      null,
    ]);
    const stored = await db.db
      .selectFrom('plan_targets')
      .select(['indicator_linked_by', 'indicator_linked_at'])
      .where('id', '=', trainedId)
      .executeTakeFirstOrThrow();
    expect(stored.indicator_linked_by).toBe(plannerId);
    expect(stored.indicator_linked_at).not.toBeNull();

    // The same link again changes nothing and writes no audit row.
    const again = await app.inject({
      method: 'PUT',
      url: linkUrl(planId, trainedId),
      headers: authHeaders(planner),
      payload: { indicatorId: 'labour-trained-rate' },
    });
    expect(again.statusCode).toBe(200);

    const unlink = await app.inject({
      method: 'PUT',
      url: linkUrl(planId, trainedId),
      headers: authHeaders(planner),
      payload: { indicatorId: null },
    });
    expect(unlink.statusCode, unlink.body).toBe(200);
    expect(unlink.json().link.indicatorId).toBeNull();

    const rows = await auditRows();
    expect(rows.map((row) => [row.before, row.after, row.actor_user_id])).toEqual([
      [
        { targetId: trainedId, indicatorId: null },
        { targetId: trainedId, indicatorId: 'labour-trained-rate' },
        plannerId,
      ],
      [
        { targetId: trainedId, indicatorId: 'labour-trained-rate' },
        { targetId: trainedId, indicatorId: null },
        plannerId,
      ],
    ]);
  });

  it('refuses a viewer (403), a planner of another province (404) and an unknown indicator (400)', async () => {
    const before = (await auditRows()).length;
    const asViewer = await app.inject({
      method: 'PUT',
      url: linkUrl(planId, kindergartenId),
      headers: authHeaders(viewer),
      payload: { indicatorId: 'edu-enrolment-kindergarten' },
    });
    expect(asViewer.statusCode).toBe(403);
    const foreign = await app.inject({
      method: 'PUT',
      url: linkUrl(planId, kindergartenId),
      headers: authHeaders(foreignPlanner),
      payload: { indicatorId: 'edu-enrolment-kindergarten' },
    });
    expect(foreign.statusCode).toBe(404);
    const unknown = await app.inject({
      method: 'PUT',
      url: linkUrl(planId, kindergartenId),
      headers: authHeaders(planner),
      payload: { indicatorId: 'khong-co-chi-so-nay' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({ field: 'indicatorId', message: expect.stringContaining('danh mục') });
    const missingBody = await app.inject({
      method: 'PUT',
      url: linkUrl(planId, kindergartenId),
      headers: authHeaders(planner),
      payload: {},
    });
    expect(missingBody.statusCode).toBe(400);
    expect(missingBody.json().error.message).toContain('indicatorId');
    expect(await auditRows()).toHaveLength(before);
    const stored = await db.db
      .selectFrom('plan_targets')
      .select('indicator_id')
      .where('id', '=', kindergartenId)
      .executeTakeFirstOrThrow();
    expect(stored.indicator_id).toBeNull();
  });
});

describe('indicators in the draft review', () => {
  it('suggests indicators for a draft target, keeps the choice with the draft and carries it onto the plan', async () => {
    const upload = await uploadPlan(app, planner, 'Kế hoạch chỉ số.txt', makePlanText(freshPlanNumber()));
    expect(upload.statusCode, upload.body.slice(0, 300)).toBe(201);
    const draft = upload.json().draft;
    const target = draft.extraction.targets.find((candidate: { subject: string }) =>
      /qua đào tạo/.test(candidate.subject),
    );
    expect(target).toBeDefined();
    const url = `/api/plan-drafts/${draft.id}/targets/${target.id}/indicator-suggestions`;
    const suggestions = await app.inject({ method: 'GET', url, headers: authHeaders(planner) });
    expect(suggestions.statusCode, suggestions.body).toBe(200);
    const best = suggestions.json().items[0];
    expect(best.indicatorId).toMatch(/^labour-/);
    // Another planner's draft is as missing as a draft that does not exist.
    expect((await app.inject({ method: 'GET', url, headers: authHeaders(foreignPlanner) })).statusCode).toBe(404);
    const missingTarget = await app.inject({
      method: 'GET',
      url: `/api/plan-drafts/${draft.id}/targets/khong-co/indicator-suggestions`,
      headers: authHeaders(planner),
    });
    expect(missingTarget.statusCode).toBe(404);

    const save = (indicatorId: string) => {
      const extraction = structuredClone(draft.extraction);
      extraction.targets.find((candidate: { id: string }) => candidate.id === target.id).indicatorId = indicatorId;
      return app.inject({
        method: 'PUT',
        url: `/api/plan-drafts/${draft.id}`,
        headers: authHeaders(planner),
        payload: { extraction, adminUnitId: draft.adminUnitId, version: draft.version },
      });
    };
    const unknown = await save('khong-co-chi-so-nay');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toContain('không có trong danh mục chỉ số');
    const saved = await save(best.indicatorId);
    expect(saved.statusCode, saved.body.slice(0, 300)).toBe(200);
    const confirm = await app.inject({
      method: 'POST',
      url: `/api/plan-drafts/${draft.id}/confirm`,
      headers: authHeaders(planner),
      payload: {},
    });
    expect(confirm.statusCode, confirm.body).toBe(201);
    const linked = await db.db
      .selectFrom('plan_targets')
      .select(['indicator_id', 'indicator_linked_by', 'text'])
      .where('plan_id', '=', confirm.json().planId)
      .where('indicator_id', 'is not', null)
      .execute();
    expect(linked).toEqual([{ indicator_id: best.indicatorId, indicator_linked_by: plannerId, text: target.text }]);
  });
});
