import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ApiError,
  api,
  buildUrl,
  readDispositionFileName,
  request,
  requestFile,
  setCsrfToken,
  setUnauthenticatedHandler,
} from './http.ts';

function answer(status: number, body?: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
  setUnauthenticatedHandler(null);
});

describe('buildUrl', () => {
  it('drops empty parameters and encodes Vietnamese text', () => {
    expect(
      buildUrl('/api/admin-units', { q: 'tháp mười', asOf: '2025-06-30', level: '', parentId: undefined, limit: 50 }),
    ).toBe('/api/admin-units?q=th%C3%A1p+m%C6%B0%E1%BB%9Di&asOf=2025-06-30&limit=50');
    expect(buildUrl('/api/users')).toBe('/api/users');
  });
});

describe('request', () => {
  it('sends the CSRF token on state-changing requests only, with same-origin cookies', async () => {
    const fetchMock = vi.fn(async () => answer(200, { ok: true }));
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('token-123');
    await api.get('/api/users');
    await api.patch('/api/users/u1', { role: 'viewer' });
    const [, getInit] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    const [, patchInit] = fetchMock.mock.calls[1] as unknown as [string, RequestInit];
    expect(getInit.credentials).toBe('same-origin');
    expect((getInit.headers as Record<string, string>)['x-csrf-token']).toBeUndefined();
    expect((patchInit.headers as Record<string, string>)['x-csrf-token']).toBe('token-123');
    expect(patchInit.body).toBe('{"role":"viewer"}');
  });

  it('turns a JSON error into an ApiError with the server message and field', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        answer(400, { error: { code: 'bad_request', message: 'Tên đăng nhập đã có.', field: 'username' } }),
      ),
    );
    const failure = await request('POST', '/api/users', { body: {} }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({
      status: 400,
      code: 'bad_request',
      message: 'Tên đăng nhập đã có.',
      field: 'username',
    });
  });

  it('calls the 401 handler except for auth probes', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => answer(401, { error: { code: 'unauthenticated', message: 'Bạn cần đăng nhập để tiếp tục.' } })),
    );
    const handler = vi.fn();
    setUnauthenticatedHandler(handler);
    await expect(api.get('/api/users')).rejects.toMatchObject({ status: 401 });
    expect(handler).toHaveBeenCalledTimes(1);
    await expect(request('GET', '/api/auth/me', { allowUnauthenticated: true })).rejects.toMatchObject({ status: 401 });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('reports a network failure and a non-JSON error page distinctly', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    await expect(api.get('/api/users')).rejects.toMatchObject({ status: 0, code: 'network' });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<html>Bad gateway</html>', { status: 502 })),
    );
    await expect(api.get('/api/users')).rejects.toMatchObject({ status: 502, code: 'http_error' });
  });

  it('sends a file upload as multipart form data with the CSRF token and no JSON content type', async () => {
    const fetchMock = vi.fn(async () => answer(201, { draft: { id: 'd1' }, duplicateOf: null }));
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('token-123');
    const form = new FormData();
    form.append('file', new Blob(['Số: 60/KH-UBND']), 'ke-hoach.txt');
    await request('POST', '/api/plan-drafts', { body: form });
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    const headers = init.headers as Record<string, string>;
    expect(init.body).toBe(form);
    expect(headers['content-type']).toBeUndefined();
    expect(headers['x-csrf-token']).toBe('token-123');
  });

  it('returns undefined for 204 No Content', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(null, { status: 204 })),
    );
    await expect(request('POST', '/api/auth/logout', { body: {} })).resolves.toBeUndefined();
  });
});

describe('readDispositionFileName', () => {
  it('prefers the UTF-8 name, falls back to the ASCII one, and gives null without either', () => {
    const header = `attachment; filename="mau-so-lieu-2026.xlsx"; filename*=UTF-8''${encodeURIComponent('mẫu số liệu 2026.xlsx')}`;
    expect(readDispositionFileName(header)).toBe('mẫu số liệu 2026.xlsx');
    expect(readDispositionFileName('attachment; filename="so-lieu.csv"')).toBe('so-lieu.csv');
    expect(readDispositionFileName('attachment; filename=so-lieu.csv')).toBe('so-lieu.csv');
    // A broken escape in filename* is not thrown at the reader: the plain name still serves.
    expect(readDispositionFileName(`attachment; filename="a.xlsx"; filename*=UTF-8''%E0%A4%A`)).toBe('a.xlsx');
    expect(readDispositionFileName('attachment')).toBeNull();
    expect(readDispositionFileName(null)).toBeNull();
  });
});

describe('requestFile', () => {
  it('returns the bytes and the server’s file name, with same-origin cookies', async () => {
    const fetchMock = vi.fn(
      async () =>
        new Response(new Uint8Array([80, 75, 3, 4]), {
          status: 200,
          headers: { 'content-disposition': `attachment; filename="x.xlsx"; filename*=UTF-8''m%E1%BA%ABu.xlsx` },
        }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const file = await requestFile('/api/plans/p1/value-template', { query: { period: '2026' } });
    expect(file.fileName).toBe('mẫu.xlsx');
    expect(new Uint8Array(await file.blob.arrayBuffer())).toEqual(new Uint8Array([80, 75, 3, 4]));
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/plans/p1/value-template?period=2026');
    expect(init.credentials).toBe('same-origin');
  });

  it('turns a refusal into an ApiError with the server’s message', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        answer(400, { error: { code: 'no_linked_targets', message: 'Kế hoạch chưa có chỉ tiêu nào.' } }),
      ),
    );
    await expect(requestFile('/api/plans/p1/value-template')).rejects.toMatchObject({
      status: 400,
      message: 'Kế hoạch chưa có chỉ tiêu nào.',
    });
  });
});
