// A bounded HTTP load: `clients` loops, each sending one request after the other to a
// server on loopback for `seconds`, with latencies of every answer.
import { performance } from 'node:perf_hooks';

export interface LoadOptions {
  /** Picks the URL of each request (to vary the query); the same origin throughout. */
  url: (request: number) => string;
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

export async function runHttpLoad(options: LoadOptions): Promise<LoadFigures> {
  const times: number[] = [];
  let errors = 0;
  let bytes = 0;
  let sent = 0;
  const started = performance.now();
  const endAt = started + options.seconds * 1000;
  const client = async () => {
    while (performance.now() < endAt) {
      const url = options.url(sent++);
      const start = performance.now();
      try {
        const response = await fetch(url, { headers: options.headers });
        const body = await response.arrayBuffer();
        if (response.status !== 200) errors++;
        bytes += body.byteLength;
      } catch {
        errors++;
      }
      times.push(performance.now() - start);
    }
  };
  await Promise.all(Array.from({ length: options.clients }, client));
  const elapsed = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const at = (q: number) => Math.round((times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0) * 10) / 10;
  return {
    requests: times.length,
    errors,
    req_s: Math.round(times.length / elapsed),
    p50_ms: at(0.5),
    p95_ms: at(0.95),
    p99_ms: at(0.99),
    max_ms: at(1),
    mean_bytes: Math.round(bytes / Math.max(1, times.length)),
  };
}
