import type { ColumnType } from 'kysely';
import type { TargetStatus } from '../../domain/targets/types.ts';

/** A planner's status for a plan target, with the reason; see migration 20261203400000. */
export interface PlanTargetStatusOverridesTable {
  target_id: string;
  status: TargetStatus;
  reason: string;
  /** Null for the system, or when the user was deleted. */
  set_by: string | null;
  set_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface TargetTables {
  plan_target_status_overrides: PlanTargetStatusOverridesTable;
}
