// The values benches' data set: every current commune (3,321, the real reference units) ×
// 10 years (2016–2025) × 300 data elements = 9,963,000 values, plus the old-map values of the
// measured province (its pre-2025 communes, the rate's two elements, 2016–2024), so a
// roll-up also maps old units onto today's communes as a real plan page's does.
//
// Built in SQL (INSERT ... SELECT over generate_series), deterministic, with the table's keys
// and indexes dropped during the load and recreated from their own definitions afterwards
// (one index build instead of 10M index inserts), then VACUUM ANALYZE as autovacuum would.
// One build per engine per run, shared by values.rollup and values.save, dropped at the end.
//
// BENCH_VALUES_ELEMENTS: data elements per commune-year (default 300; PGlite defaults to
// BENCH_PGLITE_ELEMENTS, see below). BENCH_KEEP_DB=1 keeps the database for the next run (a
// fixed PostgreSQL database / PGlite folder per size) — for iterating on the code only.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import { type DatabaseHandle, openDatabase } from '../../src/db/database.ts';
import type { Database } from '../../src/db/schema.ts';
import { leafUnitsAsOf, rollupSourceUnitIds } from '../../src/domain/values/roll-up-indicator.ts';
import { calendarYear } from '../../src/domain/periods/reporting-calendars.ts';
import { seedCatalogue } from '../../src/domain/indicators/catalogue/index.ts';
import { buildApp } from '../../src/server/app.ts';
import { createAppContext, prepareDatabase } from '../../src/server/bootstrap.ts';
import type { AppContext } from '../../src/server/context.ts';
import { computeScope } from '../../src/server/access/scope.ts';
import type { Actor } from '../../src/server/auth/actor.ts';
import { createUser, type LoggedIn, loginAs } from '../../test/factories/users.ts';
import { createTestDatabase } from '../../test/support/test-database.ts';
import { disposeAtEnd } from './bench-cleanup.ts';
import type { BenchEngine } from './bench-engines.ts';

/** Vĩnh Long since 2025 (Vĩnh Long + Bến Tre + Trà Vinh): 124 communes, a seed province. */
export const benchProvince = process.env.BENCH_PROVINCE ?? 'p-86';
export const benchPlanner = { agencyId: `ag-${benchProvince}-so-noi-vu`, role: 'planner' as const };
export const rateIndicator = 'labour-trained-rate';
export const numeratorElement = 'labour-employed-trained';
export const denominatorElement = 'labour-employed';
export const benchYears = Array.from({ length: 10 }, (_, i) => String(2016 + i));
const firstYear = 2016;
const lastYear = 2025;

function elementCountFor(engine: BenchEngine['engine']): number {
  const asked = process.env.BENCH_VALUES_ELEMENTS;
  if (asked) return Number(asked);
  return engine === 'pglite' ? Number(process.env.BENCH_PGLITE_ELEMENTS ?? 300) : 300;
}

export interface ValuesDataset {
  engine: BenchEngine['engine'];
  db: Kysely<Database>;
  ctx: AppContext;
  app: FastifyInstance;
  /** Rows in data_values after the build. */
  rows: number;
  /** Of those, the old-map rows of the province. */
  oldMapRows: number;
  elements: number;
  communes: number;
  /** Build time (the reference data excluded); 0 when a kept database was reused. */
  buildMs: number;
  reused: boolean;
  /** A planner of the province (a new user each call), logged in through the real endpoint. */
  login(): Promise<{ session: LoggedIn; actor: Actor }>;
}

const built = new Map<string, Promise<ValuesDataset>>();

/** The data set on this engine: built on first use in the run, dropped when the run ends. */
export function openSharedValuesDataset(engine: BenchEngine): Promise<ValuesDataset> {
  const key = engine.engine;
  let pending = built.get(key);
  if (!pending) {
    pending = openValuesDataset(engine);
    built.set(key, pending);
  }
  return pending;
}

/** The 300 (or BENCH_VALUES_ELEMENTS) element ids: the catalogue's first, the rate's two among them. */
function benchElementIds(count: number): string[] {
  const catalogueIds = seedCatalogue.dataElements.map((element) => element.id);
  const ids = [
    numeratorElement,
    denominatorElement,
    ...catalogueIds.filter((id) => id !== numeratorElement && id !== denominatorElement),
  ];
  for (let n = ids.length + 1; ids.length < count; n++) ids.push(`bench-element-${String(n).padStart(3, '0')}`);
  return ids.slice(0, count);
}

