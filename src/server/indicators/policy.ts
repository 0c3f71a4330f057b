// Who may read the indicator catalogue: everyone signed in. The catalogue is code data
// (src/domain/indicators), the same for every unit, so there is no scope to it. Linking a
// plan's target to an indicator follows the plan's own policy (plans/policy.ts): suggestions
// for those who may read the plan, the link for those who may change it — decision 0022.
import { ability, everyRole } from '../access/policy.ts';

export const indicatorPolicy = {
  canList: ability(everyRole),
};
