// Values in and out in DHIS2's dataValueSets shape (JSON and CSV), decision 0024. Export: the
// stored values of some units (with their children), elements and periods the reader may see.
// Import: every row read on its own (readDhis2DataValue), org units resolved by our id or the
// official code, then the one save path (saveValueBatch, source 'imported'): all rows or none,
// each problem naming its row ("Dòng 3"), dryRun checks without writing.
import type { AdminUnitIndex } from '../../domain/admin-units/admin-unit-index.ts';
import type { AdminUnit } from '../../domain/admin-units/types.ts';
import { addDays } from '../../domain/periods/iso-dates.ts';
import { formatDhis2Period, formatPeriod } from '../../domain/periods/period-ids.ts';
import type { Period } from '../../domain/periods/period-kinds.ts';
import { windowOf } from '../../domain/periods/period-windows.ts';
import type { ReportingCalendar } from '../../domain/periods/reporting-calendars.ts';
import {
  type Dhis2DataValue,
  type IncomingDataValue,
  readDhis2DataValue,
  readPeriod,
  rowLabel,
  toDhis2DataValue,
} from '../../domain/values/dhis2-data-values.ts';
import type { ValueProblem } from '../../domain/values/validate-values.ts';
import { authorize } from '../access/policy.ts';
import type { Principal } from '../auth/actor.ts';
import type { AppContext } from '../context.ts';
import { AppError, badRequest } from '../errors.ts';
import { valuePolicy } from '../values/policy.ts';
import { yieldAtSlice } from '../yield-to-event-loop.ts';
import { type BatchCounts, catalogue, resolveCalendar, saveValueBatch, type ValueInput } from '../values/service.ts';
import { findValuesForExport } from './repository.ts';

/** Rows one export may hold; beyond it the reader is asked to narrow the request. */
export const MAX_EXPORT_VALUES = 200_000;
/** Rows one import may hold (a province's year of every element is ~40,000). */
export const MAX_IMPORT_VALUES = 50_000;
/** Problems listed in one refusal; the message counts the rest. */
const maxListedProblems = 200;

const elementsById = new Map(catalogue.dataElements.map((element) => [element.id, element]));

export interface ExportQuery {
  orgUnit: string | string[];
  dataElement?: string | string[] | undefined;
  period?: string | string[] | undefined;
  startDate?: string | undefined;
  endDate?: string | undefined;
  children?: 'true' | 'false' | undefined;
  calendarId?: string | undefined;
}

/** orgUnit=a&orgUnit=b or orgUnit=a,b: the trimmed, non-empty items. */
function splitList(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  const items = (typeof value === 'string' ? [value] : value).flatMap((item) => item.split(','));
  return [...new Set(items.map((item) => item.trim()).filter((item) => item !== ''))];
}

const unitsByCode = new WeakMap<AdminUnitIndex, Map<string, AdminUnit[]>>();

/** Units carrying an official code (a code may pass from an old unit to a new one). */
function findUnitsByCode(index: AdminUnitIndex, code: string): AdminUnit[] {
  let byCode = unitsByCode.get(index);
  if (!byCode) {
    byCode = new Map();
    for (const unit of index.all())
      if (unit.code !== null) byCode.set(unit.code, [...(byCode.get(unit.code) ?? []), unit]);
    unitsByCode.set(index, byCode);
  }
  return byCode.get(code) ?? [];
}

/**
 * A unit named by our id or by its official code. A code several units have carried is read
 * as the one that existed during the period (when one is given), else the latest.
 */
export function resolveUnitRef(
  index: AdminUnitIndex,
  ref: string,
  during?: { period: Period; calendar: ReportingCalendar },
): AdminUnit | undefined {
  const byId = index.get(ref);
  if (byId) return byId;
  const candidates = findUnitsByCode(index, ref);
  if (candidates.length <= 1 || !during) return candidates.at(-1);
  const window = windowOf(during.period, during.calendar);
  const existing = candidates.filter(
    (unit) =>
      (unit.validFrom === null || unit.validFrom < window.until) &&
      (unit.validTo === null || unit.validTo > window.from),
  );
  return existing.at(-1) ?? candidates.at(-1);
}

export interface ExportedValue extends Dhis2DataValue {
  dataElementName: string;
  orgUnitName: string;
}

