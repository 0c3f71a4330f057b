import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders, type LoggedIn } from '../../../test/factories/users.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';

let harness: TestApp;
let app: FastifyInstance;
let admin: LoggedIn;
let planner: LoggedIn;
let viewer: LoggedIn;

beforeAll(async () => {
  const started = await startTestApp({
    data: 'map+seed',
    logins: {
      admin: { role: 'admin', agencyId: 'ag-p-82-ubnd' },
      planner: { role: 'planner', agencyId: 'ag-p-82-so-noi-vu' },
      viewer: { role: 'viewer', agencyId: 'ag-p-86-ubnd' },
    },
  });
  harness = started;
  ({ app } = started);
  ({ admin, planner, viewer } = started.sessions);
});

afterAll(async () => {
  await harness?.close();
});

describe('GET /api/agencies', () => {
  it('needs a session', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/agencies' });
    expect(response.statusCode).toBe(401);
  });

  it('lists AgencySummary items matching q without diacritics', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/agencies?q=so%20noi%20vu&adminUnitId=p-82',
      headers: authHeaders(admin),
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      items: [
        {
          id: 'ag-p-82-so-noi-vu',
          name: 'Sở Nội vụ tỉnh Đồng Tháp',
          shortName: null,
          type: 'specialised_office',
          adminUnit: { id: 'p-82', name: 'Tỉnh Đồng Tháp', level: 'province' },
          validFrom: '2025-07-01',
          validTo: null,
        },
      ],
      total: 1,
      limit: 50,
      offset: 0,
    });
  });

  it('filters by status: current (not dissolved today), dissolved, all (the default)', async () => {
    const list = async (status: string) => {
      const query = status ? `&status=${status}` : '';
      const response = await app.inject({
        method: 'GET',
        url: `/api/agencies?limit=500${query}`,
        headers: authHeaders(admin),
      });
      expect(response.statusCode).toBe(200);
      return response.json() as { items: { validTo: string | null }[]; total: number };
    };
    const [all, current, dissolved, unspecified] = await Promise.all([
      list('all'),
      list('current'),
      list('dissolved'),
      list(''),
    ]);
    expect(unspecified.total).toBe(all.total);
    expect(current.total + dissolved.total).toBe(all.total);
    expect(current.items.every((item) => item.validTo === null || item.validTo > '2026-12-03')).toBe(true);
    expect(dissolved.total).toBeGreaterThan(0);
    expect(dissolved.items.every((item) => item.validTo !== null)).toBe(true);
    const bad = await app.inject({ method: 'GET', url: '/api/agencies?status=cu', headers: authHeaders(admin) });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('status');
  });

  it.each(['limit=0', 'limit=abc', 'type=bogus'])('rejects %s with a Vietnamese 400', async (query) => {
    const response = await app.inject({ method: 'GET', url: `/api/agencies?${query}`, headers: authHeaders(admin) });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/không hợp lệ/);
  });
});

describe('GET /api/agencies/:id', () => {
  it('returns the detail with aliases and successors', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/agencies/ag-od-tinh-dong-thap.huyen-thap-muoi-phong-ldtbxh',
      headers: authHeaders(admin),
    });
    expect(response.statusCode).toBe(200);
    const agency = response.json().agency;
    expect(agency.aliases).toContain('Phòng LĐTBXH');
    expect(agency.successors.map((link: { agency: { id: string } }) => link.agency.id)).toContain('ag-p-82-so-noi-vu');
  });

  it("answers 404 outside the viewer's scope, as if absent", async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/agencies/ag-p-82-ubnd',
      headers: authHeaders(viewer),
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.message).toBe('Không tìm thấy cơ quan, đơn vị.');
  });
});

