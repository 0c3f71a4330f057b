// The one place that talks to the server: same-origin cookies, the CSRF header on
// state-changing requests, and JSON errors turned into ApiError. The typed calls are in
// endpoints.ts (call); `api` below is the untyped form, kept for the tests of this file.
import type { ApiErrorBody } from './types.ts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    /** A batch's per-cell problems (PUT /api/values), each naming its field. */
    readonly problems: readonly ApiProblem[] = [],
  ) {
    super(message);
  }
}

/** One cell's problem in a batch's 400 ({field, message, needsConfirmation}). */
export type ApiProblem = NonNullable<ApiErrorBody['error']['problems']>[number];

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when any request (other than the auth probes) answers 401: the session is gone. */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

export type Query = Record<string, string | number | boolean | null | undefined>;

export function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

interface RequestOptions {
  query?: Query;
  body?: unknown;
  /** Auth probes handle 401 themselves instead of redirecting. */
  allowUnauthenticated?: boolean;
  signal?: AbortSignal;
}

async function readError(response: Response): Promise<ApiError> {
  try {
    // A proxy may answer JSON of its own: every field is checked before use.
    const body = (await response.json()) as Partial<ApiErrorBody> | null;
    if (body?.error?.message) {
      const problems = Array.isArray(body.error.problems)
        ? body.error.problems.filter(
            (problem): problem is ApiProblem =>
              typeof problem?.field === 'string' && typeof problem.message === 'string',
          )
        : [];
      return new ApiError(response.status, body.error.code ?? 'error', body.error.message, body.error.field, problems);
    }
  } catch {
    // Not JSON (a proxy error page, for instance): fall through to a generic error.
  }
  return new ApiError(response.status, 'http_error', `HTTP ${response.status}`);
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const changesState = method !== 'GET' && method !== 'HEAD';
  // A FormData body (file upload) sets its own multipart content type with the boundary.
  const isForm = typeof FormData !== 'undefined' && options.body instanceof FormData;
  if (options.body !== undefined && !isForm) headers['content-type'] = 'application/json';
  if (changesState && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? null : isForm ? (options.body as FormData) : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network', '');
  }

  if (response.status === 401 && !options.allowUnauthenticated) onUnauthenticated?.();
  if (!response.ok) throw await readError(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** A downloaded file: its bytes and the name the server gave it (Content-Disposition). */
export interface DownloadedFile {
  blob: Blob;
  fileName: string | null;
}

/**
 * The file name of a Content-Disposition header: the UTF-8 `filename*` (Vietnamese names)
 * before the ASCII `filename` fallback; null when neither is there or the encoding is broken.
 */
export function readDispositionFileName(header: string | null): string | null {
  if (!header) return null;
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (encoded?.[1]) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {
      // A malformed escape: fall back to the plain name below.
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/i.exec(header);
  const name = (plain?.[1] ?? plain?.[2])?.trim();
  return name ? name : null;
}

/**
 * GETs a file as a blob rather than following a link, so that a refusal (a 400 naming why
 * there is no template) arrives as an ApiError the page can show instead of a JSON page.
 */
export async function requestFile(
  path: string,
  options: Pick<RequestOptions, 'query' | 'signal'> = {},
): Promise<DownloadedFile> {
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method: 'GET',
      credentials: 'same-origin',
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network', '');
  }
  if (response.status === 401) onUnauthenticated?.();
  if (!response.ok) throw await readError(response);
  return {
    blob: await response.blob(),
    fileName: readDispositionFileName(response.headers.get('content-disposition')),
  };
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body: body ?? {} }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  delete: <T = void>(path: string) => request<T>('DELETE', path),
};
