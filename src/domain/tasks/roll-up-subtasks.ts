// A parent task with sub-tasks is done when every sub-task is done (on the day the last one
// was), and its percentage is their mean: the lead reports on the pieces, the parent follows.
import type { IsoDate } from '../periods/iso-dates.ts';

export interface SubtaskProgress {
  percent: number;
  completedOn: IsoDate | null;
}

/** The parent's progress from its children; null when it has none (the parent reports itself). */
export function rollUpSubtasks(children: readonly SubtaskProgress[]): SubtaskProgress | null {
  if (children.length === 0) return null;
  const percent = Math.round(children.reduce((sum, child) => sum + child.percent, 0) / children.length);
  const done = children.every((child) => child.completedOn !== null);
  // ISO dates sort as text: the last completion is the greatest string.
  const completedOn = done
    ? children
        .map((child) => child.completedOn!)
        .sort()
        .at(-1)!
    : null;
  return { percent: done ? 100 : Math.min(percent, 99), completedOn };
}
