// DHIS2 dataValueSets rows <-> our values (decision 0024). Field names are DHIS2's
// (dataElement, period, orgUnit, categoryOptionCombo, value as a string); data elements are
// our slugs, org units our unit ids (codes accepted on the way in), periods DHIS2 notation
// out and DHIS2 or our notation in. The disaggregation key is the categoryOptionCombo itself,
// 'default' (DHIS2's name for the combination of no category) standing for the total '': a
// reversible mapping that needs no table of DHIS2 uids.
import { formatDhis2Period, formatPeriod, parseDhis2Period, parsePeriod } from '../periods/period-ids.ts';
import type { Period } from '../periods/period-kinds.ts';

/** The categoryOptionCombo of a total (disaggregation ''). */
export const defaultCategoryOptionCombo = 'default';
/** The uid DHIS2 gives its default combination; read as the total too. */
const dhis2DefaultUid = 'HllvX50cXC0';

/** A row of a dataValueSets payload, as DHIS2 writes it. */
export interface Dhis2DataValue {
  dataElement: string;
  period: string;
  orgUnit: string;
  categoryOptionCombo: string;
  value: string;
  storedBy?: string | undefined;
  created?: string | undefined;
  lastUpdated?: string | undefined;
}

/** A row as it arrives (JSON or CSV): any field may be missing or of the wrong type. */
export interface IncomingDataValue {
  dataElement?: unknown;
  period?: unknown;
  orgUnit?: unknown;
  categoryOptionCombo?: unknown;
  attributeOptionCombo?: unknown;
  value?: unknown;
  deleted?: unknown;
}

/** A row read into our terms; the unit is still as written (id or code) for the caller to resolve. */
export interface ReadDataValue {
  dataElementId: string;
  unitRef: string;
  /** Canonical (ours): '2026Q1'. */
  period: string;
  disaggregation: string;
  /** null deletes the stored value (DHIS2: deleted=true or an empty value). */
  value: number | null;
}

export type ReadDataValueResult =
  | { ok: true; row: ReadDataValue }
  | { ok: false; field: 'dataElement' | 'period' | 'orgUnit' | 'categoryOptionCombo' | 'value'; message: string };

/** '' -> 'default'; 'sex=female' -> 'sex=female'. */
export function toCategoryOptionCombo(disaggregation: string): string {
  return disaggregation === '' ? defaultCategoryOptionCombo : disaggregation;
}

/** 'default' (or missing, or DHIS2's default uid) -> ''; anything else is a key to check against the element. */
export function fromCategoryOptionCombo(combo: string | undefined): string {
  const text = (combo ?? '').trim();
  return text === '' || text === defaultCategoryOptionCombo || text === dhis2DefaultUid ? '' : text;
}

/** A number as DHIS2 writes it: '12', '12.5' (no exponent, no thousands separators). */
export function formatDhis2Value(value: number): string {
  return Number.isInteger(value) ? value.toFixed(0) : String(value);
}

const numberPattern = /^-?\d+(?:\.\d+)?$/;

/** '12', '12.5', ' 7 ' -> a number; anything else null. */
export function parseDhis2Number(text: string): number | null {
  const trimmed = text.trim();
  if (!numberPattern.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

/** A period in DHIS2 notation first (202603), then ours (2026-03, 2026C9). */
export function readPeriod(text: string): { ok: true; period: Period } | { ok: false; message: string } {
  const dhis2 = parseDhis2Period(text);
  if (dhis2.ok) return dhis2;
  const ours = parsePeriod(text);
  return ours.ok ? ours : dhis2;
}

export interface StoredValueForExport {
  dataElementId: string;
  unitId: string;
  period: string;
  disaggregation: string;
  value: number;
  storedBy: string | null;
  enteredAt: string;
}

/** One stored value as a DHIS2 row; null for a period DHIS2 has no type for (cumulative). */
export function toDhis2DataValue(row: StoredValueForExport): Dhis2DataValue | null {
  const parsed = parsePeriod(row.period);
  if (!parsed.ok) return null;
  const period = formatDhis2Period(parsed.period);
  if (period === null) return null;
  return {
    dataElement: row.dataElementId,
    period,
    orgUnit: row.unitId,
    categoryOptionCombo: toCategoryOptionCombo(row.disaggregation),
    value: formatDhis2Value(row.value),
    ...(row.storedBy === null ? {} : { storedBy: row.storedBy }),
    created: row.enteredAt,
    lastUpdated: row.enteredAt,
  };
}

const textOf = (value: unknown): string | null =>
  typeof value === 'string' ? value.trim() : typeof value === 'number' && Number.isFinite(value) ? String(value) : null;

/** One incoming row checked on its own (the values service then checks it against the catalogue and the map). */
export function readDhis2DataValue(raw: IncomingDataValue): ReadDataValueResult {
  const dataElement = textOf(raw.dataElement);
  if (!dataElement) return { ok: false, field: 'dataElement', message: 'thiếu chỉ số dữ liệu (dataElement).' };
  const orgUnit = textOf(raw.orgUnit);
  if (!orgUnit) return { ok: false, field: 'orgUnit', message: 'thiếu đơn vị hành chính (orgUnit).' };
  const periodText = textOf(raw.period);
  if (!periodText) return { ok: false, field: 'period', message: 'thiếu kỳ báo cáo (period).' };
  const period = readPeriod(periodText);
  if (!period.ok) return { ok: false, field: 'period', message: period.message };
  const attribute = textOf(raw.attributeOptionCombo);
  if (attribute !== null && fromCategoryOptionCombo(attribute) !== '')
    return {
      ok: false,
      field: 'categoryOptionCombo',
      message: `attributeOptionCombo "${attribute}" không được hỗ trợ; chỉ nhận "${defaultCategoryOptionCombo}".`,
    };
  if (
    raw.categoryOptionCombo !== undefined &&
    raw.categoryOptionCombo !== null &&
    textOf(raw.categoryOptionCombo) === null
  )
    return { ok: false, field: 'categoryOptionCombo', message: 'phân tổ (categoryOptionCombo) phải là chuỗi.' };
  const disaggregation = fromCategoryOptionCombo(textOf(raw.categoryOptionCombo) ?? undefined);
  const deleted = raw.deleted === true || raw.deleted === 'true';
  const row = { dataElementId: dataElement, unitRef: orgUnit, period: formatPeriod(period.period), disaggregation };
  if (deleted) return { ok: true, row: { ...row, value: null } };
  if (raw.value === undefined || raw.value === null || raw.value === '')
    return { ok: true, row: { ...row, value: null } };
  if (typeof raw.value === 'number') {
    if (!Number.isFinite(raw.value)) return { ok: false, field: 'value', message: 'giá trị (value) phải là một số.' };
    return { ok: true, row: { ...row, value: raw.value } };
  }
  if (typeof raw.value !== 'string')
    return {
      ok: false,
      field: 'value',
      message: 'giá trị (value) phải là một số viết dạng chuỗi, ví dụ "12" hoặc "12.5".',
    };
  const value = parseDhis2Number(raw.value);
  if (value === null)
    return {
      ok: false,
      field: 'value',
      message: `giá trị «${raw.value.trim().slice(0, 40)}» không phải là số (viết dạng 12 hoặc 12.5, không có dấu phân cách hàng nghìn).`,
    };
  return { ok: true, row: { ...row, value } };
}

/** "Dòng 3": rows counted from 1 (dataValues[2] is Dòng 3). */
export const rowLabel = (position: number) => `Dòng ${position + 1}`;
