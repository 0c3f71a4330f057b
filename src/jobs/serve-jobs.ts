// The worker side of a WorkerPool: a worker entry calls serveJobs(handler) once. Errors with
// a status and a code (AppError, or any error shaped like one) go back as user-facing refusals;
// anything else goes back as an internal error for the caller to log.

import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import type { JobFailure, JobReply, JobRequest } from './job-messages.ts';

function describeFailure(error: unknown): JobFailure {
  if (error instanceof Error) {
    const { statusCode, code, field } = error as Error & { statusCode?: unknown; code?: unknown; field?: unknown };
    if (typeof statusCode === 'number' && typeof code === 'string') {
      return { message: error.message, statusCode, code, ...(typeof field === 'string' ? { field } : {}) };
    }
    return { message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
  }
  return { message: String(error) };
}

/**
 * Lowers this worker thread's scheduling priority (Linux: a thread has its own nice value,
 * found through /proc/thread-self), so on a machine of two cores the request thread gets
 * the CPU first while a long job runs. Best effort: elsewhere it does nothing.
 */
function yieldCpuToRequests(): void {
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(threadId) && threadId > 0) setPriority(threadId, 10);
  } catch {
    // Not Linux, or not allowed: the job runs at normal priority.
  }
}

export function serveJobs<Input, Output>(handler: (input: Input) => Promise<Output> | Output): void {
  if (!parentPort) throw new Error('serveJobs must run in a worker thread');
  const port = parentPort;
  yieldCpuToRequests();
  port.on('message', async (request: JobRequest) => {
    let reply: JobReply;
    try {
      reply = { id: request.id, ok: true, result: await handler(request.input as Input) };
    } catch (error) {
      reply = { id: request.id, ok: false, error: describeFailure(error) };
    }
    port.postMessage(reply);
  });
}
