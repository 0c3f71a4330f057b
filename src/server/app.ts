import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import Fastify, { LogController, type FastifyError, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from './context.ts';
import { createErrorHandler, createNotFoundHandler, createRouteIndex, describeClientError } from './error-handler.ts';
import { registerFeatures } from './features.ts';
import { commonSecurityHeaders, registerSecurityHeaders } from './security-headers.ts';

z.config(z.locales.vi());

export interface BuildAppOptions {
  ctx: AppContext;
  /** Folder with the built web UI; served at / when present. */
  webRoot?: string | undefined;
  /**
   * pino options (Fastify's logger): `serve` logs at LOG_LEVEL; tests keep it off (false)
   * or pass a stream to read what was logged.
   */
  logger?: boolean | { level: string; stream?: { write(line: string): void } };
  /**
   * Which proxies may set X-Forwarded-For (Fastify's trustProxy): false (default, the
   * socket address is the client), true, a hop count, or addresses/CIDRs.
   */
  trustProxy?: FastifyServerOptions['trustProxy'] | number;
}

/**
 * Short random ids: unique enough to find one request in the log, short enough to read out.
 * From randomUUID, which draws its randomness in batches (randomBytes asked the kernel on
 * every request: 1.6% of the server's time under load).
 */
function generateRequestId(): string {
  const uuid = randomUUID();
  return uuid.slice(0, 8) + uuid.slice(9, 13);
}

export async function buildApp({
  ctx,
  webRoot,
  logger = false,
  trustProxy = false,
}: BuildAppOptions): Promise<FastifyInstance> {
  const handleError = createErrorHandler({ onDiskFull: () => ctx.storage.recordDiskFull() });
  const app = Fastify({
    logger: logger === true ? { level: 'info' } : logger,
    // Each 5xx is logged by the error handler; a line per request would drown it.
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: generateRequestId,
    bodyLimit: 1_048_576,
    // A hop count trusts that many proxies nearest to us (Fastify's types lack the number form).
    trustProxy: typeof trustProxy === 'number' ? (_address: string, hop: number) => hop < trustProxy : trustProxy,
    // Errors raised before routing (e.g. a path parameter over 100 characters) would
    // otherwise bypass our JSON error format.
    frameworkErrors: (error, request, reply) => handleError(error as FastifyError, request, reply),
    // Node's HTTP parser refuses some requests (headers over 16 KB → 431) before Fastify
    // routes them; answer those in the same JSON shape, in Vietnamese.
    clientErrorHandler: (error, socket) => {
      const code = (error as { code?: string }).code;
      if (code === 'ECONNRESET' || socket.destroyed) return;
      const { status, body } = describeClientError(code);
      const text = JSON.stringify(body);
      if (socket.writable) {
        const headers = Object.entries(commonSecurityHeaders)
          .map(([name, value]) => `${name}: ${value}\r\n`)
          .join('');
        socket.write(
          `HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : status === 408 ? 'Request Timeout' : 'Bad Request'}\r\n` +
            `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(text)}\r\n${headers}Connection: close\r\n\r\n${text}`,
        );
      }
      socket.destroy(error);
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  const routes = createRouteIndex();
  // Catch-all routes (the UI's client-side paths) would make every unknown path a 405.
  app.addHook('onRoute', (route) => {
    if (!route.url.includes('*')) routes.add(route.url, route.method);
  });
  const handleNotFound = createNotFoundHandler(routes);
  app.setNotFoundHandler(handleNotFound);
  app.decorateRequest('actor', null);
  // The id under which a fault is logged, visible to whoever saw the answer.
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  registerSecurityHeaders(app, { https: ctx.secureCookies });

  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Nhân Lực API', version: ctx.version, description: 'API của hệ thống Nhân Lực' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'nhanluc_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: jsonSchemaTransform,
    // Schemas registered with .meta({ id }) (the recursive target tree) become components.
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  await app.register(async (api) => registerFeatures(api, ctx), { prefix: '/api' });

  if (webRoot && existsSync(path.join(webRoot, 'index.html'))) {
    await app.register(fastifyStatic, { root: path.resolve(webRoot), wildcard: false });
    // The UI routes client-side: unknown non-API paths get index.html.
    app.get('/*', (request, reply) => {
      if (request.url.startsWith('/api/')) return handleNotFound(request, reply);
      return reply.sendFile('index.html');
    });
  }

  await app.ready();
  return app;
}
