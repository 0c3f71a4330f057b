import type { Kysely } from 'kysely';
import type { Engine } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import type { AdminUnitIndexCache } from './admin-units/admin-unit-index-cache.ts';
import type { SessionCache } from './auth/session-cache.ts';
import type { StorageHealth } from './health/storage-health.ts';

/** What every feature's routes and services are given. */
export interface AppContext {
  db: Kysely<Database>;
  engine: Engine;
  version: string;
  now: () => Date;
  /** In-memory index of all admin units (with history), reloaded after changes. */
  adminUnits: AdminUnitIndexCache;
  /** Sessions read in the last seconds; emptied by every change that could end or alter one. */
  sessions: SessionCache;
  /** Set the Secure flag on cookies (on when served over HTTPS). */
  secureCookies: boolean;
  /** Login attempts allowed per minute per client and username. */
  loginRateLimit: number;
  /** Free space of the data folder and recent disk-full errors, for /api/health. */
  storage: StorageHealth;
}
