// A bounded HTTP load: `clients` loops, each sending one request after the other to a
// server on loopback for `seconds`, with latencies of every answer.
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { workerEntry } from '../../src/jobs/worker-url.ts';

export interface LoadOptions {
  /** The URLs to request, in turn (to vary the query); the same origin throughout. */
  urls: string[];
  headers?: Record<string, string>;
  clients: number;
  seconds: number;
}

export interface LoadFigures {
  requests: number;
  errors: number;
  req_s: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  max_ms: number;
  mean_bytes: number;
}

/** Sends the load from a worker thread, so the server's thread does only the server's work. */
export async function runHttpLoad(options: LoadOptions): Promise<LoadFigures> {
  const entry = workerEntry(import.meta.url, './http-load-worker');
  const worker = new Worker(entry.url, {
    execArgv: entry.execArgv,
    workerData: {
      urls: options.urls,
      headers: options.headers ?? {},
      clients: options.clients,
      seconds: options.seconds,
    },
  });
  const [result] = (await once(worker, 'message')) as [
    { times: number[]; errors: number; bytes: number; elapsedMs: number },
  ];
  await worker.terminate();
  const times = result.times.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round((times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0) * 10) / 10;
  return {
    requests: times.length,
    errors: result.errors,
    req_s: Math.round(times.length / (result.elapsedMs / 1000)),
    p50_ms: at(0.5),
    p95_ms: at(0.95),
    p99_ms: at(0.99),
    max_ms: at(1),
    mean_bytes: Math.round(result.bytes / Math.max(1, times.length)),
  };
}
