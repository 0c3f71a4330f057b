import { sql } from 'kysely';
import { ensureSeedAgencies } from './src/server/agencies/load-seed-agencies.ts';
import { insertAdminUnits, seedUnitFixtures } from './test/factories/agencies.ts';
import { insertPlansBulk, insertSeedUnitSuccessions } from './test/factories/plans.ts';
import { createTestDatabase } from './test/support/test-database.ts';
import { createAppContext } from './src/server/bootstrap.ts';
import { computeScope } from './src/server/access/scope.ts';
const db = await createTestDatabase('postgres://postgres@127.0.0.1:5432/postgres');
await insertAdminUnits(db.db, seedUnitFixtures());
await insertSeedUnitSuccessions(db.db);
await ensureSeedAgencies(db.db);
await insertPlansBulk(db.db, 1000, ['p-82', 'c-30037', 'od-tinh-dong-thap.huyen-thap-muoi', 'op-tinh-dong-thap', 'p-86']);
const ctx = createAppContext(db);
const scope = computeScope(await ctx.adminUnits.get(), 'planner', 'p-82');
const repo = await import('./src/server/plans/repository.ts');
// capture the query
const orig = db.db;
let captured: any = null;
const { listPlanPage } = repo;
const spy = orig.withPlugin({ transformQuery: (a: any) => a.node, transformResult: async (a: any) => a.result } as any);
const q = (orig as any);
const compiled: any[] = [];
const logged = orig.withPlugin({ transformQuery(args: any) { compiled.push(args.node); return args.node; }, async transformResult(args: any) { return args.result; } } as any);
await listPlanPage(logged as any, scope, { limit: 50, offset: 0 });
const c = orig.getExecutor().compileQuery(compiled.find((n: any) => n.limit), { queryId: 'x' } as any);
console.log(c.sql, c.parameters);
for (let i = 0; i < 3; i++) {
const r = await sql.raw(`explain (analyze, buffers) ${c.sql.replace(/\$(\d+)/g, (_: string, n: string) => `'${String(c.parameters[Number(n) - 1]).replace(/'/g, "''")}'`)}`).execute(orig);
if (i === 2) console.log((r.rows as any[]).map((x) => x['QUERY PLAN']).join('\n'));
}
const t0 = performance.now(); for (let i = 0; i < 200; i++) await listPlanPage(orig, scope, { limit: 50, offset: 0 }); console.log('avg ms', (performance.now() - t0) / 200);
await db.dispose();
