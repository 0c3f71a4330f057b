// Who may do what with a plan's targets as measured: everyone who may read the plan sees
// their statuses; planners and admins of the plan's unit may replace a computed status with
// their own, saying why (the override is audited; the computed status stays visible).
import { ability, editorRoles, everyRole } from '../access/policy.ts';
import { scopeIncludes } from '../access/scope.ts';

type PlanRef = { adminUnitId: string };
const inScope = (actor: { scope: Parameters<typeof scopeIncludes>[0] }, plan: PlanRef) =>
  scopeIncludes(actor.scope, plan.adminUnitId);

export const targetPolicy = {
  /** Read the targets of a plan with their statuses, explanations and forecasts. */
  canRead: ability<PlanRef>(everyRole, inScope),
  /** Set or withdraw a planner's status for a target of the plan. */
  canOverrideStatus: ability<PlanRef>(editorRoles, inScope),
};
