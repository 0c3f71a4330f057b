import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../../src/db/database.ts';
import { existsSync } from 'node:fs';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { pgliteTemplatePath } from './template-path.ts';

export interface TestDatabase extends DatabaseHandle {
  /** Closes the connection and drops the throw-away database. */
  dispose(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a
 * throw-away database on the PostgreSQL server named by TEST_DATABASE_URL (or `serverUrl`:
 * the benchmarks pick the engine themselves; null forces PGlite).
 */
export async function createTestDatabase(
  serverUrl: string | null = process.env.TEST_DATABASE_URL ?? null,
): Promise<TestDatabase> {
  if (!serverUrl) {
    const template = existsSync(pgliteTemplatePath) ? pgliteTemplatePath : undefined;
    const handle = await openDatabase({ dataDir: null, loadDataDir: template });
    // Also applies migrations written after the template was made.
    await migrateToLatest(handle.db);
    return { ...handle, dispose: () => handle.close() };
  }
  const name = `nhanluc_test_${Date.now()}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString() });
  await migrateToLatest(handle.db);
  return {
    ...handle,
    async dispose() {
      await handle.close();
      const cleaner = new pg.Client({ connectionString: serverUrl });
      await cleaner.connect();
      await cleaner.query(`drop database if exists ${name} with (force)`);
      await cleaner.end();
    },
  };
}
