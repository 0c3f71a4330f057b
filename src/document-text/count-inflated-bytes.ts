// How many bytes a deflate stream inflates to, counted while inflating and never held:
// the output is dropped chunk by chunk and inflation stops as soon as the budget is passed,
// so a bomb costs a few milliseconds and no memory, whatever its headers claim.

import { createInflate, createInflateRaw } from 'node:zlib';

/**
 * Inflated size of `data` (raw deflate, or zlib-wrapped), or `budget + 1` once it passes
 * `budget`. A corrupt stream counts what inflated before the damage: the reader that
 * follows reports the damage itself.
 */
export function countInflatedBytes(data: Uint8Array, format: 'raw' | 'zlib', budget: number): Promise<number> {
  return new Promise((resolve) => {
    const inflate =
      format === 'raw' ? createInflateRaw({ chunkSize: 256 * 1024 }) : createInflate({ chunkSize: 256 * 1024 });
    let total = 0;
    let done = false;
    const finish = (value: number) => {
      if (done) return;
      done = true;
      inflate.destroy();
      resolve(value);
    };
    inflate.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > budget) finish(budget + 1);
    });
    inflate.on('end', () => finish(total));
    inflate.on('error', () => finish(total));
    inflate.end(data);
  });
}
