import { sql, type Kysely } from 'kysely';

// Targets of a plan; "trong đó" children point at their parent target.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('plan_targets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('parent_id', 'text', (c) => c.references('plan_targets.id').onDelete('cascade'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('op', 'text', (c) =>
      c
        .notNull()
        .check(sql`op in ('gte', 'gt', 'lte', 'lt', 'eq', 'range', 'approx', 'increase', 'decrease', 'maintain')`),
    )
    .addColumn('value', 'numeric')
    .addColumn('value2', 'numeric')
    .addColumn('unit', 'text', (c) => c.check(sql`unit is null or unit in ('percent', 'per10k', 'count')`))
    .addColumn('unit_noun', 'text')
    .addColumn('year', 'integer')
    .addColumn('source_line', 'integer')
    .execute();
}
