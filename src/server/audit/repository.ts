import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

export interface AuditQuery {
  entity?: string | undefined;
  entityId?: string | undefined;
  /** Only rows with an id below this one (keyset pagination, newest first). */
  before?: number | undefined;
  limit: number;
}

export interface AuditRow {
  id: number;
  at: Date;
  actorName: string;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** Newest first; fetches one extra row to know whether another page exists. */
export async function listAuditRows(
  db: Kysely<Database>,
  query: AuditQuery,
): Promise<{ rows: AuditRow[]; hasMore: boolean }> {
  let select = db
    .selectFrom('audit_log')
    .select(['id', 'at', 'actor_name', 'action', 'entity', 'entity_id', 'before', 'after'])
    .orderBy('id', 'desc')
    .limit(query.limit + 1);
  if (query.entity !== undefined) select = select.where('entity', '=', query.entity);
  if (query.entityId !== undefined) select = select.where('entity_id', '=', query.entityId);
  if (query.before !== undefined) select = select.where('id', '<', query.before);
  const rows = await select.execute();
  const hasMore = rows.length > query.limit;
  return {
    hasMore,
    rows: rows.slice(0, query.limit).map((row) => ({
      id: Number(row.id),
      at: new Date(row.at as Date | string),
      actorName: row.actor_name,
      action: row.action,
      entity: row.entity,
      entityId: row.entity_id,
      before: row.before ?? null,
      after: row.after ?? null,
    })),
  };
}
