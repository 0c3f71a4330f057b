// Property test over the whole HTTP API: every operation of the OpenAPI document gets
// random path parameters, query strings and bodies from a logged-in admin with a valid
// CSRF token. No answer may be a 5xx; every 4xx is a JSON error with a Vietnamese message.
import type { FastifyInstance, InjectOptions } from 'fastify';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders, type LoggedIn } from '../factories/users.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import type { MapAgencies } from '../support/unit-map.ts';

interface Operation {
  method: string;
  /** OpenAPI path, e.g. /api/users/{id}. */
  path: string;
  pathParams: string[];
  queryParams: string[];
  bodyFields: string[] | null;
}

interface OpenApiOperation {
  parameters?: Array<{ in: string; name: string }>;
  requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> };
}

// FUZZ_RUNS raises the count for a longer local search.
const runsPerOperation = Number(process.env.FUZZ_RUNS ?? 25);
const vietnameseLetter = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

let harness: TestApp;
let app: FastifyInstance;
let fixtures: MapAgencies;
let admin: LoggedIn;
let adminId = '';
let operations: Operation[] = [];

function collectOperations(): Operation[] {
  const document = app.swagger() as unknown as { paths: Record<string, Record<string, OpenApiOperation>> };
  const found: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const parameters = operation.parameters ?? [];
      const body = operation.requestBody?.content?.['application/json']?.schema;
      found.push({
        method: method.toUpperCase(),
        path,
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: parameters.filter((p) => p.in === 'query').map((p) => p.name),
        bodyFields: body ? Object.keys(body.properties ?? {}) : null,
      });
    }
  }
  return found;
}

/** Every "METHOD /path" fastify serves under /api, read from its route tree (docs excluded). */
function servedRoutes(): Set<string> {
  const served = new Set<string>();
  const stack: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^([│ ]*)(?:├── |└── )(.*?) \(([A-Z, ]+)\)$/.exec(line);
    if (!match) continue;
    const depth = (match[1] ?? '').length / 4;
    stack.length = depth;
    const segment = match[2] ?? '';
    const parent = stack.at(-1) ?? '';
    // A child continues its parent's text: "/targets/:targetId/indicator" then "-suggestions".
    const full = `${parent}${segment}`;
    stack.push(full);
    if (!full.startsWith('/api/') || full.startsWith('/api/docs')) continue;
    for (const method of (match[3] ?? '').split(', ')) {
      if (method !== 'HEAD') served.add(`${method} ${full.replace(/:(\w+)/g, '{$1}')}`);
    }
  }
  return served;
}

// ── Generators ─────────────────────────────────────────────────────────────────
const nastyStrings = fc.constantFrom(
  '',
  ' ',
  'Tháp Mười',
  'Ủy ban nhân dân xã Thanh Thủy',
  'ĐỒNG THÁP',
  '\u0000',
  '\u0007\u001b[31m',
  '\r\n\t',
  '\u202eđảo ngược',
  '\ud83d\udca5',
  '../../etc/passwd',
  "'; drop table users; --",
  '%00',
  '%',
  '0',
  '-1',
  '1e309',
  '9'.repeat(400),
  'NaN',
  'null',
  'true',
  '2025-02-30',
  '2025-07-01',
  '__proto__',
  'constructor',
  'a'.repeat(5000),
);

