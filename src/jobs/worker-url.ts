// Where a worker thread's entry module is. A worker entry is a .ts module beside its user;
// from source (tests, tsx) the worker loads that .ts through tsx, from the compiled build
// it loads the .js that tsc wrote beside the caller's .js. The caller's own file name
// tells which: a worker started from a .ts file needs tsx, one started from .js does not.
// Node 20 ignores `--import tsx` inside a worker, so the flag loads register-tsx.mjs, which
// registers tsx through its API (that does apply to the worker's modules).

export interface WorkerEntry {
  url: URL;
  execArgv: string[];
}

/** `workerEntry(import.meta.url, './name-worker')` → the entry URL and the flags to start it with. */
export function workerEntry(callerImportMetaUrl: string, relativeName: string): WorkerEntry {
  const fromSource = new URL(callerImportMetaUrl).pathname.endsWith('.ts');
  const base = relativeName.replace(/\.(?:ts|js|mjs)$/, '');
  const url = new URL(`${base}${fromSource ? '.ts' : '.js'}`, callerImportMetaUrl);
  return { url, execArgv: fromSource ? ['--import', new URL('./register-tsx.mjs', import.meta.url).href] : [] };
}
