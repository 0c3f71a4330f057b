// Disaggregation keys: '' is the total; a part is 'dimension=value' ('sex=female',
// 'ageGroup=15-24'), several dimensions joined by ';' in alphabetical order of the dimension
// ('ageGroup=15-24;sex=female'). One canonical text per part, so that the unique key of
// data_values holds.
import type { DataElement, Disaggregation } from '../indicators/types.ts';

export type ParsedDisaggregation =
  | { readonly ok: true; readonly key: string; readonly parts: ReadonlyMap<Disaggregation, string> }
  | { readonly ok: false; readonly message: string };

const valuePattern = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** The canonical key of `text` for the element, or a Vietnamese message naming what is wrong. */
export function parseDisaggregation(text: string, element: DataElement): ParsedDisaggregation {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, key: '', parts: new Map() };
  const parts = new Map<Disaggregation, string>();
  for (const piece of trimmed.split(';')) {
    const [dimension = '', value = '', ...rest] = piece.split('=').map((part) => part.trim());
    if (rest.length > 0 || dimension === '' || value === '')
      return { ok: false, message: `Phân tổ "${piece}" phải có dạng chiều=giá trị, ví dụ sex=female.` };
    if (!(element.disaggregations as string[]).includes(dimension)) {
      const allowed = element.disaggregations.join(', ') || 'không có';
      return {
        ok: false,
        message: `«${element.name.vi}» không phân tổ theo "${dimension}" (được phép: ${allowed}).`,
      };
    }
    if (!valuePattern.test(value))
      return {
        ok: false,
        message: `Giá trị phân tổ "${value}" chỉ gồm chữ thường không dấu, số và dấu gạch ngang.`,
      };
    if (parts.has(dimension as Disaggregation))
      return { ok: false, message: `Phân tổ "${dimension}" được ghi hai lần.` };
    parts.set(dimension as Disaggregation, value);
  }
  const key = [...parts]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([dimension, value]) => `${dimension}=${value}`)
    .join(';');
  return { ok: true, key, parts };
}

/** The single dimension of a one-dimension key ('sex=female' → 'sex'); null for '' or several. */
export function singleDimensionOf(key: string): string | null {
  if (key === '' || key.includes(';')) return null;
  return key.split('=')[0] ?? null;
}
