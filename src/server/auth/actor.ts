// Who is making a request. Filled by the auth feature's session hook; every other
// feature reads it through the helpers in ../access/.
export const roles = ['admin', 'planner', 'reporter', 'viewer'] as const;
export type Role = (typeof roles)[number];

export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  agencyId: string;
  /** The admin unit of the user's agency: the root of everything the user may see. */
  adminUnitId: string;
  /**
   * Hash of the session this request came with (absent for the CLI or a system actor):
   * a password change ends the user's other sessions and keeps this one.
   */
  sessionIdHash?: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}
