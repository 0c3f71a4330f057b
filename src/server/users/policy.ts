// User management is an admin act; an admin's scope is everywhere, the rule still reads it
// so that a scoped user manager would need no other change.
import { ability, adminRoles } from '../access/policy.ts';
import { scopeIncludes } from '../access/scope.ts';

type UserRef = { adminUnitId: string };

export const userPolicy = {
  canList: ability(adminRoles),
  canRead: ability<UserRef>(adminRoles, (actor, user) => scopeIncludes(actor.scope, user.adminUnitId)),
  canCreate: ability(adminRoles),
  canUpdate: ability<UserRef>(adminRoles, (actor, user) => scopeIncludes(actor.scope, user.adminUnitId)),
};
