import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoggedIn } from '../../../test/factories/users.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { mapAgencies } from '../../../test/support/unit-map.ts';

let harness: TestApp;
let app: FastifyInstance;
let admin: LoggedIn;
let provincePlanner: LoggedIn;
let communeViewer: LoggedIn;

beforeAll(async () => {
  const started = await startTestApp({
    logins: {
      admin: { agencyId: mapAgencies.provinceAgency.id, role: 'admin' },
      provincePlanner: { agencyId: mapAgencies.provinceAgency.id, role: 'planner' },
      communeViewer: { agencyId: mapAgencies.communeAgency.id, role: 'viewer' },
    },
  });
  harness = started;
  ({ app } = started);
  ({ admin, provincePlanner, communeViewer } = started.sessions);
});

afterAll(async () => {
  await harness?.close();
});

const get = (url: string, session?: LoggedIn) =>
  app.inject({ method: 'GET', url, headers: session ? { cookie: session.cookie } : {} });
const idsOf = (items: { id: string }[]) => items.map((item) => item.id);

describe('GET /api/admin-units', () => {
  it('asks for a session', async () => {
    const response = await get('/api/admin-units');
    expect(response.statusCode).toBe(401);
    expect(response.json().error.message).toBe('Bạn cần đăng nhập để tiếp tục.');
    expect((await get('/api/admin-units/t-p1')).statusCode).toBe(401);
  });

  it('rejects a malformed asOf, naming it, in Vietnamese', async () => {
    for (const asOf of ['2026-02-30', 'hôm nay', '2026-1-1', '']) {
      const response = await get(`/api/admin-units?asOf=${encodeURIComponent(asOf)}`, admin);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.message).toContain('asOf');
    }
    expect((await get('/api/admin-units/t-p1?asOf=31/12/2024', admin)).json().error.message).toContain('asOf');
    expect((await get('/api/admin-units?limit=0', admin)).json().error.message).toContain('limit');
    expect((await get('/api/admin-units?level=village', admin)).json().error.message).toContain('level');
  });

  it('lists the top units valid on the date for an admin', async () => {
    const now = await get('/api/admin-units?asOf=2026-01-01', admin);
    expect(now.statusCode).toBe(200);
    // By name: "Thành phố" before "Tỉnh", "Hai" before "Một".
    expect(idsOf(now.json().items)).toEqual(['p-92', 'p-46', 'p-82', 'p-51', 't-p2', 't-p1', 'p-08', 'p-86']);
    expect(now.json().items[5]).toEqual({
      id: 't-p1',
      code: '91',
      name: 'Tỉnh Thử Nghiệm Một',
      fullName: 'Tỉnh Thử Nghiệm Một',
      level: 'province',
      parentId: null,
      validFrom: '2025-07-01',
      validTo: null,
      childCount: 2,
    });
    expect(idsOf((await get('/api/admin-units?asOf=2024-06-30', admin)).json().items)).toEqual([
      't-od1',
      'op-thanh-pho-can-tho',
      'op-thanh-pho-hue',
      'op-tinh-dong-thap',
      'op-tinh-kon-tum',
      'op-tinh-tra-vinh',
    ]);
  });

  it('lists only the top units in scope for others', async () => {
    expect(idsOf((await get('/api/admin-units?asOf=2026-01-01', provincePlanner)).json().items)).toEqual(['t-p1']);
    expect(idsOf((await get('/api/admin-units?asOf=2026-01-01', communeViewer)).json().items)).toEqual(['t-c1']);
    expect(idsOf((await get('/api/admin-units?asOf=2024-01-01', communeViewer)).json().items)).toEqual([
      't-oc1',
      't-oc2',
      't-oc3',
    ]);
  });

  it('lists children valid on the date and 404s a parent out of scope', async () => {
    expect(idsOf((await get('/api/admin-units?parentId=t-p1&asOf=2026-01-01', provincePlanner)).json().items)).toEqual([
      't-c1',
      't-c2',
    ]);
    const foreign = await get('/api/admin-units?parentId=t-p2', provincePlanner);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.message).toBe('Không tìm thấy đơn vị hành chính.');
    expect((await get('/api/admin-units?parentId=khong-co', admin)).statusCode).toBe(404);
  });

  it('searches without diacritics, inside the scope only', async () => {
    expect(idsOf((await get('/api/admin-units?q=an%20hoa', admin)).json().items)).toEqual(['t-c1']);
    expect(idsOf((await get('/api/admin-units?q=dong%20hung', admin)).json().items)).toEqual(['t-c3']);
    expect((await get('/api/admin-units?q=dong%20hung', provincePlanner)).json().items).toEqual([]);
    expect(idsOf((await get('/api/admin-units?q=xa&asOf=2024-01-01', communeViewer)).json().items)).toEqual([
      't-oc1',
      't-oc2',
      't-oc3',
    ]);
  });
});

describe('GET /api/admin-units/:id', () => {
  it('shows an old district with its successors as of a date', async () => {
    const response = await get('/api/admin-units/t-od1?asOf=2026-01-01', admin);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.unit.id).toBe('t-od1');
    expect(body.children).toEqual([]);
    expect(idsOf(body.successorsAsOf)).toEqual(['t-c1', 't-c2']);
    const before = (await get('/api/admin-units/t-od1?asOf=2024-01-01', admin)).json();
    expect(idsOf(before.children)).toEqual(['t-oc1', 't-oc2', 't-oc3']);
  });

  it('shows predecessors of a new commune and never leaks its parent out of scope', async () => {
    const body = (await get('/api/admin-units/t-c1?asOf=2024-01-01', communeViewer)).json();
    expect(body.predecessors.map((link: { unit: { id: string }; kind: string }) => [link.unit.id, link.kind])).toEqual([
      ['t-oc1', 'merged'],
      ['t-oc2', 'merged'],
      ['t-oc3', 'split'],
    ]);
    expect(idsOf(body.successorsAsOf)).toEqual(['t-oc1', 't-oc2', 't-oc3']);
    expect(body.ancestors).toEqual([]);
    const asProvince = (await get('/api/admin-units/t-c1', provincePlanner)).json();
    expect(idsOf(asProvince.ancestors)).toEqual(['t-p1']);
  });

  it('answers 404 for units out of scope exactly as for missing ones', async () => {
    for (const url of [
      '/api/admin-units/t-p2',
      '/api/admin-units/t-c2',
      '/api/admin-units/t-p1',
      '/api/admin-units/khong-co',
    ]) {
      const response = await get(url, communeViewer);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual({ error: { code: 'not_found', message: 'Không tìm thấy đơn vị hành chính.' } });
    }
  });
});

describe('GET /api/admin-units?parentId&q', () => {
  it('narrows the children by a search without diacritics', async () => {
    expect(
      idsOf((await get('/api/admin-units?parentId=t-p1&q=binh%20minh&asOf=2026-01-01', admin)).json().items),
    ).toEqual(['t-c2']);
    expect(
      idsOf((await get('/api/admin-units?parentId=t-p1&level=province&asOf=2026-01-01', admin)).json().items),
    ).toEqual([]);
    expect(idsOf((await get('/api/admin-units?parentId=t-p1&limit=1&asOf=2026-01-01', admin)).json().items)).toEqual([
      't-c1',
    ]);
  });
});
