import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '../..');
const folders: string[] = [];

afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

describe('nhanluc command dispatch', () => {
  // Importing the CLI used to load fastify, the database and the whole server for every
  // command (841 ms of a 1.1 s extract). CommonJS packages loaded by then show in require.cache.
  it('extract loads neither the server nor the database', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'nhanluc-cli-'));
    folders.push(folder);
    const plan = path.join(repo, 'test/fixtures/documents/ke-hoach-dao-tao-nghe.txt');
    const probe = path.join(folder, 'probe.mjs');
    await writeFile(
      probe,
      `import { createRequire } from 'node:module';
       const { runCli } = await import(${JSON.stringify(path.join(repo, 'src/cli/main.ts'))});
       const code = await runCli(['extract', ${JSON.stringify(plan)}]);
       const loaded = Object.keys(createRequire(import.meta.url).cache).filter((file) => file.includes('node_modules'));
       process.stderr.write(JSON.stringify({ code, loaded }));`,
    );
    const { stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', probe], {
      cwd: repo,
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    const { code, loaded } = JSON.parse(stderr.slice(stderr.lastIndexOf('{"code"'))) as {
      code: number;
      loaded: string[];
    };
    expect(code).toBe(0);
    // The probe sees CommonJS packages at all (iconv-lite decodes the text): not vacuous.
    expect(loaded.some((file) => file.includes('/iconv-lite/'))).toBe(true);
    const heavy = loaded.filter((file) => /node_modules\/(fastify|@fastify|pg|pg-pool|@node-rs|mammoth)\//.test(file));
    expect(heavy).toEqual([]);
  });
});
