// Sessions recently read from the database, so that a burst of requests behind one cookie
// (a page loads several API calls; a screen polls) costs one session query, not one each.
// Every change that can end a session or alter what it carries (log-out, password change,
// a user's role, agency or active flag, an agency's name or unit) empties the cache in
// this process once it has committed; another process on the same PostgreSQL database
// sees such a change within `maxAgeMs`. See docs/decisions/0012-the-hot-read-path.md.
import type { SessionRecord } from './session-repository.ts';

export interface SessionCacheLimits {
  /** How long a cached session is trusted without asking the database again. */
  maxAgeMs: number;
  /** Sessions kept; the oldest goes first. */
  maxEntries: number;
}

export const sessionCacheLimits: SessionCacheLimits = Object.freeze({ maxAgeMs: 5_000, maxEntries: 10_000 });

export interface SessionCache {
  /** The record cached for this session id hash, if still fresh at `nowMs`. */
  get(idHash: string, nowMs: number): SessionRecord | null;
  /**
   * A token for a database read about to start: `put` drops what that read found when the
   * cache was emptied meanwhile (the read may predate the change that emptied it).
   */
  beginRead(): number;
  put(record: SessionRecord, readToken: number, nowMs: number): void;
  forget(idHash: string): void;
  /** After a committed change to users, agencies or sessions. */
  clear(): void;
}

export function createSessionCache(limits: SessionCacheLimits = sessionCacheLimits): SessionCache {
  const entries = new Map<string, { record: SessionRecord; storedAtMs: number }>();
  let generation = 0;
  return {
    get(idHash, nowMs) {
      const entry = entries.get(idHash);
      if (!entry) return null;
      if (nowMs - entry.storedAtMs >= limits.maxAgeMs || nowMs < entry.storedAtMs) {
        entries.delete(idHash);
        return null;
      }
      return entry.record;
    },
    beginRead: () => generation,
    put(record, readToken, nowMs) {
      if (readToken !== generation) return;
      entries.delete(record.idHash);
      if (entries.size >= limits.maxEntries) entries.delete(entries.keys().next().value as string);
      entries.set(record.idHash, { record, storedAtMs: nowMs });
    },
    forget(idHash) {
      generation++;
      entries.delete(idHash);
    },
    clear() {
      generation++;
      entries.clear();
    },
  };
}