/** Single UTF-16 code units, lone surrogates included: JSON carries them, the database cannot. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
const loneSurrogates = fc.oneof(
  fc.constantFrom('\ud800', '\udfff', 'Sở\ud83d', '\udca5Nội vụ', '\ud800\ud800'),
  fc
    .tuple(fc.string({ maxLength: 6 }), fc.integer({ min: 0xd800, max: 0xdfff }), fc.string({ maxLength: 6 }))
    .map(([a, code, b]) => `${a}${String.fromCharCode(code)}${b}`),
);
/** Text that looks empty or reversed on screen: zero-width, bidi controls, odd spaces. */
const invisibleCharacters = [
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u2060',
  '\ufeff',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u00a0',
  '\u3000',
  ' ',
];
const bidiAndZeroWidth = fc.oneof(
  fc.array(fc.constantFrom(...invisibleCharacters), { minLength: 1, maxLength: 6 }).map((parts) => parts.join('')),
  fc
    .tuple(fc.constantFrom(...invisibleCharacters), fc.constantFrom('Sở Nội vụ', 'Tháp Mười', 'admin'))
    .map(([mark, word]) => `${mark}${word}${mark}`),
);
/** Dates a JavaScript Date accepts but PostgreSQL (or the calendar) does not, and the edges. */
const outOfRangeDates = fc.oneof(
  fc.constantFrom(
    '0000-01-01',
    '0001-01-01',
    '1899-12-31',
    '1900-01-01',
    '2200-12-31',
    '2201-01-01',
    '9999-12-31',
    '10000-01-01',
    '+275760-09-13',
    '-000001-01-01',
    '2024-02-29',
    '2023-02-29',
    '2025-13-01',
    '2025-00-10',
  ),
  fc
    .tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(
      ([year, month, day]) =>
        `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    ),
);

const text = fc.oneof(
  { weight: 3, arbitrary: nastyStrings },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)),
      maxLength: 8,
    }),
  },
  { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 8 }) },
  { weight: 1, arbitrary: loneSurrogates },
  { weight: 1, arbitrary: bidiAndZeroWidth },
  { weight: 1, arbitrary: outOfRangeDates },
);

const hugeNumbers = fc.oneof(
  fc.constantFrom(
    Number.MAX_SAFE_INTEGER + 2,
    1e308,
    -1e308,
    Number.MIN_VALUE,
    -0,
    2 ** 53,
    4294967296,
    2 ** 31,
    -(2 ** 31) - 1,
    1e21,
    0.1 + 0.2,
  ),
  fc.double({ min: 2 ** 31, max: 1e308, noNaN: true }),
  fc.integer({ min: 2 ** 31, max: Number.MAX_SAFE_INTEGER }),
);

const leaf = fc.oneof(
  text,
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  hugeNumbers,
  fc.boolean(),
  fc.constant(null),
);

const value: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(text, tie('value'), { maxKeys: 4 }),
  ),
})).value;

function pathParam(): fc.Arbitrary<string> {
  return fc.oneof(
    text,
    fc.constantFrom('t-p1', 't-c1', 't-p2', 'ag-t-p1-ubnd', 'ag-t-p2-so-bi-mat', 'p-82', 'c-30037'),
    fc.constant('').map(() => adminId),
  );
}

function queryString(names: string[]): fc.Arbitrary<string> {
  const knownKeys = names.length > 0 ? fc.constantFrom(...names) : fc.constant('q');
  const pair = fc.tuple(
    fc.oneof({ weight: 4, arbitrary: knownKeys }, { weight: 1, arbitrary: text }),
    fc.oneof(text, fc.integer().map(String), hugeNumbers.map(String)),
  );
  return fc.array(pair, { maxLength: 5 }).map((pairs) => {
    const params = new URLSearchParams();
    for (const [key, val] of pairs) params.append(key, val);
    const encoded = params.toString();
    return encoded ? `?${encoded}` : '';
  });
}

type Body = { kind: 'json'; value: unknown } | { kind: 'raw'; payload: string; contentType: string } | { kind: 'none' };

function body(fields: string[] | null): fc.Arbitrary<Body> {
  const shaped =
    fields && fields.length > 0
      ? fc.dictionary(
          fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...fields) }, { weight: 1, arbitrary: text }),
          value,
          { maxKeys: fields.length + 1 },
        )
      : fc.dictionary(text, value, { maxKeys: 3 });
  return fc.oneof(
    { weight: 6, arbitrary: shaped.map((v): Body => ({ kind: 'json', value: v })) },
    { weight: 2, arbitrary: value.map((v): Body => ({ kind: 'json', value: v })) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom('{"username":', '{', '[1,', 'không phải JSON', '{"a":1}', ''),
          fc.constantFrom('application/json', 'text/plain', 'application/xml', 'application/x-www-form-urlencoded'),
        )
        .map(([payload, contentType]): Body => ({ kind: 'raw', payload, contentType })),
    },
    { weight: 1, arbitrary: fc.constant<Body>({ kind: 'none' }) },
  );
}

/** encodeURIComponent, but a lone surrogate becomes its (invalid) three UTF-8-style bytes instead of throwing. */
function encodePathParam(value: string): string {
  return [...value]
    .map((char) => {
      const code = char.charCodeAt(0);
      if (char.length === 1 && code >= 0xd800 && code <= 0xdfff) {
        return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
          .map((byte) => `%${byte.toString(16).toUpperCase()}`)
          .join('');
      }
      return encodeURIComponent(char);
    })
    .join('');
}

function requestFor(operation: Operation): fc.Arbitrary<InjectOptions> {
  return fc
    .tuple(
      fc.tuple(...operation.pathParams.map(() => pathParam())),
      queryString(operation.queryParams),
      operation.method === 'GET' ? fc.constant<Body>({ kind: 'none' }) : body(operation.bodyFields),
    )
    .map(([params, query, requestBody]) => {
      let url = operation.path;
      operation.pathParams.forEach((name, i) => {
        url = url.replace(`{${name}}`, encodePathParam(params[i] ?? ''));
      });
      const options: InjectOptions = {
        method: operation.method as InjectOptions['method'],
        url: `${url}${query}`,
        headers: authHeaders(admin),
      };
      if (requestBody.kind === 'json')
        options.payload = JSON.stringify(requestBody.value === undefined ? null : requestBody.value);
      if (requestBody.kind === 'json') options.headers = { ...options.headers, 'content-type': 'application/json' };
      if (requestBody.kind === 'raw') {
        options.payload = requestBody.payload;
        options.headers = { ...options.headers, 'content-type': requestBody.contentType };
      }
      return options;
    });
}

beforeAll(async () => {
  harness = await startTestApp({ loginRateLimit: 100_000 });
  ({ app } = harness);
  fixtures = harness.agencies;
  const user = await harness.createUser({ agencyId: fixtures.provinceAgency.id, role: 'admin' });
  adminId = user.id;
  admin = await harness.login(user.username, user.password);
  operations = collectOperations();
});

afterAll(async () => {
  await harness?.close();
});

describe('API fuzz', () => {
  it('the OpenAPI document lists every route fastify serves under /api', () => {
    const documented = new Set(operations.map((op) => `${op.method} ${op.path}`));
    expect([...servedRoutes()].sort()).toEqual([...documented].sort());
    // Guard against an empty document making every property below vacuous.
    for (const required of [
      'POST /api/auth/login',
      'GET /api/users',
      'PATCH /api/users/{id}',
      'GET /api/audit',
      'GET /api/admin-units/{id}',
      'POST /api/agencies',
    ]) {
      expect(documented).toContain(required);
    }
  });

  it('answers malformed URLs and over-long path parameters in JSON and Vietnamese', async () => {
    for (const url of [
      '/api/users/%E0%A4%A',
      `/api/agencies/${'9'.repeat(150)}`,
      `/api/admin-units/${'x'.repeat(1000)}?asOf=2025-07-01`,
      '/api/users/%',
    ]) {
      const response = await app.inject({ method: 'GET', url, headers: authHeaders(admin) });
      expect(response.statusCode, url).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, url).toBeLessThan(500);
      expect((response.json() as { error: { message: string } }).error.message, url).toMatch(vietnameseLetter);
    }
  });

  it('never answers 5xx, and every 4xx is a JSON error in Vietnamese', async () => {
    expect(operations.length).toBeGreaterThan(10);
    const seenStatuses = new Map<string, Set<number>>();
    for (const operation of operations) {
      const key = `${operation.method} ${operation.path}`;
      const statuses = new Set<number>();
      seenStatuses.set(key, statuses);
      await fc.assert(
        fc.asyncProperty(requestFor(operation), async (options) => {
          // Logging out would end the admin's session for the rest of the run: use a fresh one.
          const isLogout = operation.path === '/api/auth/logout';
          const session = isLogout ? await harness.loginNew({ agencyId: fixtures.provinceAgency.id }) : admin;
          const response = await app.inject({ ...options, headers: { ...options.headers, ...authHeaders(session) } });
          statuses.add(response.statusCode);
          const where = `${options.method} ${options.url} → ${response.statusCode} ${response.body.slice(0, 300)}`;
          expect(response.statusCode, where).toBeLessThan(500);
          if (response.statusCode >= 400) {
            expect(response.headers['content-type'], where).toMatch(/^application\/json/);
            const error = (response.json() as { error?: { code?: unknown; message?: unknown } }).error;
            expect(typeof error?.code, where).toBe('string');
            expect(String(error?.message), where).toMatch(vietnameseLetter);
          }
        }),
        { numRuns: runsPerOperation, endOnFailure: true },
      );
    }
    // The admin session survived the whole run (nothing above logged it out or locked it).
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: authHeaders(admin) });
    expect(me.statusCode).toBe(200);
    // Most operations must have been driven past validation at least sometimes, or
    // the generators are too weak to mean anything.
    const reachedHandler = [...seenStatuses.values()].filter((statuses) =>
      [...statuses].some((status) => status !== 400),
    ).length;
    expect(reachedHandler).toBeGreaterThan(operations.length / 2);
  }, 240_000);
});
