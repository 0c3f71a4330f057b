import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('admin_unit_successions')
    .addColumn('predecessor_id', 'text', (c) => c.notNull().references('admin_units.id'))
    .addColumn('successor_id', 'text', (c) => c.notNull().references('admin_units.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('merged', 'split')`))
    .addColumn('share', 'numeric', (c) => c.notNull().check(sql`share > 0 and share <= 1`))
    .addColumn('apportioned', 'boolean', (c) => c.notNull().defaultTo(false))
    .addPrimaryKeyConstraint('admin_unit_successions_pk', ['predecessor_id', 'successor_id'])
    .execute();
  await db.schema
    .createIndex('admin_unit_successions_successor_idx')
    .on('admin_unit_successions')
    .column('successor_id')
    .execute();
}
