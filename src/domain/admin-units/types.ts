/** Levels of the administrative map; districts exist only before 2025-07-01. */
export const adminLevels = ['province', 'district', 'commune'] as const;
export type AdminLevel = (typeof adminLevels)[number];

/** The day the two-tier local government (34 provinces, 3,321 communes) took effect. */
export const reformDate = '2025-07-01';

/** A 'YYYY-MM-DD' calendar date; string comparison orders them correctly. */
export type IsoDate = string;

export interface AdminUnit {
  id: string;
  /** Official code (2-digit province, 5-digit commune); null for old districts and provinces. */
  code: string | null;
  /** Name as written, with its place type: "Xã Tháp Mười", "Tỉnh Đồng Tháp". */
  name: string;
  /** Name followed by its ancestors: "Xã Tháp Mười, Tỉnh Đồng Tháp". */
  fullName: string;
  level: AdminLevel;
  parentId: string | null;
  /** Half-open validity [validFrom, validTo); null means unbounded. */
  validFrom: IsoDate | null;
  validTo: IsoDate | null;
}

export type SuccessionKind = 'merged' | 'split';

/** predecessor → successor. A split old unit has one row per successor, each with share 1/n. */
export interface AdminUnitSuccession {
  predecessorId: string;
  successorId: string;
  kind: SuccessionKind;
  /** Part of the predecessor carried on by this successor (0 < share ≤ 1). */
  share: number;
  /** True when the share is an assumption (equal split), not an official figure. */
  apportioned: boolean;
}

export function isValidOn(unit: Pick<AdminUnit, 'validFrom' | 'validTo'>, date: IsoDate): boolean {
  return (unit.validFrom === null || unit.validFrom <= date) && (unit.validTo === null || date < unit.validTo);
}

export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === text;
}
