import { sql, type Kysely } from 'kysely';

// "Việc của tôi" is remembered against the data generation like target evaluations (decision
// 0027): every write to what it is computed from moves the number in the writer's
// transaction, so the next request computes afresh on every app server. (Plans already bump it.)
const watched = ['plan_tasks', 'plan_task_agencies', 'task_assignments', 'task_progress', 'agencies'];

export async function up(db: Kysely<any>): Promise<void> {
  for (const table of watched) {
    await sql`
      create trigger ${sql.raw(`${table}_bump_data_generation`)}
      after insert or update or delete or truncate on ${sql.table(table)}
      for each statement execute function bump_data_generation()`.execute(db);
  }
}
