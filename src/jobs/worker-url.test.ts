import { describe, expect, it } from 'vitest';
import { workerEntry } from './worker-url.ts';

describe('workerEntry', () => {
  it('loads the .ts entry through tsx when the caller runs from source', () => {
    const entry = workerEntry('file:///app/src/document-text/read-plan-in-worker.ts', './read-plan-worker');
    expect(entry.url.href).toBe('file:///app/src/document-text/read-plan-worker.ts');
    expect(entry.execArgv).toEqual(['--import', expect.stringMatching(/^file:.*\/src\/jobs\/register-tsx\.mjs$/)]);
  });

  it('loads the compiled .js entry when the caller runs from the build', () => {
    const entry = workerEntry('file:///app/dist/src/document-text/read-plan-in-worker.js', './read-plan-worker.ts');
    expect(entry.url.href).toBe('file:///app/dist/src/document-text/read-plan-worker.js');
    expect(entry.execArgv).toEqual([]);
  });
});
