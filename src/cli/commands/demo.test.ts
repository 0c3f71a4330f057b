// `nhanluc demo` imports the seed plans through the document worker pool; the command must
// end when its work is done (a pool left open kept the process alive).
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

describe('nhanluc demo', () => {
  it('loads the demo data into a new folder and exits by itself', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'nhanluc-demo-'));
    try {
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [path.join(repo, 'bin/nhanluc.mjs'), 'demo', '--data', dataDir],
        {
          cwd: repo,
          encoding: 'utf8',
          env: { ...process.env, NHANLUC_FROM_SOURCE: '1', DATABASE_URL: '' },
          // Past this the process is killed and the test fails.
          timeout: 90_000,
        },
      );
      expect(stdout).toContain('Đã nạp 5 kế hoạch mẫu (55 chỉ tiêu liên kết với chỉ số).');
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
