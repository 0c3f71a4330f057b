import { afterEach, describe, expect, it, vi } from 'vitest';
import { authApi, call, planDraftsApi, plansApi } from './endpoints.ts';
import { setCsrfToken } from './http.ts';

function answer(status: number, body?: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

function stubFetch(response: () => Response) {
  const fetchMock = vi.fn(async (_url: string, _init: RequestInit) => response());
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('call', () => {
  it('fills the {id} parts of the path, encoded, and sends the query', async () => {
    const fetchMock = stubFetch(() => answer(200, { unit: {} }));
    await call('get', '/api/admin-units/{id}', { params: { id: 'op-a/b c' }, query: { asOf: '2025-06-30' } });
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/admin-units/op-a%2Fb%20c?asOf=2025-06-30');
    expect(fetchMock.mock.calls[0]?.[1].method).toBe('GET');
  });

  it('sends {} on a POST that takes no body, with the CSRF header', async () => {
    const fetchMock = stubFetch(() => answer(204));
    setCsrfToken('token-1');
    await expect(authApi.logout()).resolves.toBeUndefined();
    const init = fetchMock.mock.calls[0]![1];
    expect(init.method).toBe('POST');
    expect(init.body).toBe('{}');
    expect((init.headers as Record<string, string>)['x-csrf-token']).toBe('token-1');
  });

  it('sends the typed body as JSON and no body on a DELETE', async () => {
    const fetchMock = stubFetch(() => answer(201, { planId: 'p1' }));
    await expect(planDraftsApi.confirm('d1', { allowDuplicate: true, version: 3 })).resolves.toEqual({ planId: 'p1' });
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/plan-drafts/d1/confirm');
    expect(fetchMock.mock.calls[0]?.[1].body).toBe('{"allowDuplicate":true,"version":3}');
    const deleteMock = stubFetch(() => answer(204));
    await planDraftsApi.discard('d 2');
    expect(deleteMock.mock.calls[0]?.[0]).toBe('/api/plan-drafts/d%202');
    expect(deleteMock.mock.calls[0]?.[1].body).toBeNull();
  });

  it('refuses at compile time what the API does not take', () => {
    // Only compiled (npm run typecheck), never sent.
    const never = () => {
      // @ts-expect-error: no such path
      void call('get', '/api/nothing');
      // @ts-expect-error: the path has no PUT
      void call('put', '/api/plans/{id}', { params: { id: 'p1' } });
      // @ts-expect-error: {id} is required
      void call('get', '/api/plans/{id}');
      // @ts-expect-error: the body's fields are the server's
      void call('post', '/api/auth/login', { body: { username: 'a' } });
      // @ts-expect-error: limit is a number
      void plansApi.list({ limit: 'ten' });
    };
    expect(typeof never).toBe('function');
    expect(plansApi.fileUrl('p/1')).toBe('/api/plans/p%2F1/file');
  });
});
