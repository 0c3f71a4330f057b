import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  acquireDataFolderLock,
  DataDirectoryLockedError,
  DataDirectoryNotWritableError,
  describeLockError,
  lockFileName,
} from './data-folder-lock.ts';
import { openDatabase } from './database.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const folders: string[] = [];
const children: ChildProcess[] = [];

function makeFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'nhanluc-lock-'));
  folders.push(folder);
  return folder;
}

/**
 * A second process holding the folder: with `database` it opens PGlite there (a real
 * server's storage), otherwise the lock alone; `blockMs` then freezes its main thread.
 */
function startHolder(folder: string, options: { database?: boolean; blockMs?: number } = {}): Promise<ChildProcess> {
  const script = options.database
    ? `const { openDatabase } = await import(${JSON.stringify(path.join(here, 'database.ts'))});
       await openDatabase({ dataDir: ${JSON.stringify(folder)} });`
    : `const { acquireDataFolderLock } = await import(${JSON.stringify(path.join(here, 'data-folder-lock.ts'))});
       acquireDataFolderLock(${JSON.stringify(folder)});`;
  const block = options.blockMs
    ? `Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${options.blockMs});`
    : '';
  // A file rather than --eval: the PGlite worker inherits execArgv, where --input-type is refused.
  const file = path.join(makeFolder(), 'holder.mjs');
  writeFileSync(file, `${script}\nconsole.log('ready');\n${block}\nsetInterval(() => {}, 1000);\n`);
  const child = spawn(process.execPath, ['--import', 'tsx', file], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`holder exited with ${code}`)));
  });
}

function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('data-folder lock', () => {
  it('refuses a second owner naming the live pid, and frees the folder on release', () => {
    const folder = makeFolder();
    const first = acquireDataFolderLock(folder);
    let refused: unknown;
    try {
      acquireDataFolderLock(folder);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(DataDirectoryLockedError);
    expect((refused as Error).message).toContain(`PID ${process.pid}`);
    first.release();
    expect(existsSync(path.join(folder, lockFileName))).toBe(false);
    acquireDataFolderLock(folder).release();
  });

  it('refuses a live process in another process with its pid', async () => {
    const folder = makeFolder();
    const holder = await startHolder(folder);
    expect(() => acquireDataFolderLock(folder)).toThrow(
      new RegExp(`đang được tiến trình Nhân Lực khác \\(PID ${holder.pid}`),
    );
  });

  it('takes over at once, with a warning, from a server killed with SIGKILL', async () => {
    const folder = makeFolder();
    const holder = await startHolder(folder, { database: true });
    await killHard(holder);
    const warnings: string[] = [];
    const started = Date.now();
    const reopened = await openDatabase({ dataDir: folder, onWarning: (line) => warnings.push(line) });
    try {
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(warnings).toEqual([expect.stringContaining(`PID ${holder.pid}`)]);
      expect(warnings[0]).toMatch(/^Cảnh báo: .*đã dừng.*khoá cũ đã được thay thế/);
    } finally {
      await reopened.close();
    }
  });

  it('treats a lock whose pid now belongs to another process (pid reuse) as dead', () => {
    const folder = makeFolder();
    // Our own pid with another start time: the process that wrote it is gone.
    writeFileSync(
      path.join(folder, lockFileName),
      JSON.stringify({ pid: process.pid, host: hostname(), started: '1', token: 'old', since: '2026-01-01T00:00:00Z' }),
    );
    const warnings: string[] = [];
    acquireDataFolderLock(folder, { onWarning: (line) => warnings.push(line) }).release();
    expect(warnings).toHaveLength(1);
  });

  // The old lock (proper-lockfile) was refreshed on the main thread and went stale after 15 s.
  it('keeps the folder while the owner main thread is frozen past the old 15 s stale window', {
    timeout: 40_000,
  }, async () => {
    const folder = makeFolder();
    const holder = await startHolder(folder, { blockMs: 17_000 });
    await new Promise((resolve) => setTimeout(resolve, 16_000));
    expect(() => acquireDataFolderLock(folder)).toThrow(DataDirectoryLockedError);
    expect(JSON.parse(readFileSync(path.join(folder, lockFileName), 'utf8'))).toMatchObject({ pid: holder.pid });
  });

  // Root ignores file modes, so a chmod-ed folder is writable here; /sys refuses even root.
  // The mapping of each error code is checked directly as well.
  it('says a read-only or unwritable folder is not writable', async () => {
    for (const code of ['EACCES', 'EPERM', 'EROFS']) {
      const mapped = describeLockError(Object.assign(new Error(code), { code }), '/srv/du-lieu');
      expect(mapped).toBeInstanceOf(DataDirectoryNotWritableError);
      expect(mapped.message).toMatch(/^Không ghi được vào thư mục dữ liệu \/srv\/du-lieu \(.*\)\. Hãy cấp quyền ghi/);
    }
    expect(describeLockError(Object.assign(new Error('EROFS'), { code: 'EROFS' }), '/x').message).toContain(
      'ổ đĩa chỉ đọc',
    );
    if (process.platform === 'linux' && existsSync('/sys/kernel')) {
      await expect(openDatabase({ dataDir: '/sys/kernel' })).rejects.toThrow(DataDirectoryNotWritableError);
      await expect(openDatabase({ dataDir: '/sys/kernel/nhanluc-du-lieu' })).rejects.toThrow(
        DataDirectoryNotWritableError,
      );
    }
  });
});
