// Resources several benches of one run share (the 10M-row values database): built by the
// first bench that needs them, released once every bench has run (bench/run.ts), so a
// data set that takes minutes to build is built once per run.
const cleanups: (() => Promise<void>)[] = [];

/** Runs `dispose` when the run ends, after the last bench. */
export function disposeAtEnd(dispose: () => Promise<void>): void {
  cleanups.push(dispose);
}

/** Called by bench/run.ts once every bench has run (or one has failed). */
export async function runBenchCleanups(): Promise<void> {
  for (const dispose of cleanups.splice(0).reverse()) {
    try {
      await dispose();
    } catch (error) {
      console.error('bench cleanup failed:', error);
    }
  }
}
