// Who a reminder goes to: the active users of the agency that owes the work (or of the commune
// a task was fanned out to), and for an escalation the planners and admins of the plan's unit.
import type { Role } from '../../domain/access/roles.ts';
import type { Executor } from '../plans/repository.ts';

export interface Recipient {
  userId: string;
  email: string | null;
}

function groupRecipients(rows: { key: string; userId: string; email: string | null }[]): Map<string, Recipient[]> {
  const groups = new Map<string, Recipient[]>();
  for (const row of rows)
    groups.set(row.key, [...(groups.get(row.key) ?? []), { userId: row.userId, email: row.email }]);
  return groups;
}

export async function findAgencyRecipients(
  db: Executor,
  agencyIds: readonly string[],
): Promise<Map<string, Recipient[]>> {
  if (agencyIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('users')
    .select(['agency_id as key', 'id as userId', 'email'])
    .where('agency_id', 'in', [...agencyIds])
    .where('active', '=', true)
    .where('role', '!=', 'viewer')
    .orderBy('id')
    .execute();
  return groupRecipients(rows);
}

/** Active users of any agency of the units, by unit; `roles` narrows them (all but viewers by default). */
async function findUsersOfUnits(
  db: Executor,
  unitIds: readonly string[],
  roles: readonly Role[] | null,
): Promise<Map<string, Recipient[]>> {
  if (unitIds.length === 0) return new Map();
  let query = db
    .selectFrom('users as u')
    .innerJoin('agencies as a', 'a.id', 'u.agency_id')
    .select(['a.admin_unit_id as key', 'u.id as userId', 'u.email'])
    .where('a.admin_unit_id', 'in', [...unitIds])
    .where('u.active', '=', true);
  query = roles ? query.where('u.role', 'in', [...roles]) : query.where('u.role', '!=', 'viewer');
  return groupRecipients(await query.orderBy('u.id').execute());
}

/** A commune a task was fanned out to (no people's committee in the catalogue): its users. */
export const findUnitRecipients = (db: Executor, unitIds: readonly string[]) => findUsersOfUnits(db, unitIds, null);

/** Who follows a plan up at its unit: the planners and admins there. */
export const findOverseers = (db: Executor, unitIds: readonly string[]) =>
  findUsersOfUnits(db, unitIds, ['planner', 'admin']);
