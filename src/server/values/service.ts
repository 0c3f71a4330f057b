// Saving and reading reported values: a batch is checked cell by cell (element, period,
// disaggregation, unit in scope and in existence during the period), then against what is
// stored (validateValues: parts within wholes, rates within 0–100, jumps to confirm), and saved
// all or nothing with one audit row in the same transaction.
import type { AdminUnitIndex } from '../../domain/admin-units/admin-unit-index.ts';
import type { AdminUnit } from '../../domain/admin-units/types.ts';
import { seedCatalogue } from '../../domain/indicators/catalogue/index.ts';
import type { Catalogue, DataElement } from '../../domain/indicators/types.ts';
import { formatPeriod, parsePeriod } from '../../domain/periods/period-ids.ts';
import type { Period } from '../../domain/periods/period-kinds.ts';
import { labelPeriod } from '../../domain/periods/period-labels.ts';
import { comparePeriodEnds, comparePeriods } from '../../domain/periods/period-sequence.ts';
import { windowOf } from '../../domain/periods/period-windows.ts';
import { calendarYear, type ReportingCalendar } from '../../domain/periods/reporting-calendars.ts';
import { parseDisaggregation } from '../../domain/values/disaggregation-keys.ts';
import { cellId, type IncomingCell, type ValueProblem, validateValues } from '../../domain/values/validate-values.ts';
import { authorize } from '../access/policy.ts';
import type { Principal } from '../auth/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { AppContext } from '../context.ts';
import { AppError, badRequest, notFound } from '../errors.ts';
import { findCalendar } from '../reporting-calendars/service.ts';
import { itemsPerSlice, yieldAtSlice, yieldToEventLoop } from '../yield-to-event-loop.ts';
import { valuePolicy } from './policy.ts';
import {
  deleteValue,
  findNamedValuesOfUnits,
  findValuesOfUnits,
  type NamedValueRow,
  upsertValues,
} from './repository.ts';

export const catalogue: Catalogue = seedCatalogue;
/** Earlier periods a jump is judged against. */
const historyLength = 12;
function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

export interface ValueInput {
  dataElementId: string;
  unitId: string;
  period: string;
  disaggregation?: string | undefined;
  value: number | null;
  confirm?: boolean | undefined;
}

export interface SaveValuesInput {
  calendarId?: string | undefined;
  values: readonly ValueInput[];
}

/** What a batch did: new cells, changed cells, cells sent with the value already stored, removed cells. */
export interface BatchCounts {
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
}

export interface SaveBatchInput extends SaveValuesInput {
  /** 'imported': a file or DHIS2 payload; unchanged cells are then left as stored (not rewritten). */
  source: 'entered' | 'imported';
  /** How a message names the cell at a position ("Dòng 3", "Dòng 7, cột '…'"); default "Ô thứ N". */
  labelOf?: ((position: number) => string) | undefined;
  /** What the audit row calls the change ('update' for entry, 'import' for imports). */
  auditAction?: 'update' | 'import' | undefined;
  /** Check everything and count what would change, but write nothing (DHIS2's dryRun). */
  dryRun?: boolean | undefined;
}

export type SaveBatchResult = { ok: true; counts: BatchCounts } | { ok: false; problems: ValueProblem[] };

/**
 * The calendar a request names: a built-in one, or a province's own that the actor works in or
 * over (findCalendar); the calendar year when none is named. An unknown id is a 400, never a
 * silent fall-back to another calendar's values.
 */
export async function resolveCalendar(
  ctx: AppContext,
  actor: Principal,
  id: string | undefined,
): Promise<ReportingCalendar> {
  if (id === undefined) return calendarYear;
  const found = await findCalendar(ctx, actor, id);
  if (!found)
    throw badRequest(
      `Không có lịch báo cáo "${id}" (calendarId) mà bạn được dùng; các lịch có thể dùng ở GET /api/reporting-calendars.`,
      'calendarId',
    );
  return found;
}

/** Whether the unit existed on some day of the period. */
function existsDuring(unit: AdminUnit, period: Period, calendar: ReportingCalendar): boolean {
  const window = windowOf(period, calendar);
  return (
    (unit.validFrom === null || unit.validFrom < window.until) && (unit.validTo === null || unit.validTo > window.from)
  );
}

