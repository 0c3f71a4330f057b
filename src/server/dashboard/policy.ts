// Who may read the dashboard: everyone signed in, each within their own scope (the figures
// are counted inside it). The users figure follows the users list's own ability.
import { ability, everyRole, roleAllows } from '../access/policy.ts';
import type { Principal } from '../auth/actor.ts';
import { userPolicy } from '../users/policy.ts';

export const dashboardPolicy = {
  canRead: ability(everyRole),
  /** Only those who may list users see how many there are. */
  canCountUsers: (actor: Principal) => roleAllows(actor, userPolicy.canList),
};
