// Which database engines a bench runs on: PGlite always, PostgreSQL when a server answers
// (TEST_DATABASE_URL, else the local postgres://postgres@127.0.0.1:5432/postgres).
// BENCH_ENGINE=pglite or BENCH_ENGINE=postgres runs on that one only.
import pg from 'pg';

export interface BenchEngine {
  engine: 'pglite' | 'postgres';
  /** The server to make a throw-away database on; null for PGlite. */
  serverUrl: string | null;
}

export async function findBenchEngines(): Promise<BenchEngine[]> {
  const serverUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const only = process.env.BENCH_ENGINE;
  const engines: BenchEngine[] = only === 'postgres' ? [] : [{ engine: 'pglite', serverUrl: null }];
  if (only === 'pglite') return engines;
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    engines.push({ engine: 'postgres', serverUrl });
  } catch {
    // No server: PGlite only, and the bench line says so.
  } finally {
    await client.end().catch(() => {});
  }
  return engines;
}

/** One line per engine found; a line saying PostgreSQL was skipped when no server answers. */
export async function runOnEveryEngine<F extends Record<string, number | string | boolean>>(
  runOn: (serverUrl: string | null, engine: string) => Promise<F>,
): Promise<Record<string, number | string | boolean>[]> {
  const lines: Record<string, number | string | boolean>[] = [];
  for (const { engine, serverUrl } of await findBenchEngines()) lines.push(await runOn(serverUrl, engine));
  if (!lines.some((line) => line.engine === 'postgres'))
    lines.push({ engine: 'postgres', skipped: 'no PostgreSQL server (TEST_DATABASE_URL)' });
  return lines;
}