function problemsError(problems: readonly ValueProblem[]): AppError {
  const first = problems[0]!;
  const count = new Set(problems.map((problem) => problem.index)).size;
  const confirmOnly = problems.every((problem) => problem.needsConfirmation);
  const message = `Chưa lưu số liệu nào: ${count} ô ${confirmOnly ? 'cần xác nhận' : 'có lỗi'}. ${first.message}`;
  return new AppError(
    400,
    confirmOnly ? 'needs_confirmation' : 'invalid_values',
    message,
    first.field,
    problems.map(({ field, message: text, needsConfirmation }) => ({ field, message: text, needsConfirmation })),
  );
}

type ReadCell = IncomingCell & { parsedPeriod: Period };

interface CellContext {
  actor: Principal;
  index: AdminUnitIndex;
  calendar: ReportingCalendar;
  elements: ReadonlyMap<string, DataElement>;
  labelOf: (position: number) => string;
}

/** One cell of the batch checked on its own: element, period, unit (in scope, existing then), disaggregation. */
function readCell(raw: ValueInput, position: number, context: CellContext): ReadCell | { problem: ValueProblem } {
  const fail = (field: string, message: string) => ({
    problem: { index: position, field: `values.${position}.${field}`, message, needsConfirmation: false },
  });
  const cellName = context.labelOf(position);
  const element = context.elements.get(raw.dataElementId);
  if (!element) return fail('dataElementId', `${cellName}: không có chỉ số dữ liệu "${raw.dataElementId}".`);
  const where = `${cellName} («${element.name.vi}»)`;
  const parsed = parsePeriod(raw.period);
  if (!parsed.ok) return fail('period', `${where}: ${parsed.message}`);
  const unit = context.index.get(raw.unitId);
  if (!unit || !valuePolicy.canWriteIn(context.actor, unit))
    return fail('unitId', `${where}: không tìm thấy đơn vị hành chính "${raw.unitId}" trong phạm vi của bạn.`);
  if (unit.level === 'province')
    return fail(
      'unitId',
      `${where}: số liệu nhập cho xã, phường (hoặc huyện cũ); số của ${unit.name} được cộng từ các xã.`,
    );
  if (!existsDuring(unit, parsed.period, context.calendar))
    return fail('period', `${where}: ${unit.name} không tồn tại trong ${labelPeriod(parsed.period)}.`);
  const disaggregation = parseDisaggregation(raw.disaggregation ?? '', element);
  if (!disaggregation.ok) return fail('disaggregation', `${where}: ${disaggregation.message}`);
  return {
    index: position,
    dataElementId: element.id,
    unitId: unit.id,
    period: formatPeriod(parsed.period),
    parsedPeriod: parsed.period,
    disaggregation: disaggregation.key,
    value: raw.value,
    confirm: raw.confirm ?? false,
  };
}

export async function saveValues(
  ctx: AppContext,
  actor: Principal,
  input: SaveValuesInput,
): Promise<{ saved: number; deleted: number }> {
  const result = await saveValueBatch(ctx, actor, { ...input, source: 'entered' });
  if (!result.ok) throw problemsError(result.problems);
  const { created, updated, unchanged, deleted } = result.counts;
  return { saved: created + updated + unchanged, deleted };
}

/**
 * The one save path of values (PUT /api/values, DHIS2 and file imports): every cell checked,
 * then the whole batch saved in one transaction with its audit row, or nothing and every problem.
 */
