// Two people (or two tabs) working on the same draft, and two drafts of the same plan
// confirmed at the same moment: neither may silently lose an edit or duplicate a plan.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePlanText } from '../../../test/factories/plan-extraction.ts';
import { uploadPlan } from '../../../test/factories/plans.ts';
import { authHeaders, type LoggedIn } from '../../../test/factories/users.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { TestDatabase } from '../../../test/support/test-database.ts';

let harness: TestApp;
let db: TestDatabase;
let app: FastifyInstance;
let planner: LoggedIn;

beforeAll(async () => {
  harness = await startTestApp({ data: 'map+seed' });
  ({ db, app } = harness);
  planner = await harness.loginNew({ role: 'planner', agencyId: 'ag-p-82-so-noi-vu' });
});

afterAll(async () => {
  await harness?.close();
});

async function newDraft(number: string, salt = '') {
  const response = await uploadPlan(
    app,
    planner,
    `${number.replace(/\W/g, '-')}.txt`,
    `${makePlanText(number)}\n${salt}`,
  );
  expect(response.statusCode, response.body).toBe(201);
  return response.json().draft as {
    id: string;
    version: number;
    extraction: { document: { title: string | null } };
    adminUnitId: string;
  };
}

const save = (draft: { id: string; extraction: unknown; adminUnitId: string }, version: number, title: string) => {
  const extraction = structuredClone(draft.extraction) as { document: { title: string | null } };
  extraction.document.title = title;
  return app.inject({
    method: 'PUT',
    url: `/api/plan-drafts/${draft.id}`,
    headers: authHeaders(planner),
    payload: { extraction, adminUnitId: draft.adminUnitId, version },
  });
};

const confirm = (id: string, payload: Record<string, unknown> = {}) =>
  app.inject({ method: 'POST', url: `/api/plan-drafts/${id}/confirm`, headers: authHeaders(planner), payload });

const storedTitle = async (id: string) =>
  (await app.inject({ method: 'GET', url: `/api/plan-drafts/${id}`, headers: authHeaders(planner) })).json().draft;

const plansNumbered = async (number: string) =>
  await db.db.selectFrom('plans').select(['id', 'duplicate_of']).where('number', '=', number).execute();

describe('draft versions', () => {
  it('a new draft is version 1; each save moves it on by one', async () => {
    const draft = await newDraft('301/KH-UBND');
    expect(draft.version).toBe(1);
    const first = await save(draft, 1, 'Lần một');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().draft.version).toBe(2);
    const second = await save(draft, 2, 'Lần hai');
    expect(second.json().draft.version).toBe(3);
  });

  it('a save from a stale copy gets 409 in Vietnamese and changes nothing', async () => {
    const draft = await newDraft('302/KH-UBND');
    expect((await save(draft, 1, 'Tab A')).statusCode).toBe(200);
    const stale = await save(draft, 1, 'Tab B');
    expect(stale.statusCode, stale.body).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'stale_draft', field: 'version' });
    expect(stale.json().error.message).toContain('phiên bản 2');
    const stored = await storedTitle(draft.id);
    expect(stored).toMatchObject({ version: 2, extraction: { document: { title: 'Tab A' } } });
  });

  it('of two concurrent saves of the same version exactly one wins; the other is told', async () => {
    const draft = await newDraft('303/KH-UBND');
    const answers = await Promise.all([save(draft, 1, 'Người một'), save(draft, 1, 'Người hai')]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const winner = answers.find((a) => a.statusCode === 200)!.json().draft.extraction.document.title;
    expect(await storedTitle(draft.id)).toMatchObject({ version: 2, extraction: { document: { title: winner } } });
  });

  it('a version is required on save, and must be a whole number', async () => {
    const draft = await newDraft('304/KH-UBND');
    for (const version of [undefined, 'x', 1.5, 0]) {
      const response = await app.inject({
        method: 'PUT',
        url: `/api/plan-drafts/${draft.id}`,
        headers: authHeaders(planner),
        payload: { extraction: draft.extraction, adminUnitId: draft.adminUnitId, version },
      });
      expect(response.statusCode, String(version)).toBe(400);
      expect(response.json().error.message).toMatch(/phiên bản|version/);
    }
  });

  it('a confirm from a stale copy gets 409 and leaves the draft for review', async () => {
    const draft = await newDraft('305/KH-UBND');
    expect((await save(draft, 1, 'Đã sửa')).statusCode).toBe(200);
    const stale = await confirm(draft.id, { version: 1 });
    expect(stale.statusCode, stale.body).toBe(409);
    expect(stale.json().error.code).toBe('stale_draft');
    expect(await plansNumbered('305/KH-UBND')).toEqual([]);
    const fresh = await confirm(draft.id, { version: 2 });
    expect(fresh.statusCode, fresh.body).toBe(201);
  });
});

describe('duplicate plans', () => {
  it('two concurrent confirms of same-number drafts make one plan; the other gets 409 and keeps its draft', async () => {
    const a = await newDraft('310/KH-UBND', 'bản A');
    const b = await newDraft('310/KH-UBND', 'bản B');
    const answers = await Promise.all([confirm(a.id), confirm(b.id)]);
    expect(answers.map((r) => r.statusCode).sort(), answers.map((r) => r.body).join('\n')).toEqual([201, 409]);
    const refused = answers.find((r) => r.statusCode === 409)!;
    expect(refused.json().error.code).toBe('duplicate_plan');
    expect(refused.json().error.message).toMatch(/đã có trong hệ thống/);
    expect(await plansNumbered('310/KH-UBND')).toHaveLength(1);
    const loser = answers[0]!.statusCode === 409 ? a : b;
    expect(
      (await app.inject({ method: 'GET', url: `/api/plan-drafts/${loser.id}`, headers: authHeaders(planner) }))
        .statusCode,
    ).toBe(200);
  });

  it('the database itself refuses a second plan with the same number, unit and year', async () => {
    const a = await newDraft('311/KH-UBND', 'một');
    expect((await confirm(a.id)).statusCode).toBe(201);
    const [plan] = await plansNumbered('311/KH-UBND');
    const row = await db.db.selectFrom('plans').selectAll().where('id', '=', plan!.id).executeTakeFirstOrThrow();
    await expect(
      db.db
        .insertInto('plans')
        .values({ ...row, id: 'ban-sao', horizons: JSON.stringify(row.horizons) })
        .execute(),
    ).rejects.toMatchObject({ code: '23505' });
  });

  it('confirming anyway (allowDuplicate) stores the plan marked as a duplicate of the first', async () => {
    const a = await newDraft('312/KH-UBND', 'một');
    const b = await newDraft('312/KH-UBND', 'hai');
    const first = await confirm(a.id);
    expect(first.statusCode).toBe(201);
    expect((await confirm(b.id)).statusCode).toBe(409);
    const anyway = await confirm(b.id, { allowDuplicate: true });
    expect(anyway.statusCode, anyway.body).toBe(201);
    const plans = await plansNumbered('312/KH-UBND');
    expect(plans).toHaveLength(2);
    expect(plans.find((p) => p.id === anyway.json().planId)?.duplicate_of).toBe(first.json().planId);
  });
});
