// Who may do what with admin units. Units are reference data: everyone signed in reads
// the ones in their scope; nobody edits them through the API.
import { ability, editorRoles, everyRole } from '../access/policy.ts';
import { scopeIncludes } from '../access/scope.ts';

type UnitRef = { id: string };

export const adminUnitPolicy = {
  canList: ability(everyRole),
  canRead: ability<UnitRef>(everyRole, (actor, unit) => scopeIncludes(actor.scope, unit.id)),
  /** Put a plan, a draft or an agency in this unit. */
  canPlaceIn: ability<UnitRef>(editorRoles, (actor, unit) => scopeIncludes(actor.scope, unit.id)),
};
