/**
 * Text the database cannot store: PostgreSQL refuses U+0000 in text and jsonb, and a lone
 * UTF-16 surrogate (half of a pair, e.g. "\ud800") is refused in jsonb and silently turned
 * into U+FFFD in text. JSON allows both, so either would reach a query and become a 500
 * (or corrupt the value).
 */
export type UnstorableKind = 'nul' | 'surrogate';

export const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function findUnstorableKind(text: string): UnstorableKind | null {
  if (text.includes('\u0000')) return 'nul';
  if (loneSurrogate.test(text)) return 'surrogate';
  return null;
}

/**
 * For text read from a document (not typed by a caller, so there is no field to name):
 * drops NUL and replaces each lone surrogate with U+FFFD, so that a broken PDF font map
 * cannot make the draft unstorable.
 */
export function toStorableText(text: string): string {
  return text.replaceAll('\u0000', '').replace(new RegExp(loneSurrogate.source, 'g'), '\ufffd');
}
