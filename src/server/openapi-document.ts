// The OpenAPI document of the API without a database: the routes are registered on a context
// whose storage throws when touched (registration never touches it), and `app.swagger()` is
// read. `npm run api:types` turns it into the web's types (scripts/api-types.ts).
import { appVersion } from '../config.ts';
import { buildApp } from './app.ts';
import type { AppContext } from './context.ts';

/** The parts of the OpenAPI 3 document that are read here (@fastify/swagger types every version). */
export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, unknown>>;
  components?: { schemas?: Record<string, unknown>; [part: string]: unknown };
  [field: string]: unknown;
}

/** Stands for a part of the context that needs the database: any use of it throws. */
function unavailable<T extends object>(name: string): T {
  return new Proxy({} as T, {
    get(_target, property) {
      // Not a promise: awaiting it must not look up `then`.
      if (property === 'then') return undefined;
      throw new Error(`ctx.${name}.${String(property)} is not available while describing the API`);
    },
  });
}

export function createOfflineContext(): AppContext {
  return {
    db: unavailable('db'),
    engine: 'pglite',
    version: appVersion,
    now: () => new Date(),
    adminUnits: unavailable('adminUnits'),
    sessions: unavailable('sessions'),
    secureCookies: false,
    loginRateLimit: 10,
    storage: unavailable('storage'),
  };
}

/** The document served at /api/docs/json, built without opening a database. */
export async function buildOpenApiDocument(): Promise<OpenApiDocument> {
  const app = await buildApp({ ctx: createOfflineContext() });
  try {
    // A copy: the caller may sort or edit it without touching the app's own.
    return structuredClone(app.swagger()) as OpenApiDocument;
  } finally {
    await app.close();
  }
}
