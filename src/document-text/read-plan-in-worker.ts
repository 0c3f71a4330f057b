// Uploads are read in a worker pool: a Word bomb, a 20,000-page PDF or a runaway rule ends
// its own job (413/422, or 503 when the pool is full) while the server keeps answering.
// One pool per process, started on the first upload; its idle workers never keep the
// process alive.

import { DOCUMENT_HEAP_LIMIT_MB, DOCUMENT_QUEUE, DOCUMENT_TIME_LIMIT_MS, DOCUMENT_WORKERS } from './document-limits.ts';
import type { ReadPlanJob } from './read-plan-worker.ts';
import type { UploadPlan } from './read-upload-plan.ts';
import { WorkerPool, type WorkerPoolOptions } from '../jobs/worker-pool.ts';
import { workerEntry } from '../jobs/worker-url.ts';

let pool: WorkerPool<ReadPlanJob, UploadPlan> | null = null;

function documentPoolOptions(): WorkerPoolOptions {
  return {
    entry: workerEntry(import.meta.url, './read-plan-worker'),
    workers: DOCUMENT_WORKERS,
    maxQueued: DOCUMENT_QUEUE,
    timeLimitMs: DOCUMENT_TIME_LIMIT_MS,
    heapLimitMb: DOCUMENT_HEAP_LIMIT_MB,
    jobName: 'đọc tệp',
  };
}

/** Reads and extracts an upload off the request thread; refusals are AppErrors on "file". */
export function readPlanInWorker(bytes: Uint8Array, fileName: string): Promise<UploadPlan> {
  pool ??= new WorkerPool(documentPoolOptions());
  return pool.run({ bytes, fileName });
}

/** Jobs running and waiting in the document pool (none before the first upload). */
export function documentPoolStats(): { running: number; queued: number; workers: number } {
  return pool?.stats() ?? { running: 0, queued: 0, workers: 0 };
}

/** Replaces the pool's limits (tests: a short time limit); closes the running pool. */
export async function resetDocumentPool(overrides: Partial<WorkerPoolOptions> = {}): Promise<void> {
  await pool?.close();
  pool = new WorkerPool({ ...documentPoolOptions(), ...overrides });
}

/** Ends the pool's workers (server shutdown); the next upload starts a new pool. */
export async function closeDocumentPool(): Promise<void> {
  const running = pool;
  pool = null;
  await running?.close();
}
