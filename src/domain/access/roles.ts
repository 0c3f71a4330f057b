// The roles a user can have. Stored in users.role, decided on by the server's policies,
// offered by the web's user form: one list for all three.
export const roles = ['admin', 'planner', 'reporter', 'viewer'] as const;
export type Role = (typeof roles)[number];
