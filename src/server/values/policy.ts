// Who may do what with reported values: everyone reads those of units in their scope;
// reporters, planners and admins save them there. A reporter's scope is the subtree of their
// agency's unit (a commune reporter: that commune and what it was formed from), so the same
// scope rule keeps them to their own units (decision 0023).
import type { Role } from '../../domain/access/roles.ts';
import { ability, everyRole } from '../access/policy.ts';
import { scopeIncludes } from '../access/scope.ts';

type UnitRef = { id: string };
export const valueWriterRoles: readonly Role[] = ['admin', 'planner', 'reporter'];
const inScope = (actor: { scope: Parameters<typeof scopeIncludes>[0] }, unit: UnitRef) =>
  scopeIncludes(actor.scope, unit.id);

export const valuePolicy = {
  /** Read the values of a unit, or a roll-up over it. */
  canRead: ability<UnitRef>(everyRole, inScope),
  /** Save values at all (the 403 before any cell is looked at). */
  canSave: ability(valueWriterRoles),
  /** Save a value for this unit (a cell's unit: missing or out of scope is the same refusal). */
  canWriteIn: ability<UnitRef>(valueWriterRoles, inScope),
};
