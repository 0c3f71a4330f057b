// Runs PGlite in a worker thread: PGlite executes queries synchronously inside
// WebAssembly, so on the main thread one slow query would freeze every request.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, types } from '@electric-sql/pglite';

// Keep the same value shapes as node-postgres (see pg-types.ts): dates stay
// 'YYYY-MM-DD' strings, bigint counts become numbers.
const parsers = {
  [types.DATE]: (value) => value,
  [types.INT8]: (value) => Number(value),
  [types.NUMERIC]: (value) => Number(value),
};

// loadDataDir starts from a dumped database (tests use a migrated template: ~0.8 s
// instead of ~4 s for initdb).
const db = new PGlite({
  ...(workerData.dataDir ? { dataDir: workerData.dataDir } : {}),
  ...(workerData.loadDataDir ? { loadDataDir: new Blob([readFileSync(workerData.loadDataDir)]) } : {}),
  parsers,
  // PostgreSQL's default 128 MB of shared buffers lives inside the WebAssembly memory, which
  // never shrinks: filling it while a new folder is migrated and loaded took a first start
  // to 540 MiB. 24 MB holds a database of this size (13 MB after the first start); other
  // pages come from the OS file cache. First start ~460 MiB (BENCHMARKS.md).
  startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=24MB'],
});

parentPort.on('message', async (message) => {
  const { id, type } = message;
  try {
    if (type === 'query') {
      const result = await db.query(message.sql, message.params, { rowMode: 'object' });
      parentPort.postMessage({ id, ok: true, rows: result.rows, affectedRows: result.affectedRows ?? 0 });
    } else if (type === 'exec') {
      // The last statement's rows: a script may end in a query (pg-boss's job queue).
      const results = await db.exec(message.sql);
      const last = results.at(-1);
      parentPort.postMessage({ id, ok: true, rows: last?.rows ?? [], affectedRows: last?.affectedRows ?? 0 });
    } else if (type === 'dump') {
      const file = await db.dumpDataDir('none');
      parentPort.postMessage({
        id,
        ok: true,
        rows: [],
        affectedRows: 0,
        dump: new Uint8Array(await file.arrayBuffer()),
      });
    } else if (type === 'close') {
      await db.close();
      parentPort.postMessage({ id, ok: true, rows: [], affectedRows: 0 });
    } else {
      throw new Error(`unknown message type ${type}`);
    }
  } catch (error) {
    parentPort.postMessage({
      id,
      ok: false,
      error: {
        message: error?.message ?? String(error),
        code: error?.code,
        detail: error?.detail,
        constraint: error?.constraint,
      },
    });
  }
});

await db.waitReady;
parentPort.postMessage({ id: 0, ok: true, ready: true, rows: [], affectedRows: 0 });
