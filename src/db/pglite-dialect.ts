import { Worker } from 'node:worker_threads';
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';

interface WorkerReply {
  id: number;
  ok: boolean;
  ready?: boolean;
  rows: unknown[];
  affectedRows: number;
  dump?: Uint8Array;
  error?: { message: string; code?: string; detail?: string; constraint?: string };
}

/** Error thrown for a failed statement; carries the PostgreSQL SQLSTATE like node-postgres does. */
export class PgliteQueryError extends Error {
  code: string | undefined;
  detail: string | undefined;
  constraint: string | undefined;
  constructor(reply: NonNullable<WorkerReply['error']>) {
    super(reply.message);
    this.code = reply.code;
    this.detail = reply.detail;
    this.constraint = reply.constraint;
  }
}

/** Talks to the PGlite worker; one request in flight per id. */
class PgliteWorkerClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (r: WorkerReply) => void; reject: (e: Error) => void }>();
  private nextId = 1;
  readonly ready: Promise<void>;

  constructor(location: PgliteLocation) {
    this.worker = new Worker(new URL('./pglite-worker.mjs', import.meta.url), { workerData: location });
    this.ready = new Promise((resolve, reject) => {
      const onFirst = (reply: WorkerReply) => {
        if (reply.id === 0) {
          this.worker.off('message', onFirst);
          if (reply.ok) resolve();
          else reject(new PgliteQueryError(reply.error ?? { message: 'PGlite failed to start' }));
        }
      };
      this.worker.on('message', onFirst);
      this.worker.once('error', reject);
    });
    this.worker.on('message', (reply: WorkerReply) => {
      if (reply.id === 0) return;
      const waiter = this.pending.get(reply.id);
      if (!waiter) return;
      this.pending.delete(reply.id);
      if (reply.ok) waiter.resolve(reply);
      else waiter.reject(new PgliteQueryError(reply.error ?? { message: 'unknown PGlite error' }));
    });
    this.worker.on('error', (error) => {
      for (const waiter of this.pending.values()) waiter.reject(error);
      this.pending.clear();
    });
  }

  send(
    message:
      | { type: 'query'; sql: string; params: readonly unknown[] }
      | { type: 'exec'; sql: string }
      | { type: 'dump' }
      | { type: 'close' },
  ): Promise<WorkerReply> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, ...message });
    });
  }

  async terminate(): Promise<void> {
    try {
      await this.send({ type: 'close' });
    } finally {
      await this.worker.terminate();
    }
  }
}

class PgliteConnection implements DatabaseConnection {
  constructor(private readonly client: PgliteWorkerClient) {}

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const reply = await this.client.send({ type: 'query', sql: compiledQuery.sql, params: compiledQuery.parameters });
    return { rows: reply.rows as R[], numAffectedRows: BigInt(reply.affectedRows) };
  }

  async *streamQuery<R>(compiledQuery: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    yield await this.executeQuery<R>(compiledQuery);
  }

  /** Runs several statements in one round trip; the rows of the last one. */
  async executeScript(sql: string): Promise<Record<string, unknown>[]> {
    const reply = await this.client.send({ type: 'exec', sql });
    return reply.rows as Record<string, unknown>[];
  }
}

/**
 * PGlite is a single PostgreSQL session, so the driver hands out one connection at a
 * time: a transaction holds it until commit or rollback and other queries wait.
 */
class PgliteDriver implements Driver {
  client: PgliteWorkerClient | null = null;
  private connection: PgliteConnection | null = null;
  private queue: Promise<void> = Promise.resolve();
  private releaseCurrent: (() => void) | null = null;

  constructor(private readonly location: PgliteLocation) {}

  async init(): Promise<void> {
    this.client = new PgliteWorkerClient(this.location);
    await this.client.ready;
    this.connection = new PgliteConnection(this.client);
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const previous = this.queue;
    let release!: () => void;
    this.queue = new Promise<void>((resolve) => (release = resolve));
    await previous;
    this.releaseCurrent = release;
    if (!this.connection) throw new Error('PGlite driver is not initialised');
    return this.connection;
  }

  /** A multi-statement script in its turn on the one session (never inside another's transaction). */
  async runScript(sql: string): Promise<Record<string, unknown>[]> {
    const connection = (await this.acquireConnection()) as PgliteConnection;
    try {
      return await connection.executeScript(sql);
    } finally {
      await this.releaseConnection();
    }
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    if (settings.isolationLevel || settings.accessMode) {
      let sql = 'start transaction';
      if (settings.isolationLevel) sql += ` isolation level ${settings.isolationLevel}`;
      if (settings.accessMode) sql += ` ${settings.accessMode}`;
      await connection.executeQuery(CompiledQuery.raw(sql));
    } else {
      await connection.executeQuery(CompiledQuery.raw('begin'));
    }
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async savepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`savepoint ${name}`));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`rollback to savepoint ${name}`));
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`release savepoint ${name}`));
  }

  async releaseConnection(): Promise<void> {
    const release = this.releaseCurrent;
    this.releaseCurrent = null;
    release?.();
  }

  async destroy(): Promise<void> {
    await this.queue;
    await this.client?.terminate();
    this.client = null;
    this.connection = null;
  }
}

export interface PgliteLocation {
  /** Data directory; null keeps the database in memory. */
  dataDir: string | null;
  /** A file written by dump() to start from instead of an empty cluster. */
  loadDataDir?: string | undefined;
}

/** Kysely dialect for PGlite running in a worker thread. */
export class PgliteWorkerDialect implements Dialect {
  private driver: PgliteDriver | null = null;
  constructor(private readonly location: PgliteLocation) {}
  createAdapter() {
    return new PostgresAdapter();
  }
  createDriver(): Driver {
    this.driver = new PgliteDriver(this.location);
    return this.driver;
  }
  /** Several statements at once, rows of the last (PGlite's exec; used by the job queue). */
  async runScript(sql: string): Promise<Record<string, unknown>[]> {
    if (!this.driver) throw new Error('PGlite is not open');
    return this.driver.runScript(sql);
  }
  /** The whole database as an uncompressed tarball (PGlite's dumpDataDir). */
  async dump(): Promise<Uint8Array> {
    const reply = await this.driver?.client?.send({ type: 'dump' });
    if (!reply?.dump) throw new Error('PGlite is not open');
    return reply.dump;
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
  createIntrospector(db: Kysely<unknown>) {
    return new PostgresIntrospector(db);
  }
}
