import { performance } from 'node:perf_hooks';

/** Runs fn `runs` times after `warmup` runs; returns median, p95 and mean in ms. */
export async function measure(
  fn: () => unknown,
  runs = 50,
  warmup = 5,
): Promise<{ ms: number; p95_ms: number; mean_ms: number; runs: number }> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    ms: round(at(0.5)),
    p95_ms: round(at(0.95)),
    mean_ms: round(times.reduce((a, b) => a + b, 0) / times.length),
    runs,
  };
}
