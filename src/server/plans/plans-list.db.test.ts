import type { FastifyInstance } from 'fastify';
import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePlanExtraction, makeReference } from '../../../test/factories/plan-extraction.ts';
import { insertPlanAt, insertPlansBulk } from '../../../test/factories/plans.ts';
import { authHeaders, type LoggedIn } from '../../../test/factories/users.ts';
import type { TestDatabase } from '../../../test/support/test-database.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { buildApp } from '../app.ts';
import { countPlanParts } from './detail-repository.ts';

let harness: TestApp;
let db: TestDatabase;
let app: FastifyInstance;
let admin: LoggedIn;
let planner: LoggedIn;
let foreignViewer: LoggedIn;

const thapMuoi = 'od-tinh-dong-thap.huyen-thap-muoi';
// Three units in the Đồng Tháp planner's scope, one outside it (Vĩnh Long).
const units = ['p-82', 'c-30037', thapMuoi, 'p-86'];
const planCount = 120;

beforeAll(async () => {
  harness = await startTestApp({ data: 'map+seed' });
  ({ db, app } = harness);
  admin = await harness.loginNew({ role: 'admin', agencyId: 'ag-p-82-ubnd' });
  planner = await harness.loginNew({ role: 'planner', agencyId: 'ag-p-82-so-noi-vu' });
  foreignViewer = await harness.loginNew({ role: 'viewer', agencyId: 'ag-p-86-ubnd' });
  await insertPlansBulk(db.db, planCount, units);
});

afterAll(async () => {
  await harness?.close();
});

interface Page {
  items: Array<{
    id: string;
    number: string;
    documentDate: string | null;
    createdAt: string;
    adminUnit: { id: string };
    counts: Record<string, number>;
  }>;
  total: number;
  limit: number;
  offset: number;
}

async function list(session: LoggedIn, query = ''): Promise<Page> {
  const response = await app.inject({ method: 'GET', url: `/api/plans${query}`, headers: authHeaders(session) });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Page;
}

