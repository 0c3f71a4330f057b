// Checks a batch of reported values before it is saved, together with what is already stored:
// counts are finite and not negative, a rate stays within 0–100, a part never exceeds its
// whole (an indicator's numerator ≤ its denominator when the indicator is a percentage of it;
// a disaggregated part ≤ the total, and one dimension's parts together ≤ the total), and a jump
// of more than 3 standard deviations from the unit's history needs the reporter's confirmation.
// Every message names the cell: data element, unit and period, in Vietnamese.
import type { Catalogue, DataElement } from '../indicators/types.ts';
import { singleDimensionOf } from './disaggregation-keys.ts';

/** One cell: a data element for a unit, period and disaggregation. */
export interface CellKey {
  dataElementId: string;
  unitId: string;
  period: string;
  disaggregation: string;
}

export interface IncomingCell extends CellKey {
  /** Position in the batch (for `values.<index>.value`). */
  index: number;
  /** null deletes the stored value. */
  value: number | null;
  /** The reporter confirmed an unusual jump. */
  confirm: boolean;
}

export interface StoredCell extends CellKey {
  value: number;
}

/** Names for messages: "Xã An Hòa", "Năm 2024". */
export interface CellNames {
  unitName(unitId: string): string;
  periodLabel(period: string): string;
}

export interface ValueProblem {
  /** Batch position of the cell the message is about. */
  index: number;
  field: string;
  message: string;
  /** True when the value is allowed once confirmed (a jump), false for a plain error. */
  needsConfirmation: boolean;
}

export interface ValidateValuesInput {
  cells: readonly IncomingCell[];
  /** What is stored for the same elements, units and periods (any disaggregation). */
  stored: readonly StoredCell[];
  /** Earlier values of each cell, oldest first, by cellId(cell). */
  history: ReadonlyMap<string, readonly number[]>;
  catalogue: Catalogue;
  names: CellNames;
}

/** At least this many earlier values before a jump is judged. */
export const minimumHistory = 3;
export const jumpDeviations = 3;

export const cellId = (cell: CellKey) => `${cell.dataElementId}|${cell.unitId}|${cell.period}|${cell.disaggregation}`;
const wholeId = (cell: CellKey) => `${cell.dataElementId}|${cell.unitId}|${cell.period}`;

/** Every problem of the batch (empty when it may be saved as it is). */
export function validateValues(input: ValidateValuesInput): ValueProblem[] {
  const { catalogue, names } = input;
  const elements = new Map(catalogue.dataElements.map((element) => [element.id, element]));
  const problems: ValueProblem[] = [];
  const where = (cell: CellKey) => describeCell(cell, elements.get(cell.dataElementId), names);
  // The state after the batch: stored values overlaid with the batch (null removes).
  const after = new Map<string, StoredCell>();
  for (const cell of input.stored) after.set(cellId(cell), cell);
  const incomingById = new Map<string, IncomingCell>();
  for (const cell of input.cells) {
    const id = cellId(cell);
    if (incomingById.has(id)) {
      problems.push(error(cell, 'dataElementId', `${where(cell)}: ô này có hai lần trong cùng một lần lưu.`));
      continue;
    }
    incomingById.set(id, cell);
    if (cell.value === null) after.delete(id);
    else after.set(id, { ...cell, value: cell.value });
  }
  for (const cell of input.cells) {
    if (cell.value === null) continue;
    if (!Number.isFinite(cell.value)) {
      problems.push(error(cell, 'value', `${where(cell)}: số liệu phải là một số.`));
      continue;
    }
    if (cell.value < 0) {
      problems.push(error(cell, 'value', `${where(cell)}: số liệu không được âm (${formatNumber(cell.value)}).`));
      continue;
    }
    const jump = jumpProblem(cell, input.history.get(cellId(cell)) ?? [], where(cell));
    if (jump) problems.push(jump);
  }
  problems.push(...partsWithinTotal(after, incomingById, where));
  problems.push(...ratesWithinRange(after, incomingById, catalogue, elements, names));
  return problems.sort((a, b) => a.index - b.index);
}

/** "«Số lao động…» — Xã An Hòa, Năm 2024 (phân tổ sex=female)". */
export function describeCell(cell: CellKey, element: DataElement | undefined, names: CellNames): string {
  const part = cell.disaggregation === '' ? '' : ` (phân tổ ${cell.disaggregation})`;
  return `«${element?.name.vi ?? cell.dataElementId}» — ${names.unitName(cell.unitId)}, ${names.periodLabel(cell.period)}${part}`;
}

