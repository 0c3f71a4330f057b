// One process per PGlite data folder: two processes opening one folder corrupt it silently.
//
// The lock is a file created with O_EXCL that names its owner: pid, host and the process's
// start time (Linux /proc). Whether the owner still lives is asked of the operating system
// (kill(pid, 0) plus the start time, so a pid reused after kill -9 does not count), never
// read from the age of a heartbeat: a main thread frozen for minutes keeps its lock, and a
// dead owner's lock is taken over at once instead of after a stale window.
import { randomUUID } from 'node:crypto';
import { closeSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';

export const lockFileName = '.nhanluc.lock';

export interface LockOwner {
  pid: number;
  host: string;
  /** Process start time in clock ticks since boot (Linux), or null where unknown. */
  started: string | null;
  token: string;
  since: string;
}

export class DataDirectoryLockedError extends Error {
  readonly owner: LockOwner | null;
  constructor(dataDir: string, owner: LockOwner | null) {
    const who = owner
      ? owner.host === hostname()
        ? `tiến trình Nhân Lực khác (PID ${owner.pid}, từ ${owner.since})`
        : `tiến trình Nhân Lực PID ${owner.pid} trên máy ${owner.host}`
      : 'một tiến trình Nhân Lực khác';
    const remedy =
      owner && owner.host !== hostname()
        ? `Hãy dừng tiến trình đó; nếu chắc chắn nó đã dừng, xoá tệp ${path.join(dataDir, lockFileName)}.`
        : 'Hãy dừng tiến trình đó trước, hoặc chọn thư mục khác bằng --data / DATA_DIR.';
    super(`Thư mục dữ liệu ${dataDir} đang được ${who} sử dụng. ${remedy}`);
    this.name = 'DataDirectoryLockedError';
    this.owner = owner;
  }
}

export class DataDirectoryNotWritableError extends Error {
  constructor(dataDir: string, code: string) {
    super(
      `Không ghi được vào thư mục dữ liệu ${dataDir} (${code === 'EROFS' ? 'ổ đĩa chỉ đọc' : 'không có quyền ghi'}). ` +
        'Hãy cấp quyền ghi thư mục này cho người dùng chạy Nhân Lực, hoặc chọn thư mục khác bằng --data / DATA_DIR.',
    );
    this.name = 'DataDirectoryNotWritableError';
  }
}

const notWritableCodes = new Set(['EACCES', 'EPERM', 'EROFS']);

/** Maps a file-system error met while creating the folder or its lock to the user's words. */
export function describeLockError(error: unknown, dataDir: string): Error {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code && notWritableCodes.has(code)) return new DataDirectoryNotWritableError(dataDir, code);
  return error instanceof Error ? error : new Error(String(error));
}

/** Field 22 of /proc/PID/stat: the start time, which tells a reused pid from its old owner. */
function readProcessStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count after it.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function isPidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the owner of a lock still runs. Another host's owner is assumed alive (we cannot ask). */
export function isOwnerAlive(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true;
  if (!isPidAlive(owner.pid)) return false;
  if (owner.started === null) return true;
  const started = readProcessStart(owner.pid);
  return started === null || started === owner.started;
}

function readOwner(lockPath: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(lockPath, 'utf8')) as LockOwner;
    return Number.isInteger(owner.pid) ? owner : null;
  } catch {
    return null;
  }
}

function createLockFile(lockPath: string, owner: LockOwner): void {
  const fd = openSync(lockPath, 'wx');
  try {
    writeSync(fd, `${JSON.stringify(owner)}\n`);
  } finally {
    closeSync(fd);
  }
}

export interface DataFolderLock {
  owner: LockOwner;
  release(): void;
}

export interface AcquireOptions {
  /** Told when a dead owner's lock is taken over. */
  onWarning?: (message: string) => void;
}

/**
 * Takes the folder's lock or throws DataDirectoryLockedError (a live owner) or
 * DataDirectoryNotWritableError. A lock left by a dead process is taken over with a warning.
 */
export function acquireDataFolderLock(dataDir: string, options: AcquireOptions = {}): DataFolderLock {
  const lockPath = path.join(dataDir, lockFileName);
  const owner: LockOwner = {
    pid: process.pid,
    host: hostname(),
    started: readProcessStart(process.pid),
    token: randomUUID(),
    since: new Date().toISOString(),
  };
  for (let attempt = 0; ; attempt++) {
    try {
      createLockFile(lockPath, owner);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw describeLockError(error, dataDir);
    }
    const current = readOwner(lockPath);
    // A file another process is still writing (empty for a moment): look again shortly.
    if (!current && attempt < 20 && isYoung(lockPath)) {
      sleepSync(25);
      continue;
    }
    if (current && isOwnerAlive(current)) throw new DataDirectoryLockedError(dataDir, current);
    if (attempt >= 3) throw new DataDirectoryLockedError(dataDir, current);
    // Move the dead owner's file aside: rename succeeds for one of several racing
    // processes, and whoever then creates the lock first owns it.
    const aside = `${lockPath}.stale-${owner.token}`;
    try {
      renameSync(lockPath, aside);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw describeLockError(error, dataDir);
    }
    const moved = readOwner(aside);
    if (moved && current && moved.token !== current.token && isOwnerAlive(moved)) {
      // Between our read and the rename a live process took the lock: give it back.
      try {
        renameSync(aside, lockPath);
      } catch {
        // It can only fail if yet another lock exists, which then is the lock.
      }
      throw new DataDirectoryLockedError(dataDir, moved);
    }
    rmSync(aside, { force: true });
    options.onWarning?.(
      `Cảnh báo: thư mục dữ liệu ${dataDir} còn khoá của ${current ? `tiến trình PID ${current.pid}` : 'một tiến trình'} đã dừng (có thể bị tắt đột ngột); khoá cũ đã được thay thế.`,
    );
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    // Only our own lock: never delete one a successor took over.
    if (readOwner(lockPath)?.token === owner.token) rmSync(lockPath, { force: true });
  };
  process.on('exit', release);
  return { owner, release };
}

function isYoung(file: string): boolean {
  try {
    return Date.now() - statSync(file).mtimeMs < 2_000;
  } catch {
    return false;
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