describe('GET /api/plans pages in the database', () => {
  it('returns one page with the total, limit and offset', async () => {
    const page = await list(admin);
    expect(page).toMatchObject({ total: planCount, limit: 50, offset: 0 });
    expect(page.items).toHaveLength(50);
    expect(page.items[0]!.counts).toEqual({ targets: 2, tasks: 2, reporting: 1, references: 1 });
    // The stored counts are what the child tables hold.
    const counted = await countPlanParts(
      db.db,
      page.items.map((item) => item.id),
    );
    for (const item of page.items) expect(item.counts, item.id).toEqual(counted.get(item.id));
  });

  it('walks every plan in scope exactly once, newest document first', async () => {
    const seen: Page['items'] = [];
    for (let offset = 0; ; offset += 25) {
      const page = await list(planner, `?limit=25&offset=${offset}`);
      expect(page.total).toBe(90);
      if (page.items.length === 0) break;
      seen.push(...page.items);
    }
    expect(seen).toHaveLength(90);
    expect(new Set(seen.map((item) => item.id)).size).toBe(90);
    expect(seen.every((item) => item.adminUnit.id !== 'p-86')).toBe(true);
    const dates = seen.map((item) => item.documentDate ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('reports the total past the last page', async () => {
    expect(await list(planner, '?offset=500')).toMatchObject({ items: [], total: 90, offset: 500 });
  });

  it('searches number, title, issuer and place without diacritics, wildcards taken literally', async () => {
    const byTitle = await list(admin, `?q=${encodeURIComponent('KẾ HOẠCH THỬ SỐ 7 VỀ')}`);
    expect(byTitle.items.map((item) => item.number)).toEqual(['7/KH-UBND']);
    expect(byTitle.total).toBe(1);
    expect((await list(admin, `?q=${encodeURIComponent('115/kh')}`)).items.map((item) => item.number)).toEqual([
      '115/KH-UBND',
    ]);
    expect((await list(admin, '?q=thap%20muoi')).total).toBe(planCount);
    expect((await list(admin, '?q=%25')).total).toBe(0);
    expect((await list(admin, '?q=_')).total).toBe(0);
  });

  it('searches only inside the scope, and together with a unit', async () => {
    // Plan 7 lies in Tháp Mười (in the planner's scope), plan 8 in Vĩnh Long (outside).
    expect(
      (await list(planner, `?q=${encodeURIComponent('kế hoạch thử số 7 về')}`)).items.map((item) => item.number),
    ).toEqual(['7/KH-UBND']);
    expect(await list(planner, `?q=${encodeURIComponent('kế hoạch thử số 8 về')}`)).toMatchObject({
      items: [],
      total: 0,
    });
    expect((await list(admin, `?q=${encodeURIComponent('kế hoạch thử số 8 về')}`)).total).toBe(1);
    const both = await list(planner, `?q=${encodeURIComponent('ke hoach thu')}&adminUnitId=op-tinh-dong-thap&limit=10`);
    expect(both.total).toBe(30);
    expect(both.items).toHaveLength(10);
    expect((await list(admin, '?adminUnitId=p-86')).total).toBe(30);
    expect(
      (await list(admin, `?adminUnitId=p-86&q=${encodeURIComponent('số 8 về')}`)).items.map((item) => item.number),
    ).toEqual(['8/KH-UBND']);
  });

  it('narrows to a unit with what lies under it and what rolled into it, inside the scope', async () => {
    expect((await list(planner, '?adminUnitId=op-tinh-dong-thap')).total).toBe(30);
    expect((await list(planner, '?adminUnitId=p-82')).total).toBe(90);
    expect((await list(planner, '?adminUnitId=p-86')).total).toBe(0);
    expect((await list(foreignViewer)).total).toBe(30);
  });

  it('refuses a bad page with a Vietnamese message', async () => {
    for (const query of ['?limit=0', '?limit=201', '?offset=-1', '?limit=abc']) {
      const response = await app.inject({ method: 'GET', url: `/api/plans${query}`, headers: authHeaders(admin) });
      expect(response.statusCode, query).toBe(400);
      expect(response.json().error.message).toMatch(/limit|offset/);
    }
  });
});

describe('GET /api/plans/:id in a fixed number of queries', () => {
  it('runs as many queries with 40 citing plans as with 1', async () => {
    let queries = 0;
    const counter: KyselyPlugin = {
      transformQuery: (args) => {
        queries++;
        return args.node;
      },
      transformResult: async (args) => args.result,
    };
    const counted = await buildApp({ ctx: harness.freshContext(db.db.withPlugin(counter)) });
    try {
      const session = await harness.loginNew({ role: 'planner', agencyId: 'ag-p-82-so-noi-vu' }, counted);
      const cited = (n: number) =>
        makePlanExtraction({ document: { number: `${n}/KH-UBND`, date: '2023-05-05', year: 2023 }, references: [] });
      const citing = (n: number, of: number, i: number) =>
        makePlanExtraction({
          document: { number: `${n + i}/KH-UBND`, date: '2024-06-06' },
          references: [makeReference({ number: `${of}/KH-UBND`, date: '2023-05-05' })],
        });
      const one = await insertPlanAt(db.db, thapMuoi, cited(9001));
      await insertPlanAt(db.db, thapMuoi, citing(9100, 9001, 0));
      const forty = await insertPlanAt(db.db, thapMuoi, cited(9002));
      for (let i = 0; i < 40; i++) await insertPlanAt(db.db, i % 2 === 0 ? thapMuoi : 'c-30037', citing(9200, 9002, i));

      const read = async (id: string) => {
        queries = 0;
        const response = await counted.inject({
          method: 'GET',
          url: `/api/plans/${id}`,
          headers: authHeaders(session),
        });
        expect(response.statusCode, response.body).toBe(200);
        return { queries, plan: response.json().plan as { implementedBy: unknown[] } };
      };
      await read(one); // loads the unit index once
      const withOne = await read(one);
      const withForty = await read(forty);
      expect(withOne.plan.implementedBy).toHaveLength(1);
      expect(withForty.plan.implementedBy).toHaveLength(40);
      expect(withForty.queries).toBe(withOne.queries);
      console.info(`GET /api/plans/:id: ${withOne.queries} queries with 1 citing plan, ${withForty.queries} with 40`);
      expect(withOne.queries).toBeLessThanOrEqual(12);
    } finally {
      await counted.close();
    }
  });
});
