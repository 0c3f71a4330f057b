import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const sessionCookieName = 'nhanluc_session';
export const csrfHeaderName = 'x-csrf-token';

/** 256 bits from the OS generator, URL-safe so it can sit in a cookie or header. */
export function generateToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Sessions are stored by this hash, never by the token itself. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Constant-time comparison; different lengths are simply unequal. */
export function tokensEqual(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(given, 'utf8');
  if (a.length !== b.length) return false;
  return timingSafeEqual(a, b);
}