/** The stored values a dataValueSets request names, as DHIS2 rows with the names beside them. */
export async function exportDataValues(
  ctx: AppContext,
  actor: Principal,
  query: ExportQuery,
): Promise<ExportedValue[]> {
  const index = await ctx.adminUnits.get();
  const calendar = await resolveCalendar(ctx, actor, query.calendarId);
  const refs = splitList(query.orgUnit);
  if (refs.length === 0) throw badRequest('Cần ít nhất một đơn vị (orgUnit).', 'orgUnit');
  const units = new Map<string, AdminUnit>();
  for (const ref of refs) {
    const unit = resolveUnitRef(index, ref);
    authorize(
      actor,
      valuePolicy.canRead,
      unit,
      () =>
        new AppError(404, 'not_found', `Không tìm thấy đơn vị hành chính "${ref}" trong phạm vi của bạn.`, 'orgUnit'),
    );
    units.set(unit.id, unit);
    if (query.children === 'true')
      for (const child of index.descendants(unit.id)) if (valuePolicy.canRead(actor, child)) units.set(child.id, child);
  }
  const elementIds = splitList(query.dataElement);
  for (const id of elementIds)
    if (!elementsById.has(id)) throw badRequest(`Không có chỉ số dữ liệu "${id}" (dataElement).`, 'dataElement');
  const periods = new Set<string>();
  for (const text of splitList(query.period)) {
    const read = readPeriod(text);
    if (!read.ok) throw badRequest(`Kỳ "${text}" (period): ${read.message}`, 'period');
    periods.add(formatDhis2Period(read.period) ?? formatPeriod(read.period));
  }
  if (query.startDate && query.endDate && query.endDate < query.startDate)
    throw badRequest('Ngày cuối (endDate) đứng trước ngày đầu (startDate).', 'endDate');
  const rows = await findValuesForExport(ctx.db, {
    unitIds: [...units.keys()],
    dataElementIds: elementIds.length > 0 ? elementIds : null,
    calendarId: calendar.id,
    limit: MAX_EXPORT_VALUES + 1,
  });
  if (rows.length > MAX_EXPORT_VALUES)
    throw new AppError(
      413,
      'export_too_large',
      `Yêu cầu có hơn ${MAX_EXPORT_VALUES.toLocaleString('vi-VN')} dòng số liệu; hãy chọn ít đơn vị, chỉ số dữ liệu hoặc kỳ hơn.`,
    );
  const exported: ExportedValue[] = [];
  for (const [position, row] of rows.entries()) {
    await yieldAtSlice(position);
    const value = toDhis2DataValue(row);
    if (value === null) continue;
    if (periods.size > 0 && !periods.has(value.period)) continue;
    if (query.startDate || query.endDate) {
      const read = readPeriod(value.period);
      if (!read.ok) continue;
      const window = windowOf(read.period, calendar);
      // DHIS2: the periods lying between the two dates (the window's last day is until - 1).
      if (query.startDate && window.from < query.startDate) continue;
      if (query.endDate && window.until > addDays(query.endDate, 1)) continue;
    }
    exported.push({
      ...value,
      dataElementName: elementsById.get(row.dataElementId)?.name.vi ?? row.dataElementId,
      orgUnitName: units.get(row.unitId)?.name ?? row.unitId,
    });
  }
  return exported;
}

export interface ImportOptions {
  calendarId?: string | undefined;
  dryRun: boolean;
  /** Jumps beyond 3 standard deviations accepted (the sender has checked them). */
  confirm: boolean;
  /** How a problem names its row: "Dòng 3" for dataValues[2], the file line for a CSV. */
  labelOf: (position: number) => string;
  /** The field a problem points at, e.g. 'dataValues.2.value'. */
  fieldOf: (position: number, field: string) => string;
  /** What a refusal asking for confirmation tells the sender to do. */
  confirmHint: string;
  /** What a refusal counts: rows of a payload or file, cells of a template. */
  countNoun?: 'dòng' | 'ô' | undefined;
  /** The payload's own period and orgUnit, for rows that leave theirs out. */
  defaults?: { period?: string | undefined; orgUnit?: string | undefined } | undefined;
}

/** DHIS2's import summary (status, importCount) with a Vietnamese description. */
export interface ImportSummary {
  status: 'SUCCESS';
  description: string;
  dryRun: boolean;
  importCount: { imported: number; updated: number; ignored: number; deleted: number };
}

/** Our cell fields under DHIS2's names, for problems found by the save path. */
const dhis2FieldOf: Record<string, string> = {
  dataElementId: 'dataElement',
  unitId: 'orgUnit',
  period: 'period',
  disaggregation: 'categoryOptionCombo',
  value: 'value',
};

