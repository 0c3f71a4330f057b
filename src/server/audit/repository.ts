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
  /** What the entry is about, by name (a user's name, an agency's, a plan's number and title). */
  subjectLabel: string | null;
}

/** A name for entries whose record is gone (a deleted plan, a discarded draft): from the snapshot. */
function labelFromSnapshot(entity: string, before: unknown, after: unknown): string | null {
  const snapshot = { ...(isRecord(before) ? before : {}), ...(isRecord(after) ? after : {}) };
  const text = (key: string) => (typeof snapshot[key] === 'string' ? (snapshot[key] as string) : null);
  if (entity === 'plan' || entity === 'plan_draft') {
    const parts = [text('number'), text('title') ?? text('fileName')].filter((part) => part !== null);
    return parts.length > 0 ? parts.join(' — ') : null;
  }
  if (entity === 'user') return text('displayName') ?? text('username');
  if (entity === 'agency') return text('name');
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Newest first; fetches one extra row to know whether another page exists. */
export async function listAuditRows(
  db: Kysely<Database>,
  query: AuditQuery,
): Promise<{ rows: AuditRow[]; hasMore: boolean }> {
  // The subject's current name, joined by entity type (one left join each, on primary keys).
  let select = db
    .selectFrom('audit_log')
    .leftJoin('users as su', (join) =>
      join.onRef('su.id', '=', 'audit_log.entity_id').on('audit_log.entity', '=', 'user'),
    )
    .leftJoin('agencies as sa', (join) =>
      join.onRef('sa.id', '=', 'audit_log.entity_id').on('audit_log.entity', '=', 'agency'),
    )
    .leftJoin('plans as sp', (join) =>
      join.onRef('sp.id', '=', 'audit_log.entity_id').on('audit_log.entity', '=', 'plan'),
    )
    .leftJoin('plan_drafts as sd', (join) =>
      join.onRef('sd.id', '=', 'audit_log.entity_id').on('audit_log.entity', '=', 'plan_draft'),
    )
    .select([
      'audit_log.id as id',
      'audit_log.at as at',
      'audit_log.actor_name as actor_name',
      'audit_log.action as action',
      'audit_log.entity as entity',
      'audit_log.entity_id as entity_id',
      'audit_log.before as before',
      'audit_log.after as after',
      'su.display_name as user_name',
      'sa.name as agency_name',
      'sp.number as plan_number',
      'sp.title as plan_title',
      'sd.file_name as draft_file_name',
    ])
    .orderBy('audit_log.id', 'desc')
    .limit(query.limit + 1);
  if (query.entity !== undefined) select = select.where('audit_log.entity', '=', query.entity);
  if (query.entityId !== undefined) select = select.where('audit_log.entity_id', '=', query.entityId);
  if (query.before !== undefined) select = select.where('audit_log.id', '<', query.before);
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
      subjectLabel:
        row.user_name ??
        row.agency_name ??
        ([row.plan_number, row.plan_title].filter(Boolean).join(' — ') || null) ??
        row.draft_file_name ??
        labelFromSnapshot(row.entity, row.before, row.after),
    })),
  };
}
