// The job queue on the database (pg-boss 10, decision 0030): jobs survive a restart, a
// singleton key makes a job run once however often it is sent, and cron schedules run in
// Vietnam's time zone. On PostgreSQL pg-boss keeps its own small pool; on PGlite it talks
// through the one embedded session (`runScript` for its multi-statement schema and commands,
// ordinary queries otherwise), so both engines hold the same `pgboss` schema.
import { CompiledQuery } from 'kysely';
import PgBoss from 'pg-boss';
import type { DatabaseHandle } from '../db/database.ts';

/** pg-boss's own tables, beside the application's. */
export const jobSchema = 'pgboss';
export const jobTimeZone = 'Asia/Ho_Chi_Minh';

function describeEngine(handle: DatabaseHandle): ConstructorParameters<typeof PgBoss>[0] {
  const common = { schema: jobSchema, migrate: true, supervise: true, schedule: true } as const;
  if (handle.engine === 'postgres') {
    if (!handle.databaseUrl) throw new Error('the PostgreSQL handle carries no connection string');
    return { ...common, connectionString: handle.databaseUrl, max: 3 };
  }
  const runScript = handle.runScript;
  if (!runScript) throw new Error('the PGlite handle cannot run scripts');
  return {
    ...common,
    db: {
      async executeSql(text: string, values?: unknown[]) {
        if (values && values.length > 0) {
          const result = await handle.db.executeQuery(CompiledQuery.raw(text, values));
          return { rows: result.rows as unknown[] };
        }
        return { rows: await runScript(text) };
      },
    },
  };
}

export async function startJobQueue(handle: DatabaseHandle): Promise<PgBoss> {
  const boss = new PgBoss(describeEngine(handle));
  // Errors inside pg-boss's own loops (a lost connection) are reported, never thrown away silently.
  boss.on('error', (error) => console.error(`Hàng đợi công việc: ${error.message}`));
  await boss.start();
  return boss;
}
