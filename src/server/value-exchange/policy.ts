// Who may exchange values in files: a plan's value template is for those who may save values
// (reporters, planners, admins) and may read the plan, i.e. whose scope holds its unit; the rows
// of the template are then the communes they may write for. DHIS2 and CSV imports and exports
// go through the values' own abilities (values/policy.ts), row by row and unit by unit.
import { ability } from '../access/policy.ts';
import { scopeIncludes } from '../access/scope.ts';
import { valueWriterRoles } from '../values/policy.ts';

type PlanRef = { adminUnitId: string };

export const valueExchangePolicy = {
  /** Download a plan's value template and upload it filled. */
  canUsePlanTemplate: ability<PlanRef>(valueWriterRoles, (actor, plan) => scopeIncludes(actor.scope, plan.adminUnitId)),
};
