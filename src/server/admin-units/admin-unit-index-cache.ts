import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { AdminUnitIndex } from '../../domain/admin-units/admin-unit-index.ts';

/** Loads the admin-unit index from the database once and keeps it in memory. */
export interface AdminUnitIndexCache {
  get(): Promise<AdminUnitIndex>;
  /** Call after any change to admin units or successions. */
  invalidate(): void;
}

// Implementation is being written by the admin-units feature.
export function createAdminUnitIndexCache(_db: Kysely<Database>): AdminUnitIndexCache {
  return {
    get: () => Promise.reject(new Error('admin-unit index not available yet')),
    invalidate() {},
  };
}