function refuseImport(
  problems: readonly ValueProblem[],
  options: Pick<ImportOptions, 'confirmHint' | 'countNoun'>,
): AppError {
  const first = problems[0]!;
  const rows = new Set(problems.map((problem) => problem.index)).size;
  const confirmOnly = problems.every((problem) => problem.needsConfirmation);
  const listed = problems.slice(0, maxListedProblems);
  const unlisted = problems.length - listed.length;
  const what = confirmOnly ? `cần xác nhận (${options.confirmHint})` : 'có lỗi';
  const more = unlisted > 0 ? ` Còn ${unlisted.toLocaleString('vi-VN')} lỗi khác không liệt kê.` : '';
  return new AppError(
    400,
    confirmOnly ? 'needs_confirmation' : 'invalid_values',
    `Chưa nhập số liệu nào: ${rows.toLocaleString('vi-VN')} ${options.countNoun ?? 'dòng'} ${what}. ${first.message}${more}`,
    first.field,
    listed.map(({ field, message, needsConfirmation }) => ({ field, message, needsConfirmation })),
  );
}

export function describeImport(counts: BatchCounts, dryRun: boolean): ImportSummary {
  const { created, updated, unchanged, deleted } = counts;
  const figures = `thêm ${created}, cập nhật ${updated}, giữ nguyên ${unchanged}, xóa ${deleted}`;
  return {
    status: 'SUCCESS',
    description: dryRun ? `Kiểm tra xong, chưa lưu gì. Nếu nhập: ${figures}.` : `Đã nhập: ${figures}.`,
    dryRun,
    importCount: { imported: created, updated, ignored: unchanged, deleted },
  };
}

/** Rows of a dataValueSets payload or CSV, saved all or none through the one save path. */
export async function importDataValues(
  ctx: AppContext,
  actor: Principal,
  rows: readonly IncomingDataValue[],
  options: ImportOptions,
): Promise<ImportSummary> {
  authorize(actor, valuePolicy.canSave);
  if (rows.length > MAX_IMPORT_VALUES)
    throw new AppError(
      413,
      'import_too_large',
      `Mỗi lần nhập tối đa ${MAX_IMPORT_VALUES.toLocaleString('vi-VN')} dòng số liệu; tệp có ${rows.length.toLocaleString('vi-VN')} dòng. Hãy chia thành nhiều tệp.`,
    );
  const index = await ctx.adminUnits.get();
  const calendar = await resolveCalendar(ctx, actor, options.calendarId);
  const problems: ValueProblem[] = [];
  const values: ValueInput[] = [];
  for (const [position, raw] of rows.entries()) {
    await yieldAtSlice(position);
    const withDefaults = {
      ...raw,
      period: raw.period ?? options.defaults?.period,
      orgUnit: raw.orgUnit ?? options.defaults?.orgUnit,
    };
    const read = readDhis2DataValue(withDefaults);
    if (!read.ok) {
      problems.push({
        index: position,
        field: options.fieldOf(position, read.field),
        message: `${options.labelOf(position)}: ${read.message}`,
        needsConfirmation: false,
      });
      continue;
    }
    const { row } = read;
    const period = readPeriod(row.period);
    const unit = period.ok ? resolveUnitRef(index, row.unitRef, { period: period.period, calendar }) : undefined;
    values.push({
      dataElementId: row.dataElementId,
      unitId: unit?.id ?? row.unitRef,
      period: row.period,
      disaggregation: row.disaggregation,
      value: row.value,
      confirm: options.confirm,
    });
  }
  if (problems.length > 0) throw refuseImport(problems, options);
  const result = await saveValueBatch(ctx, actor, {
    calendarId: calendar.id,
    values,
    source: 'imported',
    auditAction: 'import',
    labelOf: options.labelOf,
    dryRun: options.dryRun,
  });
  if (!result.ok)
    throw refuseImport(
      result.problems.map((problem) => {
        const field = problem.field.split('.').at(-1) ?? 'value';
        return { ...problem, field: options.fieldOf(problem.index, dhis2FieldOf[field] ?? field) };
      }),
      options,
    );
  return describeImport(result.counts, options.dryRun);
}

/** JSON payloads: dataValues[2] is "Dòng 3", its fields 'dataValues.2.<field>'. */
export const jsonRowLabels = {
  labelOf: rowLabel,
  fieldOf: (position: number, field: string) => `dataValues.${position}.${field}`,
};
