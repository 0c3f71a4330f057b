// Who may do what with tasks (decision 0027). A task is read by whoever may read its plan
// (the plan's unit in scope) and by whoever it falls to: a commune sees the tasks of district
// and province plans fanned out to it without the plan's unit entering its scope. A task
// falls to a user when an assignment names the user's agency, or fans out to the user's
// commune as such ("UBND các xã"). Only the lead reports progress; lead and supporting
// agencies comment; the lead or a planner of the plan's unit adds sub-tasks.
import type { Role } from '../../domain/access/roles.ts';
import type { Derivation } from '../../domain/tasks/fan-out-assignments.ts';
import { ability, editorRoles, everyRole } from '../access/policy.ts';
import { scopeIncludes } from '../access/scope.ts';
import type { Principal } from '../auth/actor.ts';

export interface HolderRef {
  role: 'lead' | 'support';
  agencyId: string | null;
  adminUnitId: string | null;
  derivation: Derivation;
}

export interface TaskRef {
  planUnitId: string;
  holders: readonly HolderRef[];
}

/** Roles that act on tasks: viewers only read. */
const actingRoles: readonly Role[] = ['admin', 'planner', 'reporter'];

/** Whether the assignment is the actor's own (their agency, or their commune as such). */
export function fallsTo(actor: Principal, holder: Pick<HolderRef, 'agencyId' | 'adminUnitId' | 'derivation'>): boolean {
  if (actor.system) return false;
  return (
    (holder.agencyId !== null && holder.agencyId === actor.agencyId) ||
    (holder.derivation === 'communes' && holder.adminUnitId === actor.adminUnitId)
  );
}

const readsPlan = (actor: Principal, task: TaskRef) => scopeIncludes(actor.scope, task.planUnitId);
const leads = (actor: Principal, task: TaskRef) =>
  task.holders.some((holder) => holder.role === 'lead' && fallsTo(actor, holder));
const isEverywhere = (actor: Principal) => actor.system === true || actor.scope.all;

export const taskPolicy = {
  /** "Việc của tôi": every user has one (an empty list for an agency with no tasks). */
  canListMine: ability(everyRole),
  /** The overdue list, over the plans in scope. */
  canListOverdue: ability(everyRole),
  /** A plan's task board. */
  canReadBoard: ability<{ adminUnitId: string }>(everyRole, (actor, plan) =>
    scopeIncludes(actor.scope, plan.adminUnitId),
  ),
  canRead: ability<TaskRef>(
    everyRole,
    (actor, task) => readsPlan(actor, task) || task.holders.some((holder) => fallsTo(actor, holder)),
  ),
  /** Report progress, evidence and completion: the lead (admins for anyone). */
  canReport: ability<TaskRef>(actingRoles, (actor, task) => isEverywhere(actor) || leads(actor, task)),
  /** Comment: the lead and the supporting agencies. */
  canComment: ability<TaskRef>(
    actingRoles,
    (actor, task) => isEverywhere(actor) || task.holders.some((holder) => fallsTo(actor, holder)),
  ),
  /** Split a task into sub-tasks: its lead, or a planner of the plan's unit. */
  canAddSubtask: ability<TaskRef>(
    actingRoles,
    (actor, task) => leads(actor, task) || (editorRoles.includes(actor.role) && readsPlan(actor, task)),
  ),
};
