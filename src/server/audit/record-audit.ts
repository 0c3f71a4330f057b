import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';

export interface AuditEntry {
  /** Who made the change; a null userId (the system actor) or null: the system itself (CLI, demo loader, jobs). */
  actor: { userId: string | null; displayName: string } | null;
  action: 'create' | 'update' | 'delete' | 'login' | 'logout' | 'login_failed' | string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Writes one audit row. Call it inside the same transaction as the change so that a
 * change never lands without its audit row (and vice versa).
 */
export async function recordAudit(
  executor: Kysely<Database> | Transaction<Database>,
  entry: AuditEntry,
): Promise<void> {
  await executor
    .insertInto('audit_log')
    .values({
      actor_user_id: entry.actor?.userId ?? null,
      actor_name: entry.actor?.displayName ?? 'Hệ thống',
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    })
    .execute();
}
