// A worker entry for the pool's own tests: each input names a behaviour to act out.

import { AppError } from '../server/errors.ts';
import { serveJobs } from './serve-jobs.ts';

export type SampleJob =
  | { kind: 'echo'; value: string }
  | { kind: 'loop' }
  | { kind: 'grow' }
  | { kind: 'refuse' }
  | { kind: 'throw' }
  | { kind: 'sleep'; ms: number };

serveJobs(async (job: SampleJob) => {
  switch (job.kind) {
    case 'echo':
      return job.value;
    case 'loop':
      // A runaway rule: never returns, never yields.
      for (;;);
    case 'grow': {
      const held: number[][] = [];
      for (;;) held.push(new Array<number>(1_000_000).fill(held.length + 0.5));
    }
    case 'refuse':
      throw new AppError(400, 'sample_refusal', 'Tệp không hợp lệ.', 'file');
    case 'throw':
      throw new Error('internal');
    case 'sleep':
      await new Promise((resolve) => setTimeout(resolve, job.ms));
      return 'slept';
  }
});
