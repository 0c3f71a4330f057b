// The audit log names users and changes across every unit: admins only.
import { ability, adminRoles } from '../access/policy.ts';

export const auditPolicy = {
  canRead: ability(adminRoles),
};
