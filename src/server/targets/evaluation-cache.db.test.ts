// The data generation moves with every write evaluations read, in the writer's transaction,
// and remembered evaluations are reused only while it stays.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { EVALUATION_CACHE_SIZE, readDataGeneration, rememberEvaluation } from './evaluation-cache.ts';

let harness: TestApp;

beforeAll(async () => {
  harness = await startTestApp();
});

afterAll(async () => {
  await harness?.close();
});

const insertValue = (value: number) =>
  harness.db.db
    .insertInto('data_values')
    .values({
      data_element_id: 'employment-new-jobs',
      unit_id: 't-c1',
      period: '2025',
      calendar_id: 'calendar-year',
      value,
      source: 'entered',
      entered_by: null,
    })
    .onConflict((conflict) =>
      conflict
        .columns(['data_element_id', 'unit_id', 'period', 'calendar_id', 'disaggregation'])
        .doUpdateSet({ value }),
    )
    .execute();

describe('the data generation', () => {
  it('goes up with a value written, changed or deleted, and not with a read', async () => {
    const db = harness.db.db;
    const start = await readDataGeneration(db);
    await insertValue(10);
    const afterInsert = await readDataGeneration(db);
    expect(afterInsert).toBeGreaterThan(start);
    await insertValue(11);
    const afterUpdate = await readDataGeneration(db);
    expect(afterUpdate).toBeGreaterThan(afterInsert);
    await db.selectFrom('data_values').selectAll().execute();
    expect(await readDataGeneration(db)).toBe(afterUpdate);
    await db.deleteFrom('data_values').where('unit_id', '=', 't-c1').execute();
    expect(await readDataGeneration(db)).toBeGreaterThan(afterUpdate);
  });

  it('does not move when the writing transaction rolls back', async () => {
    const db = harness.db.db;
    const start = await readDataGeneration(db);
    await expect(
      db.transaction().execute(async (trx) => {
        await sql`update plans set title = title`.execute(trx);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await readDataGeneration(db)).toBe(start);
  });
});

describe('rememberEvaluation', () => {
  const map = {};

  it('computes once per key, generation and map; again when either changes', async () => {
    const db = harness.db.db;
    let computed = 0;
    const compute = async () => ++computed;
    const [a, b] = await Promise.all([
      rememberEvaluation(db, 'k', { generation: 1, map }, compute),
      rememberEvaluation(db, 'k', { generation: 1, map }, compute),
    ]);
    expect([a, b, computed]).toEqual([1, 1, 1]);
    expect(await rememberEvaluation(db, 'k', { generation: 2, map }, compute)).toBe(2);
    expect(await rememberEvaluation(db, 'k', { generation: 2, map: {} }, compute)).toBe(3);
    expect(await rememberEvaluation(db, 'other', { generation: 2, map }, compute)).toBe(4);
  });

  it('forgets a failed computation', async () => {
    const db = harness.db.db;
    await expect(
      rememberEvaluation(db, 'fails', { generation: 1, map }, async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await rememberEvaluation(db, 'fails', { generation: 1, map }, async () => 'ok')).toBe('ok');
  });

  it('keeps at most EVALUATION_CACHE_SIZE entries, the least recently used out first', async () => {
    const db = harness.db.db;
    let computed = 0;
    const compute = async () => ++computed;
    await rememberEvaluation(db, 'first', { generation: 1, map }, compute);
    for (let i = 0; i < EVALUATION_CACHE_SIZE; i++)
      await rememberEvaluation(db, `fill-${i}`, { generation: 1, map }, compute);
    const before = computed;
    await rememberEvaluation(db, 'first', { generation: 1, map }, compute);
    expect(computed).toBe(before + 1);
  });
});
