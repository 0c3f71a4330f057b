import type { FastifyRequest } from 'fastify';
import { badRequest } from '../errors.ts';

const partNames = { params: 'tham số đường dẫn', query: 'tham số truy vấn', body: 'nội dung yêu cầu' } as const;

/** Walks a parsed value and returns the path of the first string (or key) holding a NUL. */
export function findNulCharacter(value: unknown, path: string[] = [], depth = 0): string[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value === null || typeof value !== 'object' || depth > 64) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = findNulCharacter(value[i], [...path, String(i)], depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, child] of Object.entries(value)) {
    if (key.includes('\u0000')) return [...path, key.replace(/\u0000/g, '\\u0000')];
    const found = findNulCharacter(child, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * PostgreSQL cannot store U+0000 in text or jsonb and answers such a query with an
 * error; catching it here turns what would be a 500 on any route into a 400 naming the field.
 */
export function rejectNulCharacters(request: FastifyRequest): void {
  for (const part of ['params', 'query', 'body'] as const) {
    const found = findNulCharacter(request[part]);
    if (!found) continue;
    const field = found.join('.');
    const where = field ? `Trường "${field}" trong ${partNames[part]}` : `Phần ${partNames[part]}`;
    throw badRequest(`${where} chứa ký tự rỗng (NUL, \\u0000) không được phép.`, field || undefined);
  }
}
