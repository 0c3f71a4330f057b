import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { createStatementUseCounter, enableAutoPrepare } from './auto-prepare.ts';
import { acquireDataFolderLock, describeLockError, type DataFolderLock } from './data-folder-lock.ts';
import { configurePgTypes } from './pg-types.ts';
import { findPgliteTemplate } from './pglite-template.ts';
import { PgliteWorkerDialect } from './pglite-dialect.ts';
import type { Database } from './schema.ts';

export type Engine = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  engine: Engine;
  close(): Promise<void>;
  /** PGlite only: the whole database as a tarball, loadable with loadDataDir. */
  dump?: () => Promise<Uint8Array>;
  /** PGlite only: several statements in one call, rows of the last (the job queue's schema). */
  runScript?: (sql: string) => Promise<Record<string, unknown>[]>;
  /** PostgreSQL only: the connection string, for clients with their own pool (the job queue). */
  databaseUrl?: string;
}

export interface OpenDatabaseOptions {
  /** PostgreSQL connection string; when absent the embedded PGlite is used. */
  databaseUrl?: string | undefined;
  /** PGlite data directory; null keeps the database in memory (tests). */
  dataDir?: string | null;
  /** PGlite only: start from a file written by DatabaseHandle.dump(). */
  loadDataDir?: string | undefined;
  /** PGlite only: told when a dead process's lock on the data folder is taken over. */
  onWarning?: (message: string) => void;
}

export { DataDirectoryLockedError, DataDirectoryNotWritableError } from './data-folder-lock.ts';

/**
 * A pool whose close really waits for every connection to be gone. pg's Pool.end() resolves
 * once its clients are *asked* to end, so a database dropped right after could still see
 * them; and an idle client that the server terminates (restart, pg_terminate_backend, DROP
 * DATABASE ... WITH (FORCE)) emits 'error' on the pool, which without a listener is an
 * uncaught exception that would take the whole server down.
 */
async function openPostgres(databaseUrl: string): Promise<DatabaseHandle> {
  configurePgTypes();
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  // The pool has already discarded the dead client; the next query opens a fresh one.
  pool.on('error', () => {});
  const closing = new Set<Promise<void>>();
  const statementUses = createStatementUseCounter();
  pool.on('connect', (client) => {
    enableAutoPrepare(client, statementUses);
    // Errors after the client left the pool (e.g. 57P01 while it is ending) have no one to report to.
    client.on('error', () => {});
    const ended = new Promise<void>((resolve) => client.once('end', () => resolve()));
    closing.add(ended);
    void ended.then(() => closing.delete(ended));
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  await sql`select 1`.execute(db);
  return {
    db,
    engine: 'postgres',
    databaseUrl,
    async close() {
      await db.destroy();
      await Promise.all(closing);
    },
  };
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);

  const dataDir = options.dataDir === undefined ? null : options.dataDir;
  let lock: DataFolderLock | null = null;
  let loadDataDir = options.loadDataDir;
  if (dataDir) {
    const absolute = path.resolve(dataDir);
    try {
      mkdirSync(absolute, { recursive: true });
    } catch (error) {
      throw describeLockError(error, absolute);
    }
    lock = acquireDataFolderLock(absolute, { onWarning: options.onWarning ?? ((line) => console.warn(line)) });
    // A new folder starts from a copy of an empty database made at install time: PGlite's
    // initdb peaks near 900 MiB, loading the copy near 400 MiB (BENCHMARKS.md).
    if (!loadDataDir && !existsSync(path.join(absolute, 'PG_VERSION'))) loadDataDir = findPgliteTemplate();
  }
  const dialect = new PgliteWorkerDialect({ dataDir: dataDir ? path.resolve(dataDir) : null, loadDataDir });
  const db = new Kysely<Database>({ dialect });
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    lock?.release();
    throw error;
  }
  return {
    db,
    engine: 'pglite',
    dump: () => dialect.dump(),
    runScript: (script) => dialect.runScript(script),
    async close() {
      await db.destroy();
      lock?.release();
    },
  };
}
