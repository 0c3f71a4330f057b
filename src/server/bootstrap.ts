import type { DatabaseHandle } from '../db/database.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { appVersion, type RuntimeConfig } from '../config.ts';
import { createAdminUnitIndexCache } from './admin-units/admin-unit-index-cache.ts';
import { createSessionCache } from './auth/session-cache.ts';
import { ensureAdminUnits } from './admin-units/load-admin-units.ts';
import { ensureSeedAgencies } from './agencies/load-seed-agencies.ts';
import type { AppContext } from './context.ts';
import { createStorageHealth } from './health/storage-health.ts';

export interface OpenedApplication {
  handle: DatabaseHandle;
  ctx: AppContext;
  close(): Promise<void>;
}

/**
 * Opens the database, applies pending migrations and makes sure the reference data
 * (admin units with history, the agencies of the seed localities) is present.
 */
export async function openApplication(
  config: Pick<RuntimeConfig, 'dataDir' | 'databaseUrl' | 'secureCookies' | 'loginRateLimit'>,
): Promise<OpenedApplication> {
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await prepareDatabase(handle);
  } catch (error) {
    await handle.close();
    throw error;
  }
  // Free space is measured where PGlite keeps its files; PostgreSQL's disk is not ours to see.
  const ctx = createAppContext(handle, { ...config, dataDir: config.databaseUrl ? null : config.dataDir });
  return { handle, ctx, close: () => handle.close() };
}

export async function prepareDatabase(handle: DatabaseHandle): Promise<void> {
  await migrateToLatest(handle.db);
  await ensureAdminUnits(handle.db);
  await ensureSeedAgencies(handle.db);
}

export function createAppContext(
  handle: DatabaseHandle,
  config: Partial<Pick<RuntimeConfig, 'secureCookies' | 'loginRateLimit'>> & { dataDir?: string | null } = {},
): AppContext {
  return {
    db: handle.db,
    engine: handle.engine,
    version: appVersion,
    now: () => new Date(),
    adminUnits: createAdminUnitIndexCache(handle.db),
    sessions: createSessionCache(),
    secureCookies: config.secureCookies ?? false,
    loginRateLimit: config.loginRateLimit ?? 10,
    storage: createStorageHealth({ dataDir: config.dataDir ?? null }),
  };
}
