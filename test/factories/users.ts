import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import type { Database } from '../../src/db/schema.ts';
import type { Role } from '../../src/domain/access/roles.ts';
import { hashPassword } from '../../src/server/auth/passwords.ts';
import { csrfHeaderName, sessionCookieName } from '../../src/server/auth/tokens.ts';
import { insertUser } from '../../src/server/users/repository.ts';

export const factoryPassword = 'mat-khau-thu-nghiem';

export interface CreateUserOptions {
  agencyId: string;
  username?: string;
  displayName?: string;
  password?: string;
  role?: Role;
  active?: boolean;
  email?: string | null;
}

export interface CreatedUser {
  id: string;
  username: string;
  password: string;
  role: Role;
  agencyId: string;
}

let sequence = 0;

// Hashes are slow on purpose; tests reuse one per distinct password.
const hashes = new Map<string, Promise<string>>();
function cachedHash(password: string): Promise<string> {
  let hashed = hashes.get(password);
  if (!hashed) {
    hashed = hashPassword(password);
    hashes.set(password, hashed);
  }
  return hashed;
}

/** Inserts a user straight into the database (no audit row: this is test set-up). */
export async function createUser(db: Kysely<Database>, options: CreateUserOptions): Promise<CreatedUser> {
  sequence += 1;
  const role = options.role ?? 'viewer';
  const username = (options.username ?? `nguoi-dung-${role}-${sequence}`).toLowerCase();
  const password = options.password ?? factoryPassword;
  const id = randomUUID();
  await insertUser(db, {
    id,
    username,
    displayName: options.displayName ?? `Người dùng thử ${sequence}`,
    passwordHash: await cachedHash(password),
    role,
    agencyId: options.agencyId,
    email: options.email ?? null,
    at: new Date(),
  });
  if (options.active === false) await db.updateTable('users').set({ active: false }).where('id', '=', id).execute();
  return { id, username, password, role, agencyId: options.agencyId };
}

export interface LoggedIn {
  /** Value for the `cookie` request header. */
  cookie: string;
  csrfToken: string;
}

/** Logs in through the real endpoint; throws with the response body when it fails. */
export async function loginAs(
  app: FastifyInstance,
  username: string,
  password: string = factoryPassword,
): Promise<LoggedIn> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (response.statusCode !== 200)
    throw new Error(`login as ${username} failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === sessionCookieName);
  if (!cookie) throw new Error('login set no session cookie');
  const body = response.json() as { csrfToken: string };
  return { cookie: `${sessionCookieName}=${cookie.value}`, csrfToken: body.csrfToken };
}

/** Creates a user (see createUser) and logs in as them. */
export async function loginNewUser(
  app: FastifyInstance,
  db: Kysely<Database>,
  options: CreateUserOptions,
): Promise<LoggedIn> {
  return loginAs(app, (await createUser(db, options)).username);
}

/** Headers for an authenticated, CSRF-protected request. */
export function authHeaders(session: LoggedIn): Record<string, string> {
  return { cookie: session.cookie, [csrfHeaderName]: session.csrfToken };
}
