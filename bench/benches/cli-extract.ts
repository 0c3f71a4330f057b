// `nhanluc extract` of a seed plan as a whole process, as a scorer runs it: node start,
// the compiled CLI (build/), reading and extracting, JSON on stdout. The bar:
// under 0.5 s. Without the shared seeds (a clone elsewhere) a sample document from
// test/fixtures/documents is used. The build is made (if stale) before timing.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Bench } from '../run.ts';
import { measure } from '../measure.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const seedFolder = path.resolve(repo, '..', 'shared', 'seeds');
const fallbackFolder = path.join(repo, 'test', 'fixtures', 'documents');
const bin = path.join(repo, 'bin', 'nhanluc.mjs');
const run = promisify(execFile);

async function pickDocument(): Promise<{ source: string; file: string }> {
  const folder = existsSync(seedFolder) ? seedFolder : fallbackFolder;
  const names = (await readdir(folder)).filter((name) => /\.(txt|md)$/.test(name)).sort();
  if (names.length === 0) throw new Error(`no .txt/.md document in ${folder}`);
  return { source: path.relative(repo, folder), file: path.join(folder, names[0]!) };
}

export default {
  name: 'cli.extract',
  async run() {
    const { source, file } = await pickDocument();
    const extract = async () => {
      const { stdout } = await run(process.execPath, [bin, 'extract', file], {
        cwd: repo,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      if (!stdout.startsWith('{')) throw new Error('extract printed no JSON');
    };
    // The first run builds build/ when it is missing or stale; not timed.
    const timing = await measure(extract, 20, 2);
    return { engine: 'none', source, document: path.basename(file), ...timing, target_ms: 500 };
  },
} satisfies Bench;
