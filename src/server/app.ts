import { existsSync } from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from './context.ts';
import { handleError, handleNotFound } from './error-handler.ts';
import { registerFeatures } from './features.ts';

z.config(z.locales.vi());

export interface BuildAppOptions {
  ctx: AppContext;
  /** Folder with the built web UI; served at / when present. */
  webRoot?: string | undefined;
  logger?: boolean;
}

export async function buildApp({ ctx, webRoot, logger = false }: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger ? { level: 'info' } : false,
    bodyLimit: 1_048_576,
    trustProxy: false,
    // Errors raised before routing (e.g. a path parameter over 100 characters) would
    // otherwise bypass our JSON error format.
    frameworkErrors: (error, request, reply) => handleError(error as FastifyError, request, reply),
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.setNotFoundHandler(handleNotFound);
  app.decorateRequest('actor', null);

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