function jumpProblem(cell: IncomingCell, history: readonly number[], where: string): ValueProblem | null {
  if (cell.confirm || cell.value === null || history.length < minimumHistory) return null;
  const mean = history.reduce((sum, value) => sum + value, 0) / history.length;
  const variance = history.reduce((sum, value) => sum + (value - mean) ** 2, 0) / history.length;
  const deviation = Math.sqrt(variance);
  if (Math.abs(cell.value - mean) <= jumpDeviations * deviation) return null;
  return {
    index: cell.index,
    field: `values.${cell.index}.value`,
    message: `${where}: ${formatNumber(cell.value)} khác thường so với các kỳ trước (trung bình ${formatNumber(mean)}, lệch quá ${jumpDeviations} độ lệch chuẩn). Hãy kiểm tra lại hoặc xác nhận (confirm) để lưu.`,
    needsConfirmation: true,
  };
}

/** A part ≤ the total; one dimension's parts together ≤ the total. Reported on the batch's cells. */
function partsWithinTotal(
  after: ReadonlyMap<string, StoredCell>,
  incoming: ReadonlyMap<string, IncomingCell>,
  where: (cell: CellKey) => string,
): ValueProblem[] {
  const groups = new Map<string, StoredCell[]>();
  for (const cell of after.values()) {
    const list = groups.get(wholeId(cell)) ?? [];
    list.push(cell);
    groups.set(wholeId(cell), list);
  }
  const problems: ValueProblem[] = [];
  for (const cells of groups.values()) {
    const total = cells.find((cell) => cell.disaggregation === '');
    if (!total) continue;
    const blame = (parts: StoredCell[]) =>
      parts.map((part) => incoming.get(cellId(part))).find((cell) => cell !== undefined) ?? incoming.get(cellId(total));
    for (const part of cells) {
      if (part.disaggregation === '' || part.value <= total.value) continue;
      const cell = blame([part]);
      if (cell)
        problems.push(
          error(
            cell,
            'value',
            `${where(part)}: phần (${formatNumber(part.value)}) lớn hơn tổng số (${formatNumber(total.value)}).`,
          ),
        );
    }
    const byDimension = new Map<string, StoredCell[]>();
    for (const part of cells) {
      const dimension = singleDimensionOf(part.disaggregation);
      if (dimension === null) continue;
      byDimension.set(dimension, [...(byDimension.get(dimension) ?? []), part]);
    }
    for (const [dimension, parts] of byDimension) {
      const sum = parts.reduce((acc, part) => acc + part.value, 0);
      if (parts.length < 2 || sum <= total.value * (1 + 1e-9)) continue;
      const cell = blame(parts);
      if (cell)
        problems.push(
          error(
            cell,
            'value',
            `${where(total)}: các phần theo ${dimension} cộng lại (${formatNumber(sum)}) lớn hơn tổng số (${formatNumber(total.value)}).`,
          ),
        );
    }
  }
  return problems;
}

/** Percentages: numerator ≤ denominator, so the rate stays within 0–100. */
function ratesWithinRange(
  after: ReadonlyMap<string, StoredCell>,
  incoming: ReadonlyMap<string, IncomingCell>,
  catalogue: Catalogue,
  elements: ReadonlyMap<string, DataElement>,
  names: CellNames,
): ValueProblem[] {
  const problems: ValueProblem[] = [];
  const seen = new Set<string>();
  for (const cell of incoming.values()) {
    for (const indicator of catalogue.indicators) {
      const formula = indicator.formula;
      if (formula.kind !== 'ratio' || indicator.unit !== '%') continue;
      if (formula.numerator !== cell.dataElementId && formula.denominator !== cell.dataElementId) continue;
      const at = (dataElementId: string) => after.get(cellId({ ...cell, dataElementId }));
      const numerator = at(formula.numerator);
      const denominator = at(formula.denominator);
      if (!numerator || !denominator || denominator.value <= 0) continue;
      const rate = (numerator.value / denominator.value) * formula.factor;
      if (rate <= 100 * (1 + 1e-9)) continue;
      const key = `${indicator.id}|${cellId(cell)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const numeratorName = elements.get(formula.numerator)?.name.vi ?? formula.numerator;
      const denominatorName = elements.get(formula.denominator)?.name.vi ?? formula.denominator;
      problems.push(
        error(
          cell,
          'value',
          `${describeCell(cell, elements.get(cell.dataElementId), names)}: «${indicator.name.vi}» sẽ là ${formatNumber(rate)}%, vượt 100% — «${numeratorName}» (${formatNumber(numerator.value)}) không được lớn hơn «${denominatorName}» (${formatNumber(denominator.value)}).`,
        ),
      );
    }
  }
  return problems;
}

function error(cell: IncomingCell, field: string, message: string): ValueProblem {
  return { index: cell.index, field: `values.${cell.index}.${field}`, message, needsConfirmation: false };
}

/** 1.234,5 (Vietnamese separators, at most 2 decimals); no Intl, the same text everywhere. */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  const [whole = '0', fraction] = Math.abs(rounded).toString().split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${rounded < 0 ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}