async function openHandle(
  engine: BenchEngine,
  elements: number,
): Promise<{ handle: DatabaseHandle; dispose: () => Promise<void> }> {
  const keep = process.env.BENCH_KEEP_DB === '1';
  if (engine.serverUrl === null) {
    // On disk like `nhanluc serve`'s data folder (10M rows do not belong in memory).
    const folder = keep
      ? path.join(os.tmpdir(), `nhanluc-bench-values-${elements}`)
      : mkdtempSync(path.join(os.tmpdir(), 'nhanluc-bench-values-'));
    const handle = await openDatabase({ dataDir: folder });
    return {
      handle,
      dispose: async () => {
        await handle.close();
        if (!keep) rmSync(folder, { recursive: true, force: true });
      },
    };
  }
  if (!keep) {
    const test = await createTestDatabase(engine.serverUrl);
    return { handle: test, dispose: () => test.dispose() };
  }
  const name = `nhanluc_bench_values_${elements}`;
  const admin = new pg.Client({ connectionString: engine.serverUrl });
  await admin.connect();
  const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
  if (exists.rowCount === 0) await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(engine.serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString() });
  return { handle, dispose: () => handle.close() };
}

async function openValuesDataset(engine: BenchEngine): Promise<ValuesDataset> {
  const elements = elementCountFor(engine.engine);
  const { handle, dispose } = await openHandle(engine, elements);
  disposeAtEnd(dispose);
  await prepareDatabase(handle);
  const ctx = createAppContext(handle, { loginRateLimit: 1000 });
  const app = await buildApp({ ctx });
  disposeAtEnd(() => app.close());
  const { db } = handle;
  const index = await ctx.adminUnits.get();
  const communes = Number(
    (
      await db
        .selectFrom('admin_units')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('level', '=', 'commune')
        .where('valid_to', 'is', null)
        .executeTakeFirstOrThrow()
    ).n,
  );
  // The province's old communes: what its current communes were formed from.
  const today = '2026-01-01';
  const leaves = leafUnitsAsOf(index, benchProvince, today);
  const oldCommunes = [...rollupSourceUnitIds(index, leaves)].filter((id) => {
    const unit = index.get(id);
    return unit?.level === 'commune' && !index.isValidOn(unit, today);
  });
  const expected = communes * benchYears.length * elements + oldCommunes.length * (benchYears.length - 1) * 2;
  const present = await countRows(db);
  let buildMs = 0;
  const reused = present === expected;
  if (!reused) {
    if (present > 0) await sql`truncate data_values`.execute(db);
    const start = performance.now();
    await buildValues(db, benchElementIds(elements), oldCommunes, engine.engine);
    buildMs = Math.round(performance.now() - start);
    const rows = await countRows(db);
    if (rows !== expected) throw new Error(`values data set: ${rows} rows, expected ${expected}`);
  }
  return {
    engine: engine.engine,
    db,
    ctx,
    app,
    rows: expected,
    oldMapRows: oldCommunes.length * (benchYears.length - 1) * 2,
    elements,
    communes,
    buildMs,
    reused,
    async login() {
      const user = await createUser(db, {
        ...benchPlanner,
        username: `bench-planner-${Date.now()}-${Math.floor(Math.random() * 1e6)}`,
      });
      const session = await loginAs(app, user.username, user.password);
      const actor: Actor = {
        userId: user.id,
        username: user.username,
        displayName: user.username,
        role: user.role,
        agencyId: user.agencyId,
        adminUnitId: benchProvince,
        scope: computeScope(index, user.role, benchProvince),
      };
      return { session, actor };
    },
  };
}

