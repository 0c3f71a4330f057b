// The faults of issue 7 part 3, each as it was seen: inputs that reached a 500, storage
// trouble the health check missed, validation before authentication, errors outside the
// one JSON shape, invisible names.
import type { FastifyInstance } from 'fastify';
import type { KyselyPlugin, RootOperationNode } from 'kysely';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.ts';
import { buildApp } from '../../src/server/app.ts';
import type { AppContext } from '../../src/server/context.ts';
import { createStorageHealth } from '../../src/server/health/storage-health.ts';
import { type makePlanExtraction, makePlanText, makeReference } from '../factories/plan-extraction.ts';
import { uploadPlan } from '../factories/plans.ts';
import { authHeaders, type LoggedIn } from '../factories/users.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import type { TestDatabase } from '../support/test-database.ts';

const vietnamese = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;
const province = 'p-82';

let harness: TestApp;
let db: TestDatabase;
let app: FastifyInstance;
let ctx: AppContext;
let admin: LoggedIn;
let planner: LoggedIn;

beforeAll(async () => {
  harness = await startTestApp({ data: 'map+seed' });
  ({ db, app } = harness);
  // The faulty apps below get a context of their own: no session or unit index cached by `app`.
  ctx = harness.freshContext();
  const adminUser = await harness.createUser({ role: 'admin', agencyId: 'ag-p-82-so-noi-vu' });
  admin = await harness.login(adminUser.username, adminUser.password);
  planner = await harness.loginNew({ role: 'planner', agencyId: 'ag-p-82-so-noi-vu' });
});

afterAll(async () => {
  await harness?.close();
});

function expectVietnameseError(
  response: { statusCode: number; body: string; headers: Record<string, unknown> },
  status: number,
  field?: string,
) {
  expect(response.statusCode, response.body).toBe(status);
  expect(String(response.headers['content-type'])).toMatch(/^application\/json/);
  const error = (JSON.parse(response.body) as { error: { code: string; message: string; field?: string } }).error;
  expect(error.message).toMatch(vietnamese);
  if (field !== undefined) expect(error.field).toBe(field);
  return error;
}

async function newDraft(): Promise<{ id: string; extraction: ReturnType<typeof makePlanExtraction> }> {
  const upload = await uploadPlan(app, planner, 'ke-hoach.txt', `${makePlanText()}\n${Math.random()}`);
  expect(upload.statusCode, upload.body).toBe(201);
  const draft = upload.json().draft as { id: string; extraction: ReturnType<typeof makePlanExtraction> };
  return draft;
}

/** Makes matching queries fail before they reach the database (a broken disk or server). */
function failingQueries(matches: (node: RootOperationNode) => boolean, makeError: () => Error): KyselyPlugin {
  return {
    transformQuery({ node }) {
      if (matches(node)) throw makeError();
      return node;
    },
    transformResult: async ({ result }) => result,
  };
}

async function countRows(table: 'agencies' | 'plan_files' | 'plan_drafts' | 'plans' | 'users'): Promise<number> {
  return (await db.db.selectFrom(table).select('id').execute()).length;
}

describe('lone UTF-16 surrogates', () => {
  it('are a 400 naming the field in login, agency names and draft text, and store nothing', async () => {
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: '{"username":"admin\\ud800","password":"x"}',
      headers: { 'content-type': 'application/json' },
    });
    expect(expectVietnameseError(login, 400, 'username').message).toContain('UTF-16');

    const agenciesBefore = await countRows('agencies');
    const agency = await app.inject({
      method: 'POST',
      url: '/api/agencies',
      headers: { ...authHeaders(admin), 'content-type': 'application/json' },
      payload: `{"name":"Sở \\udc00 Nội vụ","type":"specialised_office","adminUnitId":"${province}"}`,
    });
    expectVietnameseError(agency, 400, 'name');
    expect(await countRows('agencies')).toBe(agenciesBefore);

    const draft = await newDraft();
    const extraction = {
      ...draft.extraction,
      tasks: draft.extraction.tasks.map((task, i) => (i === 0 ? { ...task, text: 'Nhiệm vụ \ud800 hỏng' } : task)),
    };
    const put = await app.inject({
      method: 'PUT',
      url: `/api/plan-drafts/${draft.id}`,
      headers: { ...authHeaders(planner), 'content-type': 'application/json' },
      payload: JSON.stringify({ extraction }),
    });
    expectVietnameseError(put, 400, 'extraction.tasks.0.text');
    const query = await app.inject({ method: 'GET', url: '/api/agencies?q=%ED%A0%80', headers: authHeaders(admin) });
    expect(query.statusCode, query.body).toBeLessThan(500);
  });
});

