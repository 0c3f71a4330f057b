import { foldDiacritics } from '../text/fold-diacritics.ts';

/** The shared slug rule for ids of old units: "Tỉnh Đồng Tháp" → "tinh-dong-thap". */
export function slugify(text: string): string {
  return foldDiacritics(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export const currentProvinceId = (code: string): string => `p-${code}`;
export const currentCommuneId = (code: string): string => `c-${code}`;
export const oldProvinceId = (provinceName: string): string => `op-${slugify(provinceName)}`;
export const oldDistrictId = (provinceName: string, districtName: string): string =>
  `od-${slugify(provinceName)}.${slugify(districtName)}`;
export const oldCommuneId = (wardCode: string): string => `oc-${wardCode}`;
