// Shared rules for names people read: agency names, display names, plan titles. A name
// made only of zero-width, bidi-control or whitespace characters looks empty (or like
// another name) on screen, and a bidi override inside a name can reverse what follows it
// in every list that shows it.
import { z } from 'zod';

/** Embedding/override (U+202A–U+202E) and isolate (U+2066–U+2069) controls. */
const bidiControls = /[\u202a-\u202e\u2066-\u2069]/u;
const controlCharacters = /\p{Cc}/u;
const visibleLetterOrDigit = /[\p{L}\p{N}]/u;

export type NameProblem = 'bidi' | 'control' | 'invisible';

/** Why `value` cannot be a name, or null. */
export function checkName(value: string): NameProblem | null {
  if (bidiControls.test(value)) return 'bidi';
  if (controlCharacters.test(value)) return 'control';
  if (!visibleLetterOrDigit.test(value)) return 'invisible';
  return null;
}

export function nameProblemMessage(field: string, problem: NameProblem): string {
  switch (problem) {
    case 'bidi':
      return `${field} chứa ký tự điều khiển hướng chữ (U+202A–U+202E, U+2066–U+2069) không được phép.`;
    case 'control':
      return `${field} chứa ký tự điều khiển không hợp lệ.`;
    case 'invisible':
      return `${field} phải có ít nhất một chữ cái hoặc chữ số nhìn thấy được.`;
  }
}

/**
 * Adds the name rule to a string schema (after its own trim/length checks). With
 * allowBlank, an empty or whitespace-only value passes (it means "none", e.g. no short
 * name); zero-width-only text is still refused.
 */
export function refineName<T extends z.ZodType<string>>(
  schema: T,
  field: string,
  options: { allowBlank?: boolean } = {},
) {
  return schema.superRefine((value, context) => {
    if (options.allowBlank && value.trim() === '') return;
    const problem = checkName(value);
    if (problem) context.addIssue({ code: 'custom', message: nameProblemMessage(field, problem), input: value });
  });
}

/** A trimmed name of 1..max characters with a visible letter or digit. */
export function nameSchema(field: string, max: number) {
  return refineName(
    z
      .string({
        error: (issue) =>
          issue.input === undefined ? `Cần nhập ${lowerFirst(field)}.` : `${field} phải là chuỗi ký tự.`,
      })
      .trim()
      .min(1, { error: `${field} không được để trống.` })
      .max(max, { error: `${field} dài quá ${max} ký tự.` }),
    field,
  );
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

/**
 * An uploaded file's name as shown in lists: no path, no control or bidi characters
 * ("\u202egpj.exe" would display as "exe.jpg"), no lone surrogates, at most 200 characters.
 */
export function cleanFileName(raw: string, fallback: string): string {
  const base = raw.replace(/\\/g, '/').split('/').pop() ?? '';
  const cleaned = base
    .replace(/[\p{Cc}\u202a-\u202e\u2066-\u2069\u200b-\u200f\u2060\ufeff]/gu, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .trim()
    .slice(-200);
  return checkName(cleaned) === null ? cleaned : fallback;
}