describe('out-of-range dates', () => {
  const badDates = ['0000-01-01', '1899-12-31', '2201-01-01', '10000-01-01', '2025-02-30', '+02025-01-01'];

  it('are refused with a Vietnamese message on every date input', async () => {
    for (const date of badDates) {
      const asOf = await app.inject({
        method: 'GET',
        url: `/api/admin-units?asOf=${encodeURIComponent(date)}`,
        headers: authHeaders(admin),
      });
      expectVietnameseError(asOf, 400, 'asOf');
      const detail = await app.inject({
        method: 'GET',
        url: `/api/admin-units/${province}?asOf=${encodeURIComponent(date)}`,
        headers: authHeaders(admin),
      });
      expectVietnameseError(detail, 400, 'asOf');
      const resolve = await app.inject({
        method: 'GET',
        url: `/api/agencies/resolve?text=S%E1%BB%9F%20N%E1%BB%99i%20v%E1%BB%A5&date=${encodeURIComponent(date)}`,
        headers: authHeaders(admin),
      });
      expectVietnameseError(resolve, 400, 'date');
      for (const field of ['validFrom', 'validTo']) {
        const create = await app.inject({
          method: 'POST',
          url: '/api/agencies',
          headers: authHeaders(admin),
          payload: { name: 'Sở Thử Ngày', type: 'specialised_office', adminUnitId: province, [field]: date },
        });
        expectVietnameseError(create, 400, field);
      }
    }
    const zero = await app.inject({
      method: 'GET',
      url: '/api/admin-units?asOf=0000-01-01',
      headers: authHeaders(admin),
    });
    expect(zero.json().error.message).toContain('từ năm 1900 đến năm 2200');
  });

  it('are refused in a reviewed draft (document, references, due dates, years) and the draft is unchanged', async () => {
    const draft = await newDraft();
    const save = (extraction: unknown) =>
      app.inject({
        method: 'PUT',
        url: `/api/plan-drafts/${draft.id}`,
        headers: authHeaders(planner),
        payload: { extraction },
      });
    const base = draft.extraction;
    const cases: [unknown, string][] = [
      [{ ...base, document: { ...base.document, date: '0000-01-01' } }, 'extraction.document.date'],
      [
        { ...base, references: [makeReference({ number: '1/KH-UBND', date: '0000-12-31' })] },
        'extraction.references.0.date',
      ],
      [{ ...base, document: { ...base.document, year: 2 ** 53 } }, 'extraction.document.year'],
      [{ ...base, period: { ...base.period, from: -1 } }, 'extraction.period.from'],
      [{ ...base, period: { ...base.period, horizons: [1e9] } }, 'extraction.period.horizons.0'],
    ];
    if (base.tasks[0]) {
      cases.push([
        { ...base, tasks: [{ ...base.tasks[0], due: { kind: 'once', by: '2024', date: '0000-01-01' } }] },
        'extraction.tasks.0.due.date',
      ]);
      cases.push([
        { ...base, tasks: [{ ...base.tasks[0], due: { kind: 'recurring', freq: 'yearly', month: 13 } }] },
        'extraction.tasks.0.due.month',
      ]);
    }
    for (const [extraction, field] of cases) expectVietnameseError(await save(extraction), 400, field);
    const after = await app.inject({
      method: 'GET',
      url: `/api/plan-drafts/${draft.id}`,
      headers: authHeaders(planner),
    });
    expect(after.json().draft.extraction).toEqual(base);
  });
});

