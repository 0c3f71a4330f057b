import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import lockfile from 'proper-lockfile';
import { configurePgTypes } from './pg-types.ts';
import { PgliteWorkerDialect } from './pglite-dialect.ts';
import type { Database } from './schema.ts';

export type Engine = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  engine: Engine;
  close(): Promise<void>;
  /** PGlite only: the whole database as a tarball, loadable with loadDataDir. */
  dump?: () => Promise<Uint8Array>;
}

export interface OpenDatabaseOptions {
  /** PostgreSQL connection string; when absent the embedded PGlite is used. */
  databaseUrl?: string | undefined;
  /** PGlite data directory; null keeps the database in memory (tests). */
  dataDir?: string | null;
  /** PGlite only: start from a file written by DatabaseHandle.dump(). */
  loadDataDir?: string | undefined;
}

export class DataDirectoryLockedError extends Error {
  constructor(dataDir: string) {
    super(`Thư mục dữ liệu ${dataDir} đang được một tiến trình Nhân Lực khác sử dụng. Hãy dừng tiến trình đó trước.`);
  }
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    configurePgTypes();
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    await sql`select 1`.execute(db);
    return { db, engine: 'postgres', close: () => db.destroy() };
  }

  const dataDir = options.dataDir === undefined ? null : options.dataDir;
  let unlock: (() => Promise<void>) | null = null;
  if (dataDir) {
    const absolute = path.resolve(dataDir);
    mkdirSync(absolute, { recursive: true });
    // Two processes opening one PGlite directory corrupt it silently: hold a lock.
    try {
      unlock = await lockfile.lock(absolute, { lockfilePath: path.join(absolute, '.nhanluc.lock'), stale: 15_000 });
    } catch {
      throw new DataDirectoryLockedError(absolute);
    }
  }
  const dialect = new PgliteWorkerDialect({ dataDir: dataDir ? path.resolve(dataDir) : null, loadDataDir: options.loadDataDir });
  const db = new Kysely<Database>({ dialect });
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    await unlock?.();
    throw error;
  }
  return {
    db,
    engine: 'pglite',
    dump: () => dialect.dump(),
    async close() {
      await db.destroy();
      await unlock?.();
    },
  };
}