describe('POST and PATCH /api/agencies', () => {
  it('lets a planner create in scope (201) and forbids viewers (403)', async () => {
    const payload = {
      name: 'Hội Nông dân xã Tháp Mười',
      type: 'mass_organisation',
      adminUnitId: 'c-30037',
      aliases: ['Hội Nông dân xã'],
    };
    const denied = await app.inject({ method: 'POST', url: '/api/agencies', headers: authHeaders(viewer), payload });
    expect(denied.statusCode).toBe(403);
    const created = await app.inject({ method: 'POST', url: '/api/agencies', headers: authHeaders(planner), payload });
    expect(created.statusCode).toBe(201);
    expect(created.json().agency).toMatchObject({
      id: 'ag-c-30037-hoi-nong-dan-xa-thap-muoi',
      aliases: ['Hội Nông dân xã'],
    });
    const again = await app.inject({ method: 'POST', url: '/api/agencies', headers: authHeaders(planner), payload });
    expect(again.statusCode).toBe(409);
  });

  it.each([
    [{ type: 'centre', adminUnitId: 'c-30037' }, 'name'],
    [{ name: 'Trạm Y tế', type: 'hospital', adminUnitId: 'c-30037' }, 'type'],
    [{ name: 'Trạm Y tế', type: 'centre', adminUnitId: 'c-30037', validFrom: '2025-02-30' }, 'validFrom'],
    [{ name: 'Trạm Y tế', type: 'centre', adminUnitId: 'c-30037', aliases: 'TYT' }, 'aliases'],
    [{ name: 'Trạm Y tế', type: 'centre', adminUnitId: 'c-30037', extra: 1 }, undefined],
  ])('rejects %j with 400 naming the field', async (payload, field) => {
    const response = await app.inject({ method: 'POST', url: '/api/agencies', headers: authHeaders(admin), payload });
    expect(response.statusCode).toBe(400);
    if (field) expect(response.json().error.message).toContain(field);
  });

  it('rejects a body that is not JSON with 400', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/agencies',
      headers: { ...authHeaders(admin), 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(response.statusCode).toBe(400);
  });

  it('patches and returns the new detail; a planner cannot reach another province', async () => {
    const patched = await app.inject({
      method: 'PATCH',
      url: '/api/agencies/ag-c-30037-phong-vhxh',
      headers: authHeaders(planner),
      payload: { aliases: ['Phòng VH-XH xã Tháp Mười'] },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().agency.aliases).toEqual(['Phòng VH-XH xã Tháp Mười']);
    const foreign = await app.inject({
      method: 'PATCH',
      url: '/api/agencies/ag-p-86-ubnd',
      headers: authHeaders(planner),
      payload: { name: 'X' },
    });
    expect(foreign.statusCode).toBe(404);
  });
});

describe('GET /api/agencies/resolve', () => {
  it('resolves how a plan names an agency, with successors after the reform', async () => {
    const url = `/api/agencies/resolve?text=${encodeURIComponent('Phòng LĐ-TB&XH')}&adminUnitId=od-tinh-dong-thap.huyen-thap-muoi&date=2026-01-01`;
    const response = await app.inject({ method: 'GET', url, headers: authHeaders(admin) });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.best.agency.id).toBe('ag-od-tinh-dong-thap.huyen-thap-muoi-phong-ldtbxh');
    expect(body.best.confidence).toBeGreaterThanOrEqual(0.85);
    expect(body.best.successors.length).toBe(3);
    expect(Array.isArray(body.alternatives)).toBe(true);
  });

  it('answers null for unrelated text and 400 for a missing text or bad date', async () => {
    const none = await app.inject({
      method: 'GET',
      url: '/api/agencies/resolve?text=xin%20ch%C3%A0o&adminUnitId=p-82',
      headers: authHeaders(admin),
    });
    expect(none.json().best).toBeNull();
    const missing = await app.inject({
      method: 'GET',
      url: '/api/agencies/resolve?adminUnitId=p-82',
      headers: authHeaders(admin),
    });
    expect(missing.statusCode).toBe(400);
    const badDate = await app.inject({
      method: 'GET',
      url: '/api/agencies/resolve?text=UBND&date=2026-13-01',
      headers: authHeaders(admin),
    });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().error.message).toContain('date');
  });
});
