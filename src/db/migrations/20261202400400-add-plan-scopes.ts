import { sql, type Kysely } from 'kysely';

// Which scope roots see each plan, with the plan's list order: a plans page within a scope
// is then one range of one index (root, order), read no further than the page, and its
// total one count over the root's entries, whatever the number of units in the scope
// (a province's scope holds 150 to 740 of them). The rows derive from plans and
// admin_unit_scopes, and triggers keep them so on every write to either: bulk imports,
// factories and a refilled unit map included. See docs/decisions/0012-the-hot-read-path.md.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table plan_scopes (
      root_unit_id text not null,
      plan_id text not null references plans(id) on delete cascade,
      list_key text not null,
      created_at timestamptz not null,
      primary key (root_unit_id, plan_id)
    )`.execute(db);
  await sql`create index plan_scopes_list_idx on plan_scopes (root_unit_id, list_key desc, created_at desc, plan_id desc)`.execute(
    db,
  );
  await sql`create index plan_scopes_plan_idx on plan_scopes (plan_id)`.execute(db);

  await sql`
    create function plan_scopes_after_plans_insert() returns trigger language plpgsql as $$
    begin
      insert into plan_scopes (root_unit_id, plan_id, list_key, created_at)
      select s.root_unit_id, p.id, p.list_key, p.created_at from new_plans p join admin_unit_scopes s on s.unit_id = p.admin_unit_id;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger plan_scopes_after_plans_insert after insert on plans
    referencing new table as new_plans for each statement execute function plan_scopes_after_plans_insert()`.execute(
    db,
  );

  // Plans are not edited today; should one move or change its date, its rows follow.
  await sql`
    create function plan_scopes_after_plans_update() returns trigger language plpgsql as $$
    begin
      delete from plan_scopes ps using old_plans o where ps.plan_id = o.id;
      insert into plan_scopes (root_unit_id, plan_id, list_key, created_at)
      select s.root_unit_id, p.id, p.list_key, p.created_at from new_plans p join admin_unit_scopes s on s.unit_id = p.admin_unit_id;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger plan_scopes_after_plans_update after update on plans
    referencing old table as old_plans new table as new_plans for each statement execute function plan_scopes_after_plans_update()`.execute(
    db,
  );

  await sql`
    create function plan_scopes_after_unit_scopes_insert() returns trigger language plpgsql as $$
    begin
      -- A plan confirmed meanwhile would have taken its rows from the old scopes: wait for it
      -- to commit, then read it here (each statement below sees what is committed by then).
      lock table plans in share mode;
      insert into plan_scopes (root_unit_id, plan_id, list_key, created_at)
      select n.root_unit_id, p.id, p.list_key, p.created_at from new_scopes n join plans p on p.admin_unit_id = n.unit_id
      on conflict do nothing;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger plan_scopes_after_unit_scopes_insert after insert on admin_unit_scopes
    referencing new table as new_scopes for each statement execute function plan_scopes_after_unit_scopes_insert()`.execute(
    db,
  );

  await sql`
    create function plan_scopes_after_unit_scopes_delete() returns trigger language plpgsql as $$
    begin
      lock table plans in share mode;
      delete from plan_scopes ps using old_scopes o, plans p
      where ps.root_unit_id = o.root_unit_id and ps.plan_id = p.id and p.admin_unit_id = o.unit_id;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger plan_scopes_after_unit_scopes_delete after delete on admin_unit_scopes
    referencing old table as old_scopes for each statement execute function plan_scopes_after_unit_scopes_delete()`.execute(
    db,
  );

  await sql`
    insert into plan_scopes (root_unit_id, plan_id, list_key, created_at)
    select s.root_unit_id, p.id, p.list_key, p.created_at from plans p join admin_unit_scopes s on s.unit_id = p.admin_unit_id`.execute(
    db,
  );
}
