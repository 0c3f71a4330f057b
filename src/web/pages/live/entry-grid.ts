// The value entry form's state as plain data: cells keyed by unit × data element, what the
// roll-ups already hold (prefill), what the person changed, and the server's per-cell
// problems mapped back onto the cells they name ("values.3.value" → the 4th cell sent).
import type { ApiProblem } from '../../api/http.ts';
import type { Rollup, ValueCell } from '../../api/types.ts';
import type { Language } from '../../i18n/i18n-context.tsx';
import { amountText, indicatorParts, parseAmount } from './live-format.ts';

export const cellKey = (unitId: string, elementId: string) => `${unitId}|${elementId}`;

/** The stored values the roll-ups show for each unit's own cells (not apportioned, not missing). */
export function prefillFromRollups(rollups: readonly Rollup[]): Map<string, number> {
  const values = new Map<string, number>();
  for (const rollup of rollups) {
    const parts = indicatorParts(rollup.indicatorId);
    for (const unit of rollup.byUnit) {
      if (!unit.reported || unit.apportioned) continue;
      for (const { elementId, part } of parts) {
        const value = part === 'numerator' ? unit.numerator : part === 'denominator' ? unit.denominator : unit.value;
        if (value !== null) values.set(cellKey(unit.unitId, elementId), value);
      }
    }
  }
  return values;
}

export interface EntryChanges {
  /** The cells to send, in order; `keys[i]` is the cell of `cells[i]`. */
  cells: ValueCell[];
  keys: string[];
  /** Cells whose text is not a number, with nothing sent. */
  invalid: string[];
}

/** The cells whose text differs from what is stored; '' on a stored value deletes it (null). */
export function collectChanges(
  texts: ReadonlyMap<string, string>,
  stored: ReadonlyMap<string, number>,
  period: string,
  language: Language,
): EntryChanges {
  const changes: EntryChanges = { cells: [], keys: [], invalid: [] };
  for (const [key, text] of texts) {
    const before = stored.get(key);
    if (text === amountText(before, language)) continue;
    const value = parseAmount(text, language);
    if (value === undefined) {
      changes.invalid.push(key);
      continue;
    }
    if (value === null && before === undefined) continue;
    if (value !== null && value === before) continue;
    const [unitId = '', dataElementId = ''] = key.split('|');
    changes.cells.push({ unitId, dataElementId, period, value });
    changes.keys.push(key);
  }
  return changes;
}

export interface CellProblem {
  message: string;
  needsConfirmation: boolean;
}

/** The server's problems on the cells they name ('values.<i>.<field>'); others under ''. */
export function problemsByCell(problems: readonly ApiProblem[], keys: readonly string[]): Map<string, CellProblem[]> {
  const byCell = new Map<string, CellProblem[]>();
  for (const problem of problems) {
    const match = /^values\.(\d+)(\.|$)/.exec(problem.field);
    const key = match ? (keys[Number(match[1])] ?? '') : '';
    const list = byCell.get(key) ?? [];
    list.push({ message: problem.message, needsConfirmation: problem.needsConfirmation });
    byCell.set(key, list);
  }
  return byCell;
}