describe('server faults', () => {
  it('log every 5xx with the request id, which the answer shows', async () => {
    const lines: string[] = [];
    const broken = db.db.withPlugin(
      failingQueries(
        () => true,
        () => new Error('kết nối hỏng (thử nghiệm)'),
      ),
    );
    const faulty = await buildApp({
      ctx: { ...ctx, db: broken },
      logger: { level: 'info', stream: { write: (line) => lines.push(line) } },
    });
    try {
      const response = await faulty.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'ai-do', password: 'mat-khau-dai' },
      });
      const error = expectVietnameseError(response, 500) as { requestId?: string; message: string };
      const requestId = String(response.headers['x-request-id']);
      expect(requestId).toMatch(/^[A-Za-z0-9_-]{6,}$/);
      expect(error.requestId).toBe(requestId);
      expect(error.message).toContain(requestId);
      const logged = lines.map(
        (line) => JSON.parse(line) as { level: number; reqId?: string; err?: { message?: string } },
      );
      const entry = logged.find((line) => line.level >= 50 && line.reqId === requestId);
      expect(entry?.err?.message).toContain('kết nối hỏng');

      const health = await faulty.inject({ method: 'GET', url: '/api/health' });
      expect(health.statusCode).toBe(503);
      expect(health.json()).toMatchObject({
        status: 'degraded',
        storage: { database: 'unreachable' },
        problems: [{ code: 'database_unreachable' }],
      });
    } finally {
      await faulty.close();
    }
  });
});

describe('a full disk', () => {
  const diskFull = () =>
    Object.assign(new Error('could not extend file "base/5/16384": No space left on device'), { code: '53100' });

  it('answers an upload with 507 in Vietnamese, stores nothing, and health turns 503', async () => {
    const full = {
      ...ctx,
      db: db.db.withPlugin(failingQueries((node) => node.kind === 'InsertQueryNode', diskFull)),
      storage: createStorageHealth({ dataDir: null }),
    };
    const fullApp = await buildApp({ ctx: full });
    try {
      const before = { files: await countRows('plan_files'), drafts: await countRows('plan_drafts') };
      const upload = await uploadPlan(fullApp, planner, 'ke-hoach-day-dia.txt', `${makePlanText()}\nđầy đĩa`);
      const error = expectVietnameseError(upload, 507);
      expect(error.code).toBe('insufficient_storage');
      expect(error.message).toContain('Máy chủ hết dung lượng lưu trữ');
      expect({ files: await countRows('plan_files'), drafts: await countRows('plan_drafts') }).toEqual(before);
      const health = await fullApp.inject({ method: 'GET', url: '/api/health' });
      expect(health.statusCode).toBe(503);
      expect(health.json()).toMatchObject({
        status: 'degraded',
        storage: { database: 'ok', disk: 'full' },
        problems: [{ code: 'disk_full' }],
      });
    } finally {
      await fullApp.close();
    }
  });

  it('is reported by health from the free space of the data folder', async () => {
    let free = 10 * 1024 * 1024 * 1024;
    const measured: string[] = [];
    const storage = createStorageHealth({
      dataDir: '/srv/nhanluc/data',
      statfs: async (folder) => {
        measured.push(folder);
        return { availableBytes: free };
      },
    });
    const healthApp = await buildApp({ ctx: { ...ctx, storage } });
    try {
      const ok = await healthApp.inject({ method: 'GET', url: '/api/health' });
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toMatchObject({
        status: 'ok',
        problems: [],
        storage: { database: 'ok', disk: 'ok', freeBytes: free },
      });
      free = 1024 * 1024;
      const low = await healthApp.inject({ method: 'GET', url: '/api/health' });
      expect(low.statusCode).toBe(503);
      expect(low.json()).toMatchObject({ status: 'degraded', storage: { disk: 'full', freeBytes: free } });
      expect(low.json().problems[0].message).toMatch(vietnamese);
      expect(measured).toEqual(['/srv/nhanluc/data', '/srv/nhanluc/data']);
    } finally {
      await healthApp.close();
    }
  });
});

interface OpenApiDocument {
  paths: Record<string, Record<string, { security?: unknown[] }>>;
}

/** The routes anyone may call; everything else needs a session. */
const publicOperations = new Set([
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'GET /api/health',
  // Demo accounts only, and [] unless the demo was loaded here (decision 0019).
  'GET /api/demo-accounts',
]);

function operationsOf(
  target: FastifyInstance,
): { key: string; method: string; path: string; security: unknown[] | undefined }[] {
  const document = target.swagger() as unknown as OpenApiDocument;
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({
      key: `${method.toUpperCase()} ${path}`,
      method: method.toUpperCase(),
      path,
      security: operation.security,
    })),
  );
}

