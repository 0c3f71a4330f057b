import type { FastifyRequest } from 'fastify';
import { findUnstorableKind, type UnstorableKind } from '../../domain/text/storable-text.ts';
import { badRequest } from '../errors.ts';

const partNames = { params: 'tham số đường dẫn', query: 'tham số truy vấn', body: 'nội dung yêu cầu' } as const;

/** What can be shown of a key that itself cannot be stored (or printed). */
function printableKey(key: string): string {
  return key
    .replaceAll('\u0000', '\\u0000')
    .replace(/[\ud800-\udfff]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16)}`);
}

export interface UnstorableText {
  path: string[];
  kind: UnstorableKind;
}

/** Walks a parsed value and returns the path of the first string (or key) the database cannot store. */
export function findUnstorableText(value: unknown, path: string[] = [], depth = 0): UnstorableText | null {
  if (typeof value === 'string') {
    const kind = findUnstorableKind(value);
    return kind ? { path, kind } : null;
  }
  if (value === null || typeof value !== 'object' || depth > 64) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = findUnstorableText(value[i], [...path, String(i)], depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, child] of Object.entries(value)) {
    const keyKind = findUnstorableKind(key);
    if (keyKind) return { path: [...path, printableKey(key)], kind: keyKind };
    const found = findUnstorableText(child, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}

/** Kept for callers that only care about NUL (the path of the first one, or null). */
export function findNulCharacter(value: unknown): string[] | null {
  const found = findUnstorableText(value);
  return found?.kind === 'nul' ? found.path : null;
}

const kindMessages: Record<UnstorableKind, string> = {
  nul: 'chứa ký tự rỗng (NUL, \\u0000) không được phép.',
  surrogate: 'chứa ký tự Unicode hỏng (nửa cặp UTF-16 đơn lẻ, ví dụ \\ud800) không lưu được.',
};

/**
 * Screens params, query and body of every API request before validation, so that text
 * the database cannot store is a 400 naming the field on every route instead of a 500.
 */
export function rejectUnstorableText(request: FastifyRequest): void {
  for (const part of ['params', 'query', 'body'] as const) {
    const found = findUnstorableText(request[part]);
    if (!found) continue;
    const field = found.path.join('.');
    const where = field ? `Trường "${field}" trong ${partNames[part]}` : `Phần ${partNames[part]}`;
    throw badRequest(`${where} ${kindMessages[found.kind]}`, field || undefined);
  }
}
