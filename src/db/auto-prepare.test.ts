import { describe, expect, it } from 'vitest';
import { createStatementUseCounter, enableAutoPrepare, nameStatement, type AutoPrepareLimits } from './auto-prepare.ts';

type Call = { text: string; values: unknown; name?: string };

/** A stand-in for pg.Client: records what it was asked and answers with `answer`. */
function fakeClient(answer: (call: Call) => Promise<unknown> = async () => ({ rows: [] })) {
  const calls: Call[] = [];
  const client = {
    query(config: unknown, values?: unknown) {
      const call: Call = typeof config === 'string' ? { text: config, values } : (config as Call);
      calls.push(call);
      return answer(call);
    },
  };
  return { client, calls };
}

const limits: AutoPrepareLimits = { minUses: 2, maxPerConnection: 3, maxCountedTexts: 100 };
const select = 'select "id" from "plans" where "id" = $1';

describe('automatic preparation', () => {
  it('names a statement from its second use on, with a name derived from its text', async () => {
    const { client, calls } = fakeClient();
    enableAutoPrepare(client, createStatementUseCounter(limits), limits);
    for (let i = 0; i < 3; i++) await client.query(select, [String(i)]);
    expect(calls.map((call) => call.name)).toEqual([undefined, nameStatement(select), nameStatement(select)]);
    expect(calls[2]).toEqual({ name: nameStatement(select), text: select, values: ['2'] });
    expect(nameStatement(select)).toBe(nameStatement(`${select}`));
    expect(nameStatement(select)).not.toBe(nameStatement(`${select} limit 1`));
  });

  it.each([
    ['begin'],
    ['commit'],
    ['create table t (a int)'],
    ['alter table plans add column x int'],
    ['lock table admin_unit_scopes in exclusive mode'],
    ['vacuum analyze plans'],
  ])('leaves %s unnamed however often it runs', async (text) => {
    const { client, calls } = fakeClient();
    enableAutoPrepare(client, createStatementUseCounter(limits), limits);
    for (let i = 0; i < 4; i++) await client.query(text, []);
    expect(calls.every((call) => call.name === undefined)).toBe(true);
  });

  it.each([
    ['select 1'],
    ['  with x as (select 1) select * from x'],
    ['insert into t values ($1)'],
    ['update t set a = $1'],
    ['delete from t'],
    ['(select 1) union (select 2)'],
  ])('prepares %s', async (text) => {
    const { client, calls } = fakeClient();
    enableAutoPrepare(client, createStatementUseCounter(limits), limits);
    await client.query(text, []);
    await client.query(text, []);
    expect(calls[1]!.name).toBe(nameStatement(text));
  });

  it('counts uses across connections of one process', async () => {
    const counter = createStatementUseCounter(limits);
    const first = fakeClient();
    const second = fakeClient();
    enableAutoPrepare(first.client, counter, limits);
    enableAutoPrepare(second.client, counter, limits);
    await first.client.query(select, []);
    await second.client.query(select, []);
    expect(first.calls[0]!.name).toBeUndefined();
    expect(second.calls[0]!.name).toBe(nameStatement(select));
  });

  it('keeps at most maxPerConnection named statements on a connection', async () => {
    const { client, calls } = fakeClient();
    enableAutoPrepare(client, createStatementUseCounter({ ...limits, minUses: 1 }), limits);
    for (let i = 0; i < 5; i++) await client.query(`select ${i}`, []);
    expect(calls.map((call) => call.name !== undefined)).toEqual([true, true, true, false, false]);
    await client.query('select 0', []);
    expect(calls.at(-1)!.name).toBe(nameStatement('select 0'));
  });

  it('passes other call forms through untouched', async () => {
    const { client, calls } = fakeClient();
    enableAutoPrepare(client, createStatementUseCounter({ ...limits, minUses: 1 }), limits);
    const config = { text: select, values: ['a'], rowMode: 'array' };
    await client.query(config);
    expect(calls[0]).toBe(config);
    const cursor = { submit() {} };
    await client.query(cursor as never);
    expect(calls[1]).toBe(cursor);
  });

  it('runs a statement unnamed again when the server says its prepared result type changed', async () => {
    let failNamed = true;
    const { client, calls } = fakeClient(async (call) => {
      if (call.name && failNamed)
        throw Object.assign(new Error('cached plan must not change result type'), { code: '0A000' });
      return { rows: [{ a: 1, b: 2 }] };
    });
    enableAutoPrepare(client, createStatementUseCounter(limits), limits);
    await client.query('select * from t', []);
    await expect(client.query('select * from t', [])).resolves.toEqual({ rows: [{ a: 1, b: 2 }] });
    expect(calls.slice(1).map((call) => call.name)).toEqual([nameStatement('select * from t'), undefined]);
    failNamed = false;
    await client.query('select * from t', []);
    expect(calls.at(-1)!.name).toBeUndefined();
  });

  it('inside a transaction reports the failure instead of running on in an aborted transaction', async () => {
    const { client, calls } = fakeClient(async (call) => {
      if (call.name) throw Object.assign(new Error('cached plan must not change result type'), { code: '0A000' });
      return { rows: [] };
    });
    enableAutoPrepare(client, createStatementUseCounter(limits), limits);
    await client.query('select * from t', []);
    await client.query('begin', []);
    await client.query('savepoint sp1', []);
    await client.query('rollback to savepoint sp1', []);
    await expect(client.query('select * from t', [])).rejects.toMatchObject({ code: '0A000' });
    await client.query('rollback', []);
    expect(calls.map((call) => call.text)).toEqual([
      'select * from t',
      'begin',
      'savepoint sp1',
      'rollback to savepoint sp1',
      'select * from t',
      'rollback',
    ]);
  });

  it('passes every other error on without a retry', async () => {
    const { client, calls } = fakeClient(async () => {
      throw Object.assign(new Error('duplicate key'), { code: '23505' });
    });
    enableAutoPrepare(client, createStatementUseCounter({ ...limits, minUses: 1 }), limits);
    await expect(client.query('insert into t values ($1)', [1])).rejects.toMatchObject({ code: '23505' });
    expect(calls).toHaveLength(1);
  });

  it('forgets use counts when too many distinct texts were seen', () => {
    const counter = createStatementUseCounter({ ...limits, maxCountedTexts: 2 });
    expect(counter.countUse('a')).toBe(false);
    expect(counter.countUse('b')).toBe(false);
    expect(counter.countUse('c')).toBe(false);
    expect(counter.countUse('a')).toBe(false);
    expect(counter.countUse('c')).toBe(true);
  });
});
