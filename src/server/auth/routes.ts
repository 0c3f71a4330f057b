import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { requireActor } from '../access/policy.ts';
import { meSchema, passwordSchema } from '../users/schemas.ts';
import { maxPasswordLength } from './passwords.ts';
import { createLoginThrottle } from './login-throttle.ts';
import { changeOwnPassword, logIn, logOut, presentSessionUser } from './service.ts';
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

const passwordBody = z.object({
  currentPassword: z
    .string({ error: 'Cần nhập mật khẩu hiện tại.' })
    .min(1, { error: 'Cần nhập mật khẩu hiện tại.' })
    .max(maxPasswordLength, { error: 'Mật khẩu hiện tại quá dài.' }),
  newPassword: passwordSchema,
});

/** Failed logins are counted in windows of this length (see login-throttle.ts). */
export const loginWindowMs = 15 * 60 * 1000;
/** Per address, across usernames: a spray from one address is capped at this × the per-account limit. */
export const loginAttemptsPerClientFactor = 10;

export function tooManyAttempts(retryAfterSeconds: number): AppError {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return new AppError(
    429,
    'too_many_requests',
    `Bạn thử quá nhiều lần. Vui lòng đợi khoảng ${minutes} phút rồi thử lại.`,
  );
}

export const authRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const throttle = createLoginThrottle({
    perAccount: ctx.loginRateLimit,
    perAddress: ctx.loginRateLimit * loginAttemptsPerClientFactor,
    windowMs: loginWindowMs,
    now: ctx.now,
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
      config: { public: true },
      schema: {
        tags: ['Đăng nhập'],
        summary: 'Đăng nhập bằng tên đăng nhập và mật khẩu',
        body: loginBody,
        response: { 200: sessionResponse, 401: errorSchema, 403: errorSchema, 429: errorSchema },
      },
    },
    async (request, reply) => {
      // request.ip is the socket address, or X-Forwarded-For from a trusted proxy (TRUST_PROXY).
      const verdict = throttle.check(request.body.username, request.ip);
      if (!verdict.allowed) {
        reply.header('retry-after', String(verdict.retryAfterSeconds));
        throw tooManyAttempts(verdict.retryAfterSeconds);
      }
      let result: Awaited<ReturnType<typeof logIn>>;
      try {
        result = await logIn(ctx, { ...request.body, ip: request.ip });
      } catch (error) {
        if (error instanceof AppError && error.code === 'invalid_credentials')
          throttle.recordFailure(request.body.username, request.ip);
        throw error;
      }
      throttle.recordSuccess(request.body.username, request.ip);
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

  app.post(
    '/auth/password',
    {
      config: {
        // Someone holding a stolen session must not be able to guess the current password.
        rateLimit: {
          max: Math.max(5, ctx.loginRateLimit),
          timeWindow: '15 minutes',
          keyGenerator: (request) => `password|${request.actor?.userId ?? request.ip}`,
        },
      },
      schema: {
        tags: ['Đăng nhập'],
        summary: 'Đổi mật khẩu của chính mình (mọi vai trò); các phiên đăng nhập khác của bạn kết thúc',
        security: [{ session: [], csrf: [] }],
        body: passwordBody,
        response: {
          200: z.object({ endedSessions: z.number().int() }),
          400: errorSchema,
          401: errorSchema,
          403: errorSchema,
          429: errorSchema,
        },
      },
    },
    async (request) => changeOwnPassword(ctx, requireActor(request), request.body),
  );
};