async function countRows(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('data_values')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * The values themselves. Denominator (employed) 1,000–1,499 rising 5 a year per commune, the
 * numerator (trained) about half of it rising 3 a year, every other element below 1,000: so
 * the checks of a save (rate ≤ 100 %, no jump beyond 3 standard deviations) pass as they
 * would on real figures.
 */
async function buildValues(
  pool: Kysely<Database>,
  elementIds: readonly string[],
  oldCommunes: readonly string[],
  engine: BenchEngine['engine'],
): Promise<void> {
  // One connection throughout: maintenance_work_mem is a session setting.
  await pool.connection().execute((db) => buildValuesOn(db, elementIds, oldCommunes, engine));
}

async function buildValuesOn(
  db: Kysely<Database>,
  elementIds: readonly string[],
  oldCommunes: readonly string[],
  engine: BenchEngine['engine'],
): Promise<void> {
  const log = (message: string) => process.stderr.write(`[values dataset ${engine}] ${message}\n`);
  // Keys and indexes as the migrations made them, to be put back word for word.
  const constraints = await sql<{ name: string; definition: string }>`
    select conname as name, pg_get_constraintdef(oid) as definition from pg_constraint
    where conrelid = 'data_values'::regclass and contype in ('p', 'f') order by contype desc`.execute(db);
  const indexes = await sql<{ name: string; definition: string }>`
    select c.relname as name, pg_get_indexdef(i.indexrelid) as definition
    from pg_index i join pg_class c on c.oid = i.indexrelid
    where i.indrelid = 'data_values'::regclass and not i.indisprimary`.execute(db);
  for (const index of indexes.rows) await sql`drop index ${sql.id(index.name)}`.execute(db);
  for (const constraint of constraints.rows)
    await sql`alter table data_values drop constraint ${sql.id(constraint.name)}`.execute(db);

  const enteredAt = '2026-01-15T00:00:00Z';
  const chunk = 25;
  let start = performance.now();
  for (let from = 0; from < elementIds.length; from += chunk) {
    const ids = elementIds.slice(from, from + chunk);
    await sql`
      insert into data_values (data_element_id, unit_id, period, calendar_id, disaggregation, value, source, entered_by, entered_at)
      select e.id, u.id, y::text, ${calendarYear.id}::text, '',
        case e.id
          when ${denominatorElement}::text then 1000 + (u.n * 37) % 500 + (y - ${firstYear}::int) * 5
          when ${numeratorElement}::text then 500 + (u.n * 37) % 500 / 2 + (u.n * 13) % 100 + (y - ${firstYear}::int) * 3
          else (u.n * 31 + (e.n + ${from}::int) * 17 + y * 3) % 1000
        end,
        'imported', null, ${enteredAt}::timestamptz
      from unnest(${sql.val(ids)}::text[]) with ordinality as e(id, n)
      cross join (
        select id, row_number() over (order by id) as n from admin_units where level = 'commune' and valid_to is null
      ) as u
      cross join generate_series(${firstYear}::int, ${lastYear}::int) as y`.execute(db);
    log(
      `${Math.min(from + chunk, elementIds.length)}/${elementIds.length} elements, ${Math.round(performance.now() - start)} ms`,
    );
  }
  // The old communes' own reports before the 2025 reform (about a third of today's commune each).
  await sql`
    insert into data_values (data_element_id, unit_id, period, calendar_id, disaggregation, value, source, entered_by, entered_at)
    select e.id, u.id, y::text, ${calendarYear.id}::text, '',
      case e.id
        when ${denominatorElement}::text then 300 + (u.n * 37) % 200 + (y - ${firstYear}::int) * 2
        else 150 + (u.n * 37) % 200 / 2 + (u.n * 13) % 50 + (y - ${firstYear}::int)
      end,
      'imported', null, ${enteredAt}::timestamptz
    from unnest(${sql.val([numeratorElement, denominatorElement])}::text[]) as e(id)
    cross join unnest(${sql.val([...oldCommunes])}::text[]) with ordinality as u(id, n)
    cross join generate_series(${firstYear}::int, ${lastYear - 1}::int) as y`.execute(db);
  log(`rows inserted in ${Math.round(performance.now() - start)} ms`);
  start = performance.now();
  if (engine === 'postgres') await sql`set maintenance_work_mem = '512MB'`.execute(db);
  for (const constraint of constraints.rows)
    await sql`alter table data_values add constraint ${sql.id(constraint.name)} ${sql.raw(constraint.definition)}`.execute(
      db,
    );
  for (const index of indexes.rows) await sql.raw(index.definition).execute(db);
  log(`keys and indexes rebuilt in ${Math.round(performance.now() - start)} ms`);
  start = performance.now();
  await sql`vacuum analyze data_values`.execute(db);
  log(`vacuum analyze in ${Math.round(performance.now() - start)} ms`);
}