describe('authentication before validation', () => {
  it('the OpenAPI document names the security of every non-public route', () => {
    const operations = operationsOf(app);
    expect(operations.length).toBeGreaterThan(15);
    const missing = operations
      .filter((op) => !publicOperations.has(op.key) && !(op.security && op.security.length > 0))
      .map((op) => op.key);
    expect(missing).toEqual([]);
    for (const key of ['GET /api/admin-units', 'GET /api/agencies/{id}', 'PATCH /api/agencies/{id}']) {
      expect(operations.find((op) => op.key === key)?.security, key).toBeDefined();
    }
  });

  it('an anonymous request to any non-public route is 401 before its input is checked', async () => {
    for (const op of operationsOf(app)) {
      if (publicOperations.has(op.key)) continue;
      const url = `${op.path.replace(/\{\w+\}/g, 'x'.repeat(90))}?asOf=0000-01-01&limit=-1`;
      const response = await app.inject({
        method: op.method as 'GET',
        url,
        headers: { 'content-type': 'application/json' },
        payload: op.method === 'GET' ? undefined : '{"name":"\\u0000","extraction":1}',
      });
      expect(response.statusCode, `${op.key} → ${response.body}`).toBe(401);
      expect(response.json().error.message).toBe('Bạn cần đăng nhập để tiếp tục.');
    }
    const put = await app.inject({ method: 'PUT', url: '/api/plan-drafts/khong-co', payload: { extraction: 'sai' } });
    expect(put.statusCode).toBe(401);
  });
});

