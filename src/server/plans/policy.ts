// Who may do what with confirmed plans: everyone reads the plans of units in scope;
// planners and admins create them there, may change them (reference links) and delete them
// (a plan confirmed by mistake; the deletion is audited).
import { ability, editorRoles, everyRole } from '../access/policy.ts';
import { scopeIncludes } from '../access/scope.ts';

type PlanRef = { adminUnitId: string };
const inScope = (actor: { scope: Parameters<typeof scopeIncludes>[0] }, plan: PlanRef) =>
  scopeIncludes(actor.scope, plan.adminUnitId);

export const planPolicy = {
  canList: ability(everyRole),
  /** Also the rule for linking a citation to a plan: only plans one can see. */
  canRead: ability<PlanRef>(everyRole, inScope),
  canCreateIn: ability<{ id: string }>(editorRoles, (actor, unit) => scopeIncludes(actor.scope, unit.id)),
  /** Change a stored plan, e.g. link one of its citations to a newly confirmed plan. */
  canUpdate: ability<PlanRef>(editorRoles, inScope),
  canDelete: ability<PlanRef>(editorRoles, inScope),
};
