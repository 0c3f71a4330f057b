import { type Kysely, sql } from 'kysely';

// One number that goes up with every statement changing what target statuses are computed
// from (values, plans and their scopes, targets and their links, status overrides), in the
// writer's own transaction. Evaluations computed from live roll-ups are remembered against it
// (src/server/targets/evaluation-cache.ts): the next request after a write sees a new number
// and computes afresh, on every app server sharing the database — decision 0026.
const watched = ['data_values', 'plans', 'plan_scopes', 'plan_targets', 'plan_target_status_overrides'];

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table data_generation (
      id smallint primary key check (id = 1),
      generation bigint not null default 0
    )`.execute(db);
  await sql`insert into data_generation (id, generation) values (1, 0)`.execute(db);
  await sql`
    create function bump_data_generation() returns trigger language plpgsql as $$
    begin
      update data_generation set generation = generation + 1 where id = 1;
      return null;
    end $$`.execute(db);
  for (const table of watched) {
    await sql`
      create trigger ${sql.raw(`${table}_bump_data_generation`)}
      after insert or update or delete or truncate on ${sql.table(table)}
      for each statement execute function bump_data_generation()`.execute(db);
  }
}
