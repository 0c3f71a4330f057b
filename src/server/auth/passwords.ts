import { hash, verify, type Algorithm } from '@node-rs/argon2';

// Algorithm is a const enum, which verbatimModuleSyntax cannot inline: spell its value.
const argon2id = 2 as Algorithm.Argon2id;
import { badRequest } from '../errors.ts';

export const minPasswordLength = 8;
/** argon2 is slow on purpose; an unbounded password would let one request burn CPU. */
export const maxPasswordLength = 200;

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: argon2id });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password, { algorithm: argon2id });
  } catch {
    // A malformed stored hash must read as "wrong password", never as a server error.
    return false;
  }
}

let dummyHash: Promise<string> | null = null;

/**
 * Verifies against a throw-away hash so that a login for an unknown username costs the
 * same time as one with a wrong password and does not reveal which usernames exist.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword('nhanluc-dummy-password-for-timing');
  await verifyPassword(await dummyHash, password);
  return false;
}

/** Throws a 400 naming the field when the new password is not acceptable. */
export function assertPasswordAcceptable(password: string, field = 'password'): void {
  if (password.length < minPasswordLength) {
    throw badRequest(`Mật khẩu phải có ít nhất ${minPasswordLength} ký tự.`, field);
  }
  if (password.length > maxPasswordLength) {
    throw badRequest(`Mật khẩu không được dài quá ${maxPasswordLength} ký tự.`, field);
  }
  if (password.trim().length === 0) {
    throw badRequest('Mật khẩu không được chỉ gồm khoảng trắng.', field);
  }
}
