// A seeded pseudo-random generator for the demo data: the same seed text gives the same
// numbers on every machine and every run (Math.random would not; the demo must load
// identically twice).

/** 32-bit FNV-1a of a text: a seed, or a stable hash in [0, 1) through hashUnit. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** A number in [0, 1) fixed by the text. */
export function hashUnit(text: string): number {
  return createPrng(text)();
}

/** mulberry32 seeded by the text: a function returning numbers in [0, 1). */
export function createPrng(seed: string): () => number {
  let state = hashText(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
