import { describe, expect, it } from 'vitest';
import type { AppError } from '../errors.ts';
import { assertPasswordAcceptable, hashPassword, verifyAgainstDummy, verifyPassword } from './passwords.ts';
import { generateToken, hashToken, tokensEqual } from './tokens.ts';

describe('passwords', () => {
  it('hashes with argon2id and verifies only the right password', async () => {
    const hashed = await hashPassword('Mật khẩu có dấu 123');
    expect(hashed).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hashed, 'Mật khẩu có dấu 123')).toBe(true);
    expect(await verifyPassword(hashed, 'Mat khau co dau 123')).toBe(false);
    expect(await verifyPassword(hashed, '')).toBe(false);
  });

  it('salts: the same password hashes differently each time', async () => {
    expect(await hashPassword('nhanluc@2026')).not.toBe(await hashPassword('nhanluc@2026'));
  });

  it('treats a corrupt stored hash as a wrong password, not a crash', async () => {
    expect(await verifyPassword('khong-phai-hash', 'bat-ky')).toBe(false);
    expect(await verifyAgainstDummy('bat-ky')).toBe(false);
  });

  it('needs at least 8 characters, at most 200, not only spaces; messages in Vietnamese naming the field', () => {
    const reject = (password: string) => {
      try {
        assertPasswordAcceptable(password);
        return null;
      } catch (error) {
        return error as AppError;
      }
    };
    expect(reject('1234567')?.message).toBe('Mật khẩu phải có ít nhất 8 ký tự.');
    expect(reject('1234567')?.field).toBe('password');
    expect(reject('12345678')).toBeNull();
    expect(reject('x'.repeat(200))).toBeNull();
    expect(reject('x'.repeat(201))?.statusCode).toBe(400);
    expect(reject('         ')?.message).toContain('khoảng trắng');
  });
});

describe('tokens', () => {
  it('are long, URL-safe and unique', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i += 1) {
      const token = generateToken();
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      seen.add(token);
    }
    expect(seen.size).toBe(200);
  });

  it('hash to 64 hex characters, deterministically', () => {
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('compare equal only when identical, whatever the lengths', () => {
    expect(tokensEqual('abc', 'abc')).toBe(true);
    expect(tokensEqual('abc', 'abd')).toBe(false);
    expect(tokensEqual('abc', 'ab')).toBe(false);
    expect(tokensEqual('abc', 'abcd')).toBe(false);
    expect(tokensEqual('abc', '')).toBe(false);
    expect(tokensEqual('abc', undefined)).toBe(false);
    expect(tokensEqual('ạbc', 'abc')).toBe(false);
  });
});
