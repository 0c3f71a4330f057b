// Who may do what with agencies: read those of units in scope; planners and admins add and
// edit them there; only admins move one to another unit, because every user of the agency
// takes that unit's scope.
import { ability, adminRoles, editorRoles, everyRole } from '../access/policy.ts';
import { scopeIncludes } from '../access/scope.ts';

type AgencyRef = { adminUnit: { id: string } };
const inScope = (actor: { scope: Parameters<typeof scopeIncludes>[0] }, agency: AgencyRef) =>
  scopeIncludes(actor.scope, agency.adminUnit.id);

export const agencyPolicy = {
  canList: ability(everyRole),
  /** Also the rule for naming an agency in a body (a task's agency, a user's agency). */
  canRead: ability<AgencyRef>(everyRole, inScope),
  canCreateIn: ability<{ id: string }>(editorRoles, (actor, unit) => scopeIncludes(actor.scope, unit.id)),
  canUpdate: ability<AgencyRef>(editorRoles, inScope),
  canMove: ability<AgencyRef>(adminRoles, inScope),
};
