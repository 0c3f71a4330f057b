import type { FormInstance } from 'antd';
import { ApiError } from '../api/http.ts';

/**
 * Puts a server message that names one of the form's fields next to that field; true when
 * it did, so the caller can decide whether to report it elsewhere as well.
 */
export function showFieldError<Values>(
  form: FormInstance<Values>,
  error: unknown,
  fieldNames: readonly (keyof Values & string)[],
): boolean {
  if (!(error instanceof ApiError) || !error.field) return false;
  const name = fieldNames.find((field) => field === error.field);
  if (name === undefined) return false;
  form.setFields([{ name, errors: [error.message] } as Parameters<FormInstance<Values>['setFields']>[0][number]]);
  return true;
}
