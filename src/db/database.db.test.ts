import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database.ts';
import { openDatabase } from './database.ts';
import type { Database } from './schema.ts';

// An audit row written straight through Kysely: this file tests the engine, not the audit feature.
async function writeProbe(executor: Kysely<Database>, entityId: string, after?: unknown): Promise<void> {
  await executor
    .insertInto('audit_log')
    .values({
      actor_user_id: null,
      actor_name: 'Hệ thống',
      action: 'create',
      entity: 'probe',
      entity_id: entityId,
      before: null,
      after: after === undefined ? null : JSON.stringify(after),
    })
    .execute();
}

describe('database engine', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.dispose();
  });

  it('runs on the engine the environment asks for', () => {
    expect(database.engine).toBe(process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite');
  });

  it('returns dates as ISO strings and counts as numbers on both engines', async () => {
    const { rows } = await sql<{
      d: string;
      n: number;
    }>`select date '2025-07-01' as d, count(*) as n from generate_series(1, 3)`.execute(database.db);
    expect(rows[0]).toEqual({ d: '2025-07-01', n: 3 });
  });

  it('rolls back a failed transaction completely', async () => {
    await expect(
      database.db.transaction().execute(async (trx) => {
        await writeProbe(trx, 'rollback');
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const rows = await database.db.selectFrom('audit_log').where('entity_id', '=', 'rollback').selectAll().execute();
    expect(rows).toHaveLength(0);
  });

  it('keeps a committed transaction and its JSON', async () => {
    await database.db.transaction().execute(async (trx) => {
      await writeProbe(trx, 'commit', { tên: 'Tháp Mười' });
    });
    const row = await database.db
      .selectFrom('audit_log')
      .where('entity_id', '=', 'commit')
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(row.after).toEqual({ tên: 'Tháp Mười' });
    expect(row.actor_name).toBe('Hệ thống');
  });

  it('serialises concurrent queries while a transaction is open', async () => {
    const inTransaction = database.db.transaction().execute(async (trx) => {
      await writeProbe(trx, 'concurrent');
      await sql`select pg_sleep(0.05)`.execute(trx);
    });
    const outside = database.db.selectFrom('audit_log').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
    await Promise.all([inTransaction, outside]);
    const after = await database.db.selectFrom('audit_log').where('entity_id', '=', 'concurrent').selectAll().execute();
    expect(after).toHaveLength(1);
  });

  // A throw-away database is dropped WITH (FORCE) right after close: a connection still
  // open then is terminated (57P01), which used to surface as an unhandled error.
  it.runIf(process.env.TEST_DATABASE_URL)('closes only when every PostgreSQL connection is gone', async () => {
    const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(database.db);
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${rows[0]!.name}`;
    url.searchParams.set('application_name', 'nhanluc-close-probe');
    const probe = await openDatabase({ databaseUrl: url.toString() });
    await Promise.all(Array.from({ length: 5 }, () => sql`select pg_sleep(0.02)`.execute(probe.db)));
    await probe.close();
    const left = await sql<{
      n: number;
    }>`select count(*) as n from pg_stat_activity where application_name = 'nhanluc-close-probe'`.execute(database.db);
    expect(left.rows[0]!.n).toBe(0);
  });

  it.runIf(process.env.TEST_DATABASE_URL)('survives the server terminating its idle connections', async () => {
    await Promise.all(Array.from({ length: 5 }, () => sql`select pg_sleep(0.02)`.execute(database.db)));
    await sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`.execute(
      database.db,
    );
    // Give the terminated clients time to receive 57P01 and raise it.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const { rows } = await sql<{ n: number }>`select 1 as n`.execute(database.db);
    expect(rows[0]!.n).toBe(1);
  });

  it.runIf(process.env.TEST_DATABASE_URL)('prepares a repeated statement once per connection', async () => {
    const names = await database.db.connection().execute(async (connection) => {
      for (let i = 0; i < 3; i++) await sql`select ${i}::int + 1 as "autoPrepareProbe"`.execute(connection);
      const { rows } = await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(
        connection,
      );
      return rows.map((row) => row.statement);
    });
    expect(names.filter((text) => text.includes('autoPrepareProbe'))).toHaveLength(1);
  });

  it.runIf(process.env.TEST_DATABASE_URL)('answers a prepared select * after its table gains a column', async () => {
    await sql`create table auto_prepare_probe (a int)`.execute(database.db);
    await sql`insert into auto_prepare_probe values (1)`.execute(database.db);
    const readAll = () =>
      Promise.all(
        Array.from({ length: 12 }, () =>
          sql<Record<string, number>>`select * from auto_prepare_probe`.execute(database.db),
        ),
      );
    await readAll();
    await readAll();
    await sql`alter table auto_prepare_probe add column b int default 2`.execute(database.db);
    const answers = await readAll();
    expect(answers.map((answer) => answer.rows[0])).toEqual(Array.from({ length: 12 }, () => ({ a: 1, b: 2 })));
    await sql`drop table auto_prepare_probe`.execute(database.db);
  });
});
