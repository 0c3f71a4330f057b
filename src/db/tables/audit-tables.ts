import type { ColumnType, Generated } from 'kysely';

export interface AuditLogTable {
  id: Generated<number>;
  at: ColumnType<Date, Date | string | undefined, never>;
  /** null for changes made by the system (migrations, demo loader, CLI). */
  actor_user_id: string | null;
  actor_name: string;
  action: string;
  entity: string;
  entity_id: string;
  before: ColumnType<unknown, string | null, never> | null;
  after: ColumnType<unknown, string | null, never> | null;
}

export interface AuditTables {
  audit_log: AuditLogTable;
}
