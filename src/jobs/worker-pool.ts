// A small pool of worker threads for work that must not run on the request thread:
// reading uploaded documents today, imports and reports later. Each worker has a heap cap
// (resourceLimits), each job a wall-time limit, and the queue is bounded, so one hostile
// input ends its own job with a clear Vietnamese error while the server keeps answering.
// A worker that runs out of memory or time is terminated and replaced; the pool keeps serving.
// Workers start when work first needs them (each costs a heap of its own, about 50 MB once
// the document libraries are loaded): a server that reads one file at a time has one.

import { Worker } from 'node:worker_threads';
import { AppError } from '../server/errors.ts';
import type { JobFailure, JobReply, JobRequest } from './job-messages.ts';
import type { WorkerEntry } from './worker-url.ts';

export interface WorkerPoolOptions {
  entry: WorkerEntry;
  /** Most worker threads at once; the machine has few cores, so keep it small. */
  workers: number;
  /** Jobs allowed to wait for a free worker; beyond that a job is refused with 503. */
  maxQueued: number;
  /** Wall time one job may take, in ms, before its worker is terminated. */
  timeLimitMs: number;
  /** Heap cap of each worker (old generation), in MB. */
  heapLimitMb: number;
  /** Vietnamese words for what a job does, for the refusals ("đọc tệp": "việc đọc tệp vượt giới hạn …"). */
  jobName: string;
}

interface PendingJob {
  input: unknown;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

interface Slot {
  worker: Worker;
  job: PendingJob | null;
  timer: NodeJS.Timeout | null;
  jobId: number;
}

export function busyError(): AppError {
  return new AppError(503, 'server_busy', 'Máy chủ đang bận xử lý các tệp khác; hãy thử lại sau ít phút.');
}

/** An error sent back from a worker: an AppError when it carries a status, else a plain Error. */
function rebuildError(failure: JobFailure): Error {
  if (failure.statusCode !== undefined)
    return new AppError(failure.statusCode, failure.code ?? 'job_failed', failure.message, failure.field);
  const error = new Error(failure.message);
  if (failure.stack) error.stack = failure.stack;
  return error;
}

export class WorkerPool<Input, Output> {
  private readonly slots: Slot[] = [];
  private readonly queue: PendingJob[] = [];
  private nextJobId = 1;
  private closed = false;

  constructor(private readonly options: WorkerPoolOptions) {}

  /** Runs one job; rejects with an AppError (413 memory, 422 time, 503 busy) or the job's own error. */
  run(input: Input): Promise<Output> {
    if (this.closed) return Promise.reject(new Error('worker pool is closed'));
    return new Promise<Output>((resolve, reject) => {
      const job: PendingJob = { input, resolve: resolve as (value: unknown) => void, reject };
      const free = this.slots.find((slot) => slot.job === null) ?? this.addWorker();
      if (free) this.dispatch(free, job);
      else if (this.queue.length < this.options.maxQueued) this.queue.push(job);
      else reject(busyError());
    });
  }

  /** Jobs running and waiting, for health pages and tests. */
  stats(): { running: number; queued: number; workers: number } {
    return {
      running: this.slots.filter((slot) => slot.job !== null).length,
      queued: this.queue.length,
      workers: this.slots.length,
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('worker pool is closed'));
    await Promise.all(
      this.slots.map(async (slot) => {
        if (slot.timer) clearTimeout(slot.timer);
        slot.job?.reject(new Error('worker pool is closed'));
        slot.job = null;
        await slot.worker.terminate();
      }),
    );
  }

  /** A new slot while the pool has fewer than `workers`, else null. */
  private addWorker(): Slot | null {
    if (this.slots.length >= this.options.workers) return null;
    const slot = this.startWorker();
    this.slots.push(slot);
    return slot;
  }

  private startWorker(): Slot {
    const worker = new Worker(this.options.entry.url, {
      execArgv: this.options.entry.execArgv,
      resourceLimits: {
        maxOldGenerationSizeMb: this.options.heapLimitMb,
        maxYoungGenerationSizeMb: Math.min(64, Math.max(8, this.options.heapLimitMb / 8)),
      },
      stdout: false,
      stderr: false,
    });
    // An idle pool must not keep a CLI or a test process alive.
    worker.unref();
    const slot: Slot = { worker, job: null, timer: null, jobId: 0 };
    worker.on('message', (reply: JobReply) => {
      if (reply.id !== slot.jobId || !slot.job) return;
      const job = slot.job;
      this.finish(slot);
      if (reply.ok) job.resolve(reply.result);
      else job.reject(rebuildError(reply.error));
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const memory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.replace(slot, memory ? this.memoryError() : error);
    });
    worker.on('exit', () => {
      // A worker that exits by itself (not terminated by the pool) fails its job and is replaced.
      if (this.slots.includes(slot) && !this.closed) this.replace(slot, new Error('worker exited unexpectedly'));
    });
    return slot;
  }

  private memoryError(): AppError {
    return new AppError(
      413,
      'job_memory_limit',
      `Tệp quá lớn: việc ${this.options.jobName} vượt giới hạn bộ nhớ ${this.options.heapLimitMb} MB. Hãy chia nhỏ tệp hoặc lưu lại với ít nội dung hơn.`,
      'file',
    );
  }

  private timeError(): AppError {
    const seconds = (this.options.timeLimitMs / 1000).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
    return new AppError(
      422,
      'job_time_limit',
      `Tệp quá phức tạp: việc ${this.options.jobName} vượt giới hạn thời gian ${seconds} giây.`,
      'file',
    );
  }

  private dispatch(slot: Slot, job: PendingJob): void {
    slot.job = job;
    slot.jobId = this.nextJobId++;
    slot.timer = setTimeout(() => this.replace(slot, this.timeError()), this.options.timeLimitMs);
    const request: JobRequest = { id: slot.jobId, input: job.input };
    slot.worker.ref();
    slot.worker.postMessage(request);
  }

  private finish(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    slot.worker.unref();
    const next = this.queue.shift();
    if (next) this.dispatch(slot, next);
  }

  /** Fails the slot's job, terminates its worker and puts a fresh one in its place. */
  private replace(slot: Slot, error: unknown): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    if (slot.timer) clearTimeout(slot.timer);
    const job = slot.job;
    slot.job = null;
    if (this.closed) {
      job?.reject(error);
      return;
    }
    const fresh = this.startWorker();
    this.slots[index] = fresh;
    void slot.worker.terminate().catch(() => undefined);
    job?.reject(error);
    const next = this.queue.shift();
    if (next) this.dispatch(fresh, next);
  }
}
