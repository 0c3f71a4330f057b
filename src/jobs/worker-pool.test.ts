import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../server/errors.ts';
import type { SampleJob } from './sample-job-worker.ts';
import { WorkerPool } from './worker-pool.ts';
import { workerEntry } from './worker-url.ts';

const pool = new WorkerPool<SampleJob, string>({
  entry: workerEntry(import.meta.url, './sample-job-worker'),
  workers: 2,
  maxQueued: 2,
  timeLimitMs: 1500,
  heapLimitMb: 64,
  jobName: 'đọc tệp',
});

afterAll(() => pool.close());

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('WorkerPool', () => {
  it('starts a worker only when work needs one, and no more than `workers`', async () => {
    expect(pool.stats()).toEqual({ running: 0, queued: 0, workers: 0 });
    expect(await pool.run({ kind: 'echo', value: 'one' })).toBe('one');
    expect(await pool.run({ kind: 'echo', value: 'again' })).toBe('again');
    expect(pool.stats().workers).toBe(1);
  });

  it('runs jobs off the main thread and returns their results', async () => {
    expect(await Promise.all([pool.run({ kind: 'echo', value: 'a' }), pool.run({ kind: 'echo', value: 'b' })])).toEqual(
      ['a', 'b'],
    );
    expect(pool.stats().workers).toBe(2);
  });

  it('passes a job’s own refusal through as the same AppError', async () => {
    const error = await refusal(pool.run({ kind: 'refuse' }));
    expect(error).toMatchObject({
      statusCode: 400,
      code: 'sample_refusal',
      message: 'Tệp không hợp lệ.',
      field: 'file',
    });
    await expect(pool.run({ kind: 'throw' })).rejects.toThrow('internal');
  });

  it('ends a job that never returns with a 422 naming the time limit, and keeps serving', async () => {
    const started = Date.now();
    const error = await refusal(pool.run({ kind: 'loop' }));
    expect(error).toMatchObject({ statusCode: 422, code: 'job_time_limit' });
    expect(error.message).toContain('quá phức tạp');
    expect(error.message).toContain('1,5 giây');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await pool.run({ kind: 'echo', value: 'still here' })).toBe('still here');
  });

  it('ends a job that exhausts its heap with a 413 naming the memory limit, and keeps serving', async () => {
    const error = await refusal(pool.run({ kind: 'grow' }));
    expect(error).toMatchObject({ statusCode: 413, code: 'job_memory_limit' });
    expect(error.message).toContain('64 MB');
    expect(await pool.run({ kind: 'echo', value: 'after' })).toBe('after');
  });

  it('refuses with a Vietnamese 503 when every worker is busy and the queue is full', async () => {
    const running = [
      pool.run({ kind: 'sleep', ms: 400 }),
      pool.run({ kind: 'sleep', ms: 400 }),
      pool.run({ kind: 'sleep', ms: 400 }),
      pool.run({ kind: 'sleep', ms: 400 }),
    ];
    const error = await refusal(pool.run({ kind: 'echo', value: 'one too many' }));
    expect(error).toMatchObject({ statusCode: 503, code: 'server_busy' });
    expect(error.message).toContain('Máy chủ đang bận');
    expect(await Promise.all(running)).toEqual(['slept', 'slept', 'slept', 'slept']);
    expect(pool.stats()).toEqual({ running: 0, queued: 0, workers: 2 });
  });
});
