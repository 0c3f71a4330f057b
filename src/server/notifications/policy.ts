// Notifications are personal: every role reads and marks its own, nobody else's (the
// service filters by the actor's id, so another user's id simply matches nothing).
import { ability, everyRole } from '../access/policy.ts';

export const notificationPolicy = {
  /** Read one's own notifications and mark them read. */
  canUseOwn: ability(everyRole),
};
