// Who may do what with a plan's consolidated report: everyone who may read the plan downloads
// it (the figures are the ones the plan page already shows them); planners and admins of the
// plan's unit change its fields and store the final version with the plan.
import { ability, editorRoles, everyRole } from '../access/policy.ts';
import { scopeIncludes } from '../access/scope.ts';

type PlanRef = { adminUnitId: string };
const inScope = (actor: { scope: Parameters<typeof scopeIncludes>[0] }, plan: PlanRef) =>
  scopeIncludes(actor.scope, plan.adminUnitId);

export const planReportPolicy = {
  /** Download the report (DOCX, XLSX, PDF) and its stored final version; read its fields. */
  canRead: ability<PlanRef>(everyRole, inScope),
  /** Change the report's number, date, place, signer, recipients, opening; store the final version. */
  canEdit: ability<PlanRef>(editorRoles, inScope),
};
