import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders, type LoggedIn } from '../../../test/factories/users.ts';
import type { TestDatabase } from '../../../test/support/test-database.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { recordAudit } from './record-audit.ts';

let harness: TestApp;
let database: TestDatabase;
let app: FastifyInstance;
let admin: LoggedIn;
let planner: LoggedIn;
let plannerName = '';
let provinceAgencyName = '';

interface Item {
  id: number;
  at: string;
  actorName: string;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

const get = (query: string, session: LoggedIn = admin) =>
  app.inject({ method: 'GET', url: `/api/audit${query}`, headers: authHeaders(session) });

beforeAll(async () => {
  harness = await startTestApp();
  ({ db: database, app } = harness);
  const fixtures = harness.agencies;
  const adminUser = await harness.createUser({ agencyId: fixtures.provinceAgency.id, role: 'admin' });
  const plannerUser = await harness.createUser({ agencyId: fixtures.provinceAgency.id, role: 'planner' });
  plannerName = (
    await database.db
      .selectFrom('users')
      .select('display_name')
      .where('id', '=', plannerUser.id)
      .executeTakeFirstOrThrow()
  ).display_name;
  provinceAgencyName = fixtures.provinceAgency.name;
  await recordAudit(database.db, {
    actor: null,
    action: 'update',
    entity: 'agency',
    entityId: fixtures.provinceAgency.id,
    before: { name: 'Tên cũ' },
    after: { name: fixtures.provinceAgency.name },
  });
  await recordAudit(database.db, {
    actor: null,
    action: 'delete',
    entity: 'plan',
    entityId: 'ke-hoach-da-xoa',
    before: { number: '12/KH-UBND', title: 'Kế hoạch đã xoá' },
  });
  admin = await harness.login(adminUser.username, adminUser.password);
  planner = await harness.login(plannerUser.username, plannerUser.password);
  for (let i = 1; i <= 7; i += 1) {
    await recordAudit(database.db, {
      actor: { userId: adminUser.id, displayName: 'Nguyễn Văn Quản' },
      action: i === 1 ? 'create' : 'update',
      entity: 'kiem-thu',
      entityId: i % 2 === 0 ? 'chan' : 'le',
      before: i === 1 ? undefined : { n: i - 1 },
      after: { n: i, ten: 'Tháp Mười' },
    });
  }
});

afterAll(async () => {
  await harness?.close();
});

describe('GET /api/audit', () => {
  it('pages newest first by id with nextBefore until the end', async () => {
    const seen: Item[] = [];
    let before: number | null = null;
    do {
      const response = await get(`?entity=kiem-thu&limit=3${before === null ? '' : `&before=${before}`}`);
      expect(response.statusCode).toBe(200);
      const page = response.json() as { items: Item[]; nextBefore: number | null };
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items);
      before = page.nextBefore;
    } while (before !== null);
    expect(seen.map((item) => (item.after as { n: number }).n)).toEqual([7, 6, 5, 4, 3, 2, 1]);
    const ids = seen.map((item) => item.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(seen[0]).toMatchObject({
      actorName: 'Nguyễn Văn Quản',
      action: 'update',
      entity: 'kiem-thu',
      entityId: 'le',
      before: { n: 6 },
    });
    expect(seen.at(-1)?.before).toBeNull();
    expect(Number.isNaN(Date.parse(seen[0]?.at ?? ''))).toBe(false);
  });

  it('gives nextBefore null when the page is the last one exactly', async () => {
    const page = (await get('?entity=kiem-thu&limit=7')).json();
    expect(page.items).toHaveLength(7);
    expect(page.nextBefore).toBeNull();
  });

  it('filters by entity and entity id', async () => {
    const even = (await get('?entity=kiem-thu&entityId=chan')).json() as { items: Item[] };
    expect(even.items.map((item) => (item.after as { n: number }).n)).toEqual([6, 4, 2]);
    const none = (await get('?entity=khong-co')).json() as { items: Item[] };
    expect(none.items).toEqual([]);
  });

  it('includes the logins of the set-up', async () => {
    const logins = (await get('?entity=user')).json() as { items: Item[] };
    expect(logins.items.filter((item) => item.action === 'login')).toHaveLength(2);
  });

  it('rejects bad paging parameters with a Vietnamese 400 naming the field', async () => {
    for (const [query, field] of [
      ['?limit=0', 'limit'],
      ['?limit=201', 'limit'],
      ['?limit=abc', 'limit'],
      ['?limit=1.5', 'limit'],
      ['?before=-1', 'before'],
      ['?before=99999999999999999999999', 'before'],
      ['?entity=', 'entity'],
    ] as const) {
      const response = await get(query);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().error.field, query).toBe(field);
      expect(response.json().error.message).toMatch(/[à-ỹ]/);
    }
  });

  it('is for admins only', async () => {
    expect((await get('', planner)).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/audit' })).statusCode).toBe(401);
  });
});

describe('subject labels', () => {
  it("names the entry's subject: the user, the agency, a deleted plan from its snapshot", async () => {
    const logins = (await get('?entity=user')).json() as { items: (Item & { subjectLabel: string | null })[] };
    expect(logins.items.map((item) => item.subjectLabel)).toContain(plannerName);
    const agency = (await get('?entity=agency')).json().items[0];
    expect(agency.subjectLabel).toBe(provinceAgencyName);
    const plan = (await get('?entity=plan')).json().items[0];
    expect(plan.subjectLabel).toBe('12/KH-UBND — Kế hoạch đã xoá');
    const test = (await get('?entity=kiem-thu&limit=1')).json().items[0];
    expect(test.subjectLabel).toBeNull();
  });
});
