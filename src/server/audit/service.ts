import { authorize } from '../access/policy.ts';
import type { Principal } from '../auth/actor.ts';
import type { AppContext } from '../context.ts';
import { auditPolicy } from './policy.ts';
import { listAuditRows, type AuditQuery } from './repository.ts';

export async function listAudit(
  ctx: AppContext,
  actor: Principal,
  query: AuditQuery,
): ReturnType<typeof listAuditRows> {
  authorize(actor, auditPolicy.canRead);
  return listAuditRows(ctx.db, query);
}
