import type { FastifyInstance, FastifyRequest } from 'fastify';
import { rejectUnstorableText } from '../access/input-guard.ts';
import type { AppContext } from '../context.ts';
import { AppError, unauthenticated } from '../errors.ts';
import type { SessionRecord } from './session-repository.ts';
import { resolveSession, toActor } from './service.ts';
import { csrfHeaderName, sessionCookieName, tokensEqual } from './tokens.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The route answers without a session (login, health). Every other /api route
     * refuses an anonymous request with 401 before its input is validated.
     */
    public?: boolean;
  }
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** OpenAPI: the session cookie, and for writes the CSRF header too. */
export const readSecurity = [{ session: [] }];
export const writeSecurity = [{ session: [], csrf: [] }];
/** Logging in is the one state-changing call made before a CSRF token exists. */
const csrfExemptPaths = new Set(['/api/auth/login']);

export const csrfMessage = 'Thiếu hoặc sai mã chống giả mạo yêu cầu (CSRF). Hãy tải lại trang.';

// The full session record stays private to the auth feature; other features read
// request.actor only.
const sessions = new WeakMap<FastifyRequest, { token: string; record: SessionRecord }>();

export function sessionOf(request: FastifyRequest): { token: string; record: SessionRecord } | null {
  return sessions.get(request) ?? null;
}

export function sessionTokenOf(request: FastifyRequest): string | null {
  const token = request.cookies[sessionCookieName];
  return typeof token === 'string' && token.length > 0 && token.length <= 200 ? token : null;
}

/**
 * Resolves the session cookie into request.actor and enforces CSRF on unsafe methods;
 * also screens every API input for characters the database cannot store.
 */
export async function registerSessionHooks(api: FastifyInstance, ctx: AppContext): Promise<void> {
  // Every non-public route documents its security, so the OpenAPI document cannot forget one.
  api.addHook('onRoute', (route) => {
    if (route.config?.public) return;
    route.schema ??= {};
    const schema = route.schema as { security?: unknown };
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    schema.security ??= methods.every((method) => method === 'GET' || method === 'HEAD') ? readSecurity : writeSecurity;
  });
  api.addHook('preValidation', async (request) => rejectUnstorableText(request));

  api.addHook('onRequest', async (request) => {
    request.actor = null;
    const token = sessionTokenOf(request);
    const record = token ? await resolveSession(ctx, token) : null;
    if (token && record) {
      sessions.set(request, { token, record });
      // The scope is computed once here; policies and repositories read actor.scope.
      request.actor = toActor(record, await ctx.adminUnits.get());
    }
    // Authentication before validation: an anonymous caller learns nothing about a
    // route's input rules. Unknown paths (no route url) fall through to the 404.
    if (!record && request.routeOptions.url !== undefined && !request.routeOptions.config.public)
      throw unauthenticated();

    if (!unsafeMethods.has(request.method)) return;
    const path = request.url.split('?')[0] ?? '';
    if (csrfExemptPaths.has(path)) return;
    // Without a session there is nothing to forge (public routes only, see above).
    if (!record) return;
    const header = request.headers[csrfHeaderName];
    const given = typeof header === 'string' ? header : undefined;
    if (!tokensEqual(record.csrfToken, given)) throw new AppError(403, 'csrf', csrfMessage);
  });
}
