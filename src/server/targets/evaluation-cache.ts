// Evaluations remembered against the data generation (migration 20261203400100): a plan's
// targets or a dashboard overview, computed from live roll-ups, is reused while nothing it
// reads has changed — any write to values, plans, targets or overrides moves the number in
// the writer's transaction, so the next request computes afresh (no batch job, nothing
// stale). Concurrent requests for the same key share one computation. The cache is per
// database handle (one per app), bounded, oldest entry out first — decision 0026.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** Entries kept per database handle. */
export const EVALUATION_CACHE_SIZE = 500;

interface Entry {
  generation: number;
  /** The unit map the value was computed on (a reload of the map makes a new index). */
  map: object;
  value: Promise<unknown>;
}

const caches = new WeakMap<object, Map<string, Entry>>();

export async function readDataGeneration(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('data_generation').select('generation').where('id', '=', 1).executeTakeFirst();
  return Number(row?.generation ?? 0);
}

/**
 * The value for `key` computed at this generation on this map, or `compute()` now. A failed
 * computation is not kept.
 */
export function rememberEvaluation<T>(
  db: Kysely<Database>,
  key: string,
  version: { generation: number; map: object },
  compute: () => Promise<T>,
): Promise<T> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const found = cache.get(key);
  if (found && found.generation === version.generation && found.map === version.map) {
    // Most recently used last, so the oldest is dropped first.
    cache.delete(key);
    cache.set(key, found);
    return found.value as Promise<T>;
  }
  const value = compute();
  const entry: Entry = { ...version, value };
  if (cache.size >= EVALUATION_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, entry);
  value.catch(() => {
    if (cache.get(key) === entry) cache.delete(key);
  });
  return value;
}