export async function saveValueBatch(
  ctx: AppContext,
  actor: Principal,
  input: SaveBatchInput,
): Promise<SaveBatchResult> {
  authorize(actor, valuePolicy.canSave);
  const index = await ctx.adminUnits.get();
  const calendar = await resolveCalendar(ctx, actor, input.calendarId);
  const elements = new Map(catalogue.dataElements.map((element) => [element.id, element]));
  const labelOf = input.labelOf ?? ((position: number) => `Ô thứ ${position + 1}`);
  const problems: ValueProblem[] = [];
  const cells: ReadCell[] = [];
  for (let position = 0; position < input.values.length; position++) {
    await yieldAtSlice(position);
    const read = readCell(input.values[position]!, position, { actor, index, calendar, elements, labelOf });
    if ('problem' in read) problems.push(read.problem);
    else cells.push(read);
  }
  // The same cell twice would be saved twice in one statement: refused, naming both places.
  const firstPosition = new Map<string, number>();
  for (const cell of cells) {
    const earlier = firstPosition.get(cellId(cell));
    if (earlier === undefined) firstPosition.set(cellId(cell), cell.index);
    else
      problems.push({
        index: cell.index,
        field: `values.${cell.index}.dataElementId`,
        message: `${labelOf(cell.index)}: trùng với ${lowerFirst(labelOf(earlier))} (cùng chỉ số dữ liệu, đơn vị, kỳ và phân tổ); mỗi ô chỉ được ghi một lần.`,
        needsConfirmation: false,
      });
  }
  if (problems.length > 0) return { ok: false, problems };
  // What is stored for the batch's units: the elements named and those sharing an indicator with them.
  const related = new Set(cells.map((cell) => cell.dataElementId));
  for (const indicator of catalogue.indicators) {
    const formula = indicator.formula;
    if (formula.kind === 'ratio' && (related.has(formula.numerator) || related.has(formula.denominator))) {
      related.add(formula.numerator);
      related.add(formula.denominator);
    }
  }
  const unitIds = [...new Set(cells.map((cell) => cell.unitId))];
  const storedRows = await findValuesOfUnits(ctx.db, {
    dataElementIds: [...related],
    unitIds,
    calendarId: calendar.id,
  });
  const periods = new Set(cells.map((cell) => cell.period));
  const stored = storedRows.filter((row) => periods.has(row.period));
  // Each cell's history: earlier periods of its kind for the same element, unit and disaggregation.
  const seriesOf = new Map<string, { period: Period; value: number }[]>();
  for (const [position, row] of storedRows.entries()) {
    await yieldAtSlice(position);
    const parsed = parsePeriod(row.period);
    if (!parsed.ok) continue;
    const key = `${row.dataElementId}|${row.unitId}|${row.disaggregation}`;
    const series = seriesOf.get(key) ?? [];
    series.push({ period: parsed.period, value: row.value });
    seriesOf.set(key, series);
  }
  const history = new Map<string, number[]>();
  for (const cell of cells) {
    const earlier = (seriesOf.get(`${cell.dataElementId}|${cell.unitId}|${cell.disaggregation}`) ?? [])
      .filter(({ period }) => period.kind === cell.parsedPeriod.kind && comparePeriods(period, cell.parsedPeriod) < 0)
      .sort((a, b) => comparePeriods(a.period, b.period))
      .map(({ value }) => value)
      .slice(-historyLength);
    history.set(cellId(cell), earlier);
  }
  const before = new Map(stored.map((row) => [cellId(row), row.value]));
  const isUnchanged = (cell: ReadCell) => cell.value !== null && before.get(cellId(cell)) === cell.value;
  // An imported cell equal to what is stored was accepted when it was stored: no jump to confirm again.
  const judgedCells =
    input.source === 'imported' ? cells.map((cell) => (isUnchanged(cell) ? { ...cell, confirm: true } : cell)) : cells;
  // Checks never cross units (parts, rates and jumps are within a unit), so a large import is
  // validated one unit at a time, letting other requests in between.
  const storedByUnit = groupBy(stored, (row) => row.unitId);
  const found: ValueProblem[] = [];
  for (const [unitId, unitCells] of groupBy(judgedCells, (cell) => cell.unitId)) {
    if (judgedCells.length > itemsPerSlice) await yieldToEventLoop();
    found.push(
      ...validateValues({
        cells: unitCells,
        stored: storedByUnit.get(unitId) ?? [],
        history,
        catalogue,
        names: {
          unitName: (id) => index.get(id)?.name ?? id,
          periodLabel: (period) => labelPeriod(requireParsed(period)),
        },
      }),
    );
  }
  found.sort((a, b) => a.index - b.index);
  if (found.length > 0) {
    // validateValues names the cell by element, unit and period; an import adds its row and column.
    const located =
      input.labelOf === undefined
        ? found
        : found.map((problem) => ({ ...problem, message: `${labelOf(problem.index)}: ${problem.message}` }));
    return { ok: false, problems: located };
  }

  const now = ctx.now();
  // An import leaves unchanged cells as stored (who entered them and when stays true).
  const writes = cells.filter((cell) => cell.value !== null && !(input.source === 'imported' && isUnchanged(cell)));
  const deletions = cells.filter((cell) => cell.value === null && before.has(cellId(cell)));
  const changes = writes.length + deletions.length;
  if (!input.dryRun && (changes > 0 || input.source === 'entered'))
    await ctx.db.transaction().execute(async (trx) => {
      await upsertValues(
        trx,
        writes.map((cell) => ({
          dataElementId: cell.dataElementId,
          unitId: cell.unitId,
          period: cell.period,
          calendarId: calendar.id,
          disaggregation: cell.disaggregation,
          value: cell.value as number,
          source: input.source,
          enteredBy: actor.userId,
          enteredAt: now,
        })),
      );
      for (const cell of deletions) await deleteValue(trx, { ...cell, calendarId: calendar.id });
      await recordAudit(trx, {
        actor: { userId: actor.userId, displayName: actor.displayName },
        // Written out so the audit vocabulary test sees both codes.
        ...(input.auditAction === 'import' ? { action: 'import' as const } : { action: 'update' as const }),
        entity: 'data_values',
        entityId: unitIds.length === 1 ? unitIds[0]! : `${unitIds[0]} (+${unitIds.length - 1})`,
        after: {
          calendarId: calendar.id,
          changes: [...writes, ...deletions].map((cell) => ({
            dataElementId: cell.dataElementId,
            unitId: cell.unitId,
            period: cell.period,
            disaggregation: cell.disaggregation,
            before: before.get(cellId(cell)) ?? null,
            after: cell.value,
          })),
        },
      });
    });
  const created = writes.filter((cell) => !before.has(cellId(cell))).length;
  const unchanged = cells.filter((cell) => cell.value !== null && isUnchanged(cell)).length;
  return {
    ok: true,
    counts: {
      created,
      updated: writes.length - created - (input.source === 'imported' ? 0 : unchanged),
      unchanged,
      deleted: deletions.length,
    },
  };
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function requireParsed(period: string): Period {
  const parsed = parsePeriod(period);
  if (!parsed.ok) throw new RangeError(parsed.message);
  return parsed.period;
}

export interface ListValuesQuery {
  dataElementId: string;
  unitId: string;
  from?: string | undefined;
  to?: string | undefined;
  calendarId?: string | undefined;
}

/** A unit's values of one element, oldest period first, optionally between two periods (inclusive). */
export async function listValues(ctx: AppContext, actor: Principal, query: ListValuesQuery): Promise<NamedValueRow[]> {
  const index = await ctx.adminUnits.get();
  const unit = index.get(query.unitId);
  authorize(actor, valuePolicy.canRead, unit, () => notFound('đơn vị hành chính'));
  if (!catalogue.dataElements.some((element) => element.id === query.dataElementId))
    throw badRequest(`Không có chỉ số dữ liệu "${query.dataElementId}".`, 'dataElementId');
  const bound = (text: string | undefined, field: 'from' | 'to') => {
    if (text === undefined) return null;
    const parsed = parsePeriod(text);
    if (!parsed.ok) throw badRequest(parsed.message, field);
    return parsed.period;
  };
  const from = bound(query.from, 'from');
  const to = bound(query.to, 'to');
  const rows = await findNamedValuesOfUnits(ctx.db, {
    dataElementIds: [query.dataElementId],
    unitIds: [unit.id],
    calendarId: (await resolveCalendar(ctx, actor, query.calendarId)).id,
  });
  return rows
    .map((row) => ({ row, period: requireParsed(row.period) }))
    .filter(
      ({ period }) =>
        (from === null || comparePeriodEnds(period, from) >= 0) && (to === null || comparePeriodEnds(period, to) <= 0),
    )
    .sort((a, b) => comparePeriodEnds(a.period, b.period) || (a.row.disaggregation < b.row.disaggregation ? -1 : 1))
    .map(({ row }) => row);
}
