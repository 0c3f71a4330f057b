// Who is making a request. Filled by the auth feature's session hook; every other
// feature reads it through the helpers in ../access/.
import type { Role } from '../../domain/access/roles.ts';
import { everywhere, type Scope } from '../access/scope.ts';

/** A signed-in user. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  agencyId: string;
  /** The admin unit of the user's agency: the root of everything the user may see. */
  adminUnitId: string;
  /** Where the user may look, computed once per request from adminUnitId and role. */
  scope: Scope;
  system?: undefined;
  /**
   * Hash of the session this request came with (absent for the CLI or a system actor):
   * a password change ends the user's other sessions and keeps this one.
   */
  sessionIdHash?: string;
}

/**
 * The installation acting for itself: the CLI (create-user, demo), the demo import of the
 * seed plans and background jobs. It goes through the same services and policies as a
 * user, with every role's rights and the whole country in scope; what it writes is
 * recorded as "Hệ thống" (no user id).
 */
export interface SystemActor {
  system: true;
  userId: null;
  username: 'system';
  displayName: 'Hệ thống';
  role: 'admin';
  agencyId: null;
  adminUnitId: null;
  scope: Scope;
}

export const systemActor: SystemActor = Object.freeze({
  system: true,
  userId: null,
  username: 'system',
  displayName: 'Hệ thống',
  role: 'admin',
  agencyId: null,
  adminUnitId: null,
  scope: everywhere,
});

/** Whoever a service acts for: a signed-in user or the system. */
export type Principal = Actor | SystemActor;

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}