describe('security headers', () => {
  it('every API answer (errors included) says nosniff, no framing, a strict CSP and a referrer policy', async () => {
    for (const url of ['/api/health', '/api/khong-co', '/api/users']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.headers['x-content-type-options'], url).toBe('nosniff');
      expect(response.headers['x-frame-options'], url).toBe('DENY');
      expect(response.headers['referrer-policy'], url).toBe('same-origin');
      expect(String(response.headers['content-security-policy']), url).toContain("frame-ancestors 'none'");
      expect(String(response.headers['content-security-policy']), url).toContain("default-src 'none'");
    }
  });

  it('the web pages get the page policy, and the built index.html has no inline script', async () => {
    const webRoot = await mkdtemp(path.join(os.tmpdir(), 'nhanluc-web-'));
    await writeFile(
      path.join(webRoot, 'index.html'),
      '<!doctype html><html><head><script type="module" src="/assets/a.js"></script></head><body></body></html>',
    );
    const pages = await buildApp({ ctx, webRoot });
    try {
      for (const url of ['/', '/ke-hoach/abc', '/index.html']) {
        const page = await pages.inject({ method: 'GET', url });
        expect(page.statusCode, url).toBe(200);
        const policy = String(page.headers['content-security-policy']);
        expect(policy, url).toContain("script-src 'self'");
        expect(policy, url).toContain("frame-ancestors 'none'");
        expect(policy, url).not.toMatch(/script-src[^;]*unsafe/);
        expect(page.headers['x-frame-options'], url).toBe('DENY');
        expect(page.headers['x-content-type-options'], url).toBe('nosniff');
        expect(page.headers['referrer-policy'], url).toBe('same-origin');
      }
      const post = await pages.inject({ method: 'POST', url: '/ke-hoach' });
      expect(post.statusCode).toBe(404);
      expect((await pages.inject({ method: 'DELETE', url: '/api/khong-co' })).statusCode).toBe(404);
    } finally {
      await pages.close();
      await rm(webRoot, { recursive: true, force: true });
    }
    const built = path.join(projectRoot, 'dist', 'web', 'index.html');
    if (existsSync(built)) expect(readFileSync(built, 'utf8')).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('the API docs page loads its scripts from this origin only', async () => {
    const docs = await app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    const policy = String(docs.headers['content-security-policy']);
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(docs.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const json = await app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(json.statusCode).toBe(200);
  });
});

describe('every error in one JSON shape, in Vietnamese', () => {
  it('404, unknown methods, malformed JSON, 413, 414, 415', async () => {
    expectVietnameseError(await app.inject({ method: 'GET', url: '/api/khong-co', headers: authHeaders(admin) }), 404);
    const wrongMethod = await app.inject({ method: 'DELETE', url: '/api/health' });
    expect(expectVietnameseError(wrongMethod, 405).message).toContain('GET');
    expect(wrongMethod.headers.allow).toContain('GET');
    const wrongOnParam = await app.inject({ method: 'DELETE', url: '/api/users/abc', headers: authHeaders(admin) });
    expect(wrongOnParam.statusCode).toBe(405);
    expectVietnameseError(
      await app.inject({ method: 'GET', url: '/api/users/abc/khong-co', headers: authHeaders(admin) }),
      404,
    );
    expectVietnameseError(
      await app.inject({
        method: 'POST',
        url: '/api/agencies',
        headers: { ...authHeaders(admin), 'content-type': 'application/json' },
        payload: '{"name":',
      }),
      400,
    );
    expectVietnameseError(
      await app.inject({
        method: 'POST',
        url: '/api/agencies',
        headers: { ...authHeaders(admin), 'content-type': 'application/json' },
        payload: `{"name":"${'a'.repeat(1_100_000)}"}`,
      }),
      413,
    );
    expectVietnameseError(
      await app.inject({ method: 'GET', url: `/api/agencies/${'a'.repeat(500)}`, headers: authHeaders(admin) }),
      414,
    );
    expectVietnameseError(
      await app.inject({
        method: 'POST',
        url: '/api/agencies',
        headers: { ...authHeaders(admin), 'content-type': 'application/xml' },
        payload: '<a/>',
      }),
      415,
    );
  });

  it('431 for oversized headers, over a real listening server', async () => {
    const server = await buildApp({ ctx });
    await server.listen({ port: 0, host: '127.0.0.1' });
    try {
      const { port } = server.server.address() as AddressInfo;
      const answer = await new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
        (resolve, reject) => {
          const req = httpRequest(
            { host: '127.0.0.1', port, path: '/api/health', headers: { cookie: `x=${'a'.repeat(20_000)}` } },
            (res) => {
              let body = '';
              res.setEncoding('utf8');
              res.on('data', (chunk: string) => (body += chunk));
              res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
            },
          );
          req.on('error', reject);
          req.end();
        },
      );
      expect(answer.status).toBe(431);
      expect(String(answer.headers['content-type'])).toMatch(/^application\/json/);
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      const error = (JSON.parse(answer.body) as { error: { code: string; message: string } }).error;
      expect(error.code).toBe('headers_too_large');
      expect(error.message).toMatch(vietnamese);
    } finally {
      await server.close();
    }
  });
});

describe('names need a visible letter or digit', () => {
  const invisible = ['\u200b\u200b', '\u202e\u202d', '\u2066\u2069', '\u200d \u200c', '\ufeff\u200e'];

  it('refuses invisible or bidi-overridden agency names, aliases and display names', async () => {
    const agenciesBefore = await countRows('agencies');
    for (const name of invisible) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/agencies',
        headers: authHeaders(admin),
        payload: { name, type: 'specialised_office', adminUnitId: province },
      });
      expectVietnameseError(response, 400, 'name');
      const user = await app.inject({
        method: 'POST',
        url: '/api/users',
        headers: authHeaders(admin),
        payload: {
          username: `vo-hinh-${invisible.indexOf(name)}`,
          displayName: name,
          password: 'mat-khau-dai-du',
          role: 'viewer',
          agencyId: 'ag-p-82-so-noi-vu',
        },
      });
      expectVietnameseError(user, 400, 'displayName');
    }
    const override = await app.inject({
      method: 'POST',
      url: '/api/agencies',
      headers: authHeaders(admin),
      payload: { name: 'Sở \u202eụv iộN', type: 'specialised_office', adminUnitId: province },
    });
    expect(expectVietnameseError(override, 400, 'name').message).toContain('U+202A');
    const alias = await app.inject({
      method: 'POST',
      url: '/api/agencies',
      headers: authHeaders(admin),
      payload: { name: 'Sở Thử Tên', type: 'specialised_office', adminUnitId: province, aliases: ['\u200b'] },
    });
    expectVietnameseError(alias, 400, 'aliases.0');
    expect(await countRows('agencies')).toBe(agenciesBefore);
    const fine = await app.inject({
      method: 'POST',
      url: '/api/agencies',
      headers: authHeaders(admin),
      payload: {
        name: 'Sở Thử Tên Hợp Lệ 2',
        type: 'specialised_office',
        adminUnitId: province,
        shortName: '',
        aliases: [' '],
      },
    });
    expect(fine.statusCode, fine.body).toBe(201);
  });
});
