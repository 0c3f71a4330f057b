import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { requireActor } from '../access/policy.ts';
import { meSchema } from '../users/schemas.ts';
import { logIn, logOut, presentSessionUser } from './service.ts';
import { sessionOf, sessionTokenOf } from './session-hook.ts';
import { sessionCookieName } from './tokens.ts';
import { errorSchema } from '../error-schema.ts';


const loginBody = z.object({
  username: z
    .string({ error: 'Cần nhập tên đăng nhập.' })
    .trim()
    .min(1, { error: 'Cần nhập tên đăng nhập.' })
    .max(100, { error: 'Tên đăng nhập quá dài.' }),
  password: z
    .string({ error: 'Cần nhập mật khẩu.' })
    .min(1, { error: 'Cần nhập mật khẩu.' })
    .max(200, { error: 'Mật khẩu quá dài.' }),
});

const sessionResponse = z.object({ user: meSchema, csrfToken: z.string() });

/** Rate-limit bucket: one client trying one username, so one attacker cannot lock out everyone. */
function loginRateKey(request: FastifyRequest): string {
  const body = request.body as { username?: unknown } | undefined;
  const username = typeof body?.username === 'string' ? body.username.trim().toLowerCase().slice(0, 100) : '';
  return `${request.ip}|${username}`;
}

/** Per client, across usernames: spraying many usernames from one address is capped too. */
export const loginAttemptsPerClientFactor = 10;

export const authRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const limitClient = app.createRateLimit({
    max: ctx.loginRateLimit * loginAttemptsPerClientFactor,
    timeWindow: '1 minute',
    keyGenerator: (request) => `login-client|${request.ip}`,
  });
  const setSessionCookie = (reply: FastifyReply, token: string) =>
    reply.setCookie(sessionCookieName, token, {
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      secure: ctx.secureCookies,
    });

  app.post(
    '/auth/login',
    {
      config: {
        public: true,
        rateLimit: {
          max: ctx.loginRateLimit,
          timeWindow: '1 minute',
          // After body parsing, so that the key can include the username.
          hook: 'preHandler',
          keyGenerator: loginRateKey,
        },
      },
      schema: {
        tags: ['Đăng nhập'],
        summary: 'Đăng nhập bằng tên đăng nhập và mật khẩu',
        body: loginBody,
        response: { 200: sessionResponse, 401: errorSchema, 403: errorSchema, 429: errorSchema },
      },
    },
    async (request, reply) => {
      const client = await limitClient(request);
      if (!client.isAllowed && client.isExceeded) {
        throw new AppError(429, 'too_many_requests', 'Bạn thử quá nhiều lần. Vui lòng đợi một phút rồi thử lại.');
      }
      const result = await logIn(ctx, { ...request.body, ip: request.ip });
      setSessionCookie(reply, result.token);
      return { user: result.user, csrfToken: result.csrfToken };
    },
  );

  app.post(
    '/auth/logout',
    {
      // Without a session there is nothing to end; still 204 so the UI can always log out.
      config: { public: true },
      schema: {
        tags: ['Đăng nhập'],
        summary: 'Đăng xuất (xoá phiên làm việc)',
        security: [{ session: [], csrf: [] }],
        response: { 204: z.null().describe('Đã đăng xuất') },
      },
    },
    async (request, reply) => {
      const token = sessionTokenOf(request);
      if (token) await logOut(ctx, token, request.actor);
      reply.clearCookie(sessionCookieName, { path: '/', httpOnly: true, sameSite: 'lax', secure: ctx.secureCookies });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    {
      schema: {
        tags: ['Đăng nhập'],
        summary: 'Người dùng đang đăng nhập',
        security: [{ session: [] }],
        response: { 200: sessionResponse, 401: errorSchema },
      },
    },
    async (request) => {
      requireActor(request);
      const session = sessionOf(request);
      if (!session) throw new Error('actor without session');
      return { user: presentSessionUser(session.record), csrfToken: session.record.csrfToken };
    },
  );
};
