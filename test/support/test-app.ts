// The one set-up of the db and API tests: a fresh database (test-database.ts: PGlite in memory,
// or PostgreSQL when TEST_DATABASE_URL is set), the fixture data (unit-map.ts), the app on it,
// and logins through the real endpoint (factories/users.ts).
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.ts';
import { ensureSeedAgencies } from '../../src/server/agencies/load-seed-agencies.ts';
import { type BuildAppOptions, buildApp } from '../../src/server/app.ts';
import { createAppContext, prepareDatabase } from '../../src/server/bootstrap.ts';
import type { AppContext } from '../../src/server/context.ts';
import {
  authHeaders,
  type CreatedUser,
  type CreateUserOptions,
  createUser,
  factoryPassword,
  type LoggedIn,
  loginAs,
} from '../factories/users.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';
import { insertMapAgencies, insertUnitMap, type MapAgencies, mapAgencies } from './unit-map.ts';

export interface TestAppOptions {
  /**
   * What the database holds besides the schema: 'none'; 'map' (default), the unit map with its
   * successions and the map's agencies; 'map+seed', also the seed agencies (what uploaded seed
   * plans resolve against); 'reference', the real reference data `npm start` loads (every admin
   * unit with its history and the seed agencies) instead of the map.
   */
  data?: 'none' | 'map' | 'map+seed' | 'reference';
  /** Login attempts per minute per client and username; default 1000 (tests log in a lot). */
  loginRateLimit?: number;
  /** The app's clock; default the real one. */
  now?: () => Date;
  /** Users to create before the app starts, by name; see `users` on the result. */
  users?: Record<string, CreateUserOptions>;
  /** Users to create and log in as, by name; see `sessions` on the result. */
  logins?: Record<string, CreateUserOptions>;
  /** The database server; default TEST_DATABASE_URL, null forces PGlite (benchmarks choose). */
  serverUrl?: string | null;
  /** Other buildApp options (webRoot, logger, trustProxy). */
  app?: Omit<BuildAppOptions, 'ctx'>;
}

export interface TestApp<U extends string = string, L extends string = string> {
  db: TestDatabase;
  ctx: AppContext;
  app: FastifyInstance;
  /** The map's agencies (present when data is 'map' or 'map+seed'). */
  agencies: Readonly<MapAgencies>;
  /** The users asked for in `options.users` (and those of `options.logins`). */
  users: Record<U | L, CreatedUser>;
  /** Sessions of the users asked for in `options.logins`. */
  sessions: Record<L, LoggedIn>;
  /** Inserts a user (factories/users.ts createUser). */
  createUser(options: CreateUserOptions): Promise<CreatedUser>;
  /** Logs in through the real endpoint (on `app` unless another is given). */
  login(username: string, password?: string, app?: FastifyInstance): Promise<LoggedIn>;
  /** Creates a user and logs in as them. */
  loginNew(options: CreateUserOptions, app?: FastifyInstance): Promise<LoggedIn>;
  /**
   * A context of its own on the same database (no session or unit index cached yet), with the
   * same options; on `db` instead when given (e.g. a Kysely wrapped in a plugin).
   */
  freshContext(db?: Kysely<Database>): AppContext;
  /** Another app on the same database (closed by close()), on `ctx` unless another is given. */
  buildApp(options?: Partial<BuildAppOptions>): Promise<FastifyInstance>;
  /** Closes every app and disposes of the database. */
  close(): Promise<void>;
}

export { authHeaders, factoryPassword, type LoggedIn };

export async function startTestApp<U extends string = never, L extends string = never>(
  options: TestAppOptions & { users?: Record<U, CreateUserOptions>; logins?: Record<L, CreateUserOptions> } = {},
): Promise<TestApp<U, L>> {
  const db = await createTestDatabase(options.serverUrl === undefined ? undefined : options.serverUrl);
  const apps: FastifyInstance[] = [];
  const close = async () => {
    for (const app of apps.splice(0).reverse()) await app.close();
    await db.dispose();
  };
  try {
    const data = options.data ?? 'map';
    if (data === 'reference') await prepareDatabase(db);
    else if (data !== 'none') {
      await insertUnitMap(db.db);
      await insertMapAgencies(db.db);
    }
    if (data === 'map+seed') await ensureSeedAgencies(db.db);
    const freshContext = (on: Kysely<Database> = db.db): AppContext => {
      const fresh = createAppContext({ ...db, db: on }, { loginRateLimit: options.loginRateLimit ?? 1000 });
      return options.now ? { ...fresh, now: options.now } : fresh;
    };
    const ctx = freshContext();
    const build = async (overrides: Partial<BuildAppOptions> = {}) => {
      const app = await buildApp({ ...options.app, ctx, ...overrides });
      apps.push(app);
      return app;
    };
    const app = await build();
    const login = (username: string, password: string = factoryPassword, on: FastifyInstance = app) =>
      loginAs(on, username, password);
    const users = {} as Record<U | L, CreatedUser>;
    for (const [name, user] of Object.entries<CreateUserOptions>(options.users ?? {}))
      users[name as U] = await createUser(db.db, user);
    const sessions = {} as Record<L, LoggedIn>;
    for (const [name, user] of Object.entries<CreateUserOptions>(options.logins ?? {})) {
      const created = await createUser(db.db, user);
      users[name as L] = created;
      sessions[name as L] = await login(created.username, created.password);
    }
    return {
      db,
      ctx,
      app,
      agencies: mapAgencies,
      users,
      sessions,
      createUser: (user) => createUser(db.db, user),
      login,
      loginNew: async (user, on = app) => {
        const created = await createUser(db.db, user);
        return login(created.username, created.password, on);
      },
      freshContext,
      buildApp: build,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
