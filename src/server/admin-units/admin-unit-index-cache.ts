import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { AdminUnitIndex } from '../../domain/admin-units/admin-unit-index.ts';
import { selectAllSuccessions, selectAllUnits } from './repository.ts';
import { syncAdminUnitScopes } from './unit-scopes.ts';

/**
 * Loads the admin-unit index from the database once and keeps it in memory. Each load also
 * brings admin_unit_scopes up to date, so a scope join never runs against a stale table.
 */
export interface AdminUnitIndexCache {
  get(): Promise<AdminUnitIndex>;
  /** Call after any change to admin units or successions. */
  invalidate(): void;
}

export function createAdminUnitIndexCache(db: Kysely<Database>): AdminUnitIndexCache {
  let pending: Promise<AdminUnitIndex> | null = null;
  return {
    get() {
      // Concurrent first requests share one load; a failed load is not cached.
      if (!pending) {
        const loading = Promise.all([selectAllUnits(db), selectAllSuccessions(db)]).then(async ([units, links]) => {
          const index = new AdminUnitIndex(units, links);
          await syncAdminUnitScopes(db, index);
          return index;
        });
        pending = loading;
        loading.catch(() => {
          if (pending === loading) pending = null;
        });
      }
      return pending;
    },
    invalidate() {
      pending = null;
    },
  };
}
