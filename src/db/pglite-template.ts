// An empty PGlite database (initdb only, no migrations) made once at install time and
// copied into each new data folder. PGlite's initdb runs a second PostgreSQL instance and
// a tarball of the result beside the first, which peaks near 900 MiB; loading the copy
// peaks near 400 MiB. The copy is tied to the installed PGlite version, so it lives under
// node_modules/.cache and an upgrade (npm install / npm ci) makes a fresh one.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { projectRoot } from '../config.ts';

function readPgliteVersion(): string {
  // The package's exports do not include package.json: find it from the entry point.
  let folder = path.dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  while (!existsSync(path.join(folder, 'package.json'))) folder = path.dirname(folder);
  const manifest = path.join(folder, 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

export function pgliteTemplateFile(): string {
  return path.join(projectRoot, 'node_modules', '.cache', 'nhanluc', `pglite-${readPgliteVersion()}-empty.tar.gz`);
}

/** The template when it was made for the installed PGlite; otherwise PGlite runs initdb itself. */
export function findPgliteTemplate(): string | undefined {
  try {
    const file = pgliteTemplateFile();
    return existsSync(file) ? file : undefined;
  } catch {
    return undefined;
  }
}

/** Runs initdb in memory and writes the template (a separate process: this one peaks high). */
export async function createPgliteTemplate(): Promise<string> {
  const file = pgliteTemplateFile();
  const { PGlite } = await import('@electric-sql/pglite');
  const db = new PGlite();
  await db.waitReady;
  const dump = await db.dumpDataDir('gzip');
  await db.close();
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.tmp-${process.pid}`;
  writeFileSync(temporary, new Uint8Array(await dump.arrayBuffer()));
  renameSync(temporary, file);
  return file;
}
