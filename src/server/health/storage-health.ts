// What /api/health knows about storage beyond "select 1": free space in the data folder
// (PGlite) and whether a write recently failed because the disk was full (either engine:
// PostgreSQL's own disk cannot be measured from here, but its 53100 errors can be seen).
import { statfs as statfsNode } from 'node:fs/promises';

export interface FreeSpace {
  /** Bytes available to this (unprivileged) process. */
  availableBytes: number;
}

export type StatfsFunction = (path: string) => Promise<FreeSpace>;

export interface StorageHealthOptions {
  /** Folder whose file system holds the database (null: in memory or a remote server). */
  dataDir: string | null;
  /** Below this many free bytes the storage counts as full. */
  minFreeBytes?: number;
  /** How long a disk-full error keeps the health check degraded. */
  rememberMs?: number;
  statfs?: StatfsFunction;
  now?: () => Date;
}

export interface StorageStatus {
  disk: 'ok' | 'full' | 'unknown';
  /** Free bytes in the data folder, when it could be measured. */
  freeBytes: number | null;
}

export interface StorageHealth {
  /** Called by the error handler when a write failed with ENOSPC / disk_full. */
  recordDiskFull(): void;
  check(): Promise<StorageStatus>;
}

/** 64 MiB: below this PostgreSQL's WAL and an upload of the maximum size no longer fit. */
export const defaultMinFreeBytes = 64 * 1024 * 1024;
const defaultRememberMs = 5 * 60 * 1000;

export async function measureFreeSpace(path: string): Promise<FreeSpace> {
  const stats = await statfsNode(path);
  return { availableBytes: Number(stats.bavail) * Number(stats.bsize) };
}

export function createStorageHealth(options: StorageHealthOptions): StorageHealth {
  const minFreeBytes = options.minFreeBytes ?? defaultMinFreeBytes;
  const rememberMs = options.rememberMs ?? defaultRememberMs;
  const statfs = options.statfs ?? measureFreeSpace;
  const now = options.now ?? (() => new Date());
  let lastDiskFull: number | null = null;
  return {
    recordDiskFull() {
      lastDiskFull = now().getTime();
    },
    async check() {
      let freeBytes: number | null = null;
      let measured = false;
      if (options.dataDir) {
        try {
          freeBytes = (await statfs(options.dataDir)).availableBytes;
          measured = true;
        } catch {
          freeBytes = null;
        }
      }
      const recentlyFull = lastDiskFull !== null && now().getTime() - lastDiskFull < rememberMs;
      if (measured && freeBytes !== null && freeBytes >= minFreeBytes && recentlyFull) {
        // Space was freed since the failure: trust the measurement.
        lastDiskFull = null;
        return { disk: 'ok', freeBytes };
      }
      if (recentlyFull || (freeBytes !== null && freeBytes < minFreeBytes)) return { disk: 'full', freeBytes };
      return { disk: measured || !options.dataDir ? 'ok' : 'unknown', freeBytes };
    },
  };
}

/** ENOSPC from Node or the file system under PGlite, 53100 (disk_full) from PostgreSQL. */
export function isDiskFullError(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; depth += 1) {
    const { code, errno, message } = current as { code?: unknown; errno?: unknown; message?: unknown };
    if (code === 'ENOSPC' || code === '53100' || errno === -28) return true;
    if (typeof message === 'string' && /no space left on device|disk_full|could not extend file/i.test(message))
      return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
