import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { findNulCharacter, findUnstorableText, rejectUnstorableText } from './input-guard.ts';

describe('findNulCharacter', () => {
  it('finds the path of the first NUL in strings, arrays, nested objects and keys', () => {
    expect(findNulCharacter('a\u0000b')).toEqual([]);
    expect(findNulCharacter({ a: 'ok', b: ['x', 'y\u0000'] })).toEqual(['b', '1']);
    expect(findNulCharacter({ a: { b: { c: '\u0000' } } })).toEqual(['a', 'b', 'c']);
    expect(findNulCharacter({ 'k\u0000': 1 })).toEqual(['k\\u0000']);
  });

  it('accepts everything else, including other control characters and Vietnamese', () => {
    for (const value of [null, undefined, 1, true, 'Tháp Mười\u0001\n\t', ['Đồng Tháp'], { a: [{ b: '\u001f' }] }]) {
      expect(findNulCharacter(value)).toBeNull();
    }
  });

  it('stops at a bounded depth instead of overflowing the stack', () => {
    let deep: unknown = '\u0000';
    for (let i = 0; i < 10_000; i += 1) deep = [deep];
    expect(findNulCharacter(deep)).toBeNull();
  });
});

describe('rejectUnstorableText', () => {
  it('throws a 400 naming the part and the field', () => {
    const request = { params: {}, query: { q: 'x\u0000' }, body: undefined } as unknown as FastifyRequest;
    try {
      rejectUnstorableText(request);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).statusCode).toBe(400);
      expect((error as AppError).field).toBe('q');
      expect((error as AppError).message).toBe(
        'Trường "q" trong tham số truy vấn chứa ký tự rỗng (NUL, \\u0000) không được phép.',
      );
    }
  });

  it('passes clean requests', () => {
    const request = { params: { id: 'p-82' }, query: {}, body: { name: 'Sở Nội vụ' } } as unknown as FastifyRequest;
    expect(() => rejectUnstorableText(request)).not.toThrow();
  });
});

describe('lone surrogates', () => {
  it('finds a lone high or low surrogate in values and keys, but accepts real pairs', () => {
    expect(findUnstorableText({ name: 'Sở\ud800' })).toEqual({ path: ['name'], kind: 'surrogate' });
    expect(findUnstorableText(['x', '\udc00đ'])).toEqual({ path: ['1'], kind: 'surrogate' });
    expect(findUnstorableText({ 'k\ud83d': 1 })).toEqual({ path: ['k\\ud83d'], kind: 'surrogate' });
    expect(findUnstorableText({ emoji: '\ud83d\udca5 Tháp Mười' })).toBeNull();
    expect(findUnstorableText({ pair: '\ud83d\ude00\ud83d\ude01' })).toBeNull();
  });

  it('rejects them with a 400 naming the field', () => {
    const request = {
      params: {},
      query: {},
      body: { extraction: { tasks: [{ text: 'a\ud800' }] } },
    } as unknown as FastifyRequest;
    try {
      rejectUnstorableText(request);
      expect.unreachable();
    } catch (error) {
      expect((error as AppError).statusCode).toBe(400);
      expect((error as AppError).field).toBe('extraction.tasks.0.text');
      expect((error as AppError).message).toContain('nửa cặp UTF-16');
    }
  });
});
