// Uploaded workbooks are read in a worker pool of their own, like documents
// (read-plan-in-worker.ts): a zip bomb or a huge sheet ends its own job (413/422, or 503 when
// the pool is full) while the server keeps answering. Started on the first upload.

import { WorkerPool, type WorkerPoolOptions } from '../jobs/worker-pool.ts';
import { workerEntry } from '../jobs/worker-url.ts';
import type { ReadWorkbookJob } from './read-value-workbook-worker.ts';
import type { WorkbookGrids } from './read-value-workbook.ts';
import {
  SPREADSHEET_HEAP_LIMIT_MB,
  SPREADSHEET_QUEUE,
  SPREADSHEET_TIME_LIMIT_MS,
  SPREADSHEET_WORKERS,
} from './spreadsheet-limits.ts';

let pool: WorkerPool<ReadWorkbookJob, WorkbookGrids> | null = null;

function spreadsheetPoolOptions(): WorkerPoolOptions {
  return {
    entry: workerEntry(import.meta.url, './read-value-workbook-worker'),
    workers: SPREADSHEET_WORKERS,
    maxQueued: SPREADSHEET_QUEUE,
    timeLimitMs: SPREADSHEET_TIME_LIMIT_MS,
    heapLimitMb: SPREADSHEET_HEAP_LIMIT_MB,
    jobName: 'đọc bảng tính',
  };
}

/** The sheets of an uploaded workbook as grids, read off the request thread; refusals are AppErrors on "file". */
export function readWorkbookInWorker(bytes: Uint8Array): Promise<WorkbookGrids> {
  pool ??= new WorkerPool(spreadsheetPoolOptions());
  return pool.run({ bytes });
}

/** Ends the pool's workers (server shutdown); the next upload starts a new pool. */
export async function closeSpreadsheetPool(): Promise<void> {
  const running = pool;
  pool = null;
  await running?.close();
}
