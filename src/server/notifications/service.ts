// A user's notifications (reminders of deadlines and escalations), newest first.
import { authorize } from '../access/policy.ts';
import type { Principal } from '../auth/actor.ts';
import type { AppContext } from '../context.ts';
import { findNotificationsOf, markNotificationsRead, type NotificationRow } from './repository.ts';
import { notificationPolicy } from './policy.ts';

/** Notifications listed at once; older ones stay stored. */
export const notificationsShown = 100;

export async function listMyNotifications(
  ctx: AppContext,
  actor: Principal,
): Promise<{ items: NotificationRow[]; unread: number }> {
  authorize(actor, notificationPolicy.canUseOwn);
  // The system actor (CLI, demo loader) has no inbox.
  if (actor.userId === null) return { items: [], unread: 0 };
  return findNotificationsOf(ctx.db, actor.userId, notificationsShown);
}

export async function markMyNotificationsRead(
  ctx: AppContext,
  actor: Principal,
  which: { ids: string[] } | { all: true },
): Promise<{ unread: number }> {
  authorize(actor, notificationPolicy.canUseOwn);
  if (actor.userId === null) return { unread: 0 };
  await markNotificationsRead(ctx.db, actor.userId, 'ids' in which ? which.ids : 'all', ctx.now());
  const { unread } = await findNotificationsOf(ctx.db, actor.userId, 0);
  return { unread };
}
