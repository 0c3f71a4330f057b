// Where the report's two injected inputs come from. Task progress (which occurrence was
// reported done, and when) and unit reports (what each unit wrote about difficulties and
// proposals) are features of their own; until they store anything, these reads return what
// is true of every plan: nothing reported done, no unit report. The report then shows
// unfinished occurrences as in progress or overdue and says "Chưa có báo cáo của đơn vị nào".
// To plug a feature in, replace the body of the function here; the domain model takes the
// same shapes (TaskCompletion, UnitNarrative in src/domain/reports/report-model.ts).
import type { TaskCompletion, UnitNarrative } from '../../domain/reports/report-model.ts';
import type { DateWindow } from '../../domain/periods/iso-dates.ts';
import type { Executor } from '../plans/repository.ts';

/** Occurrences of the plan's tasks reported done: { taskId, dueDate, completedOn }. */
export async function findTaskCompletions(_db: Executor, _planId: string): Promise<TaskCompletion[]> {
  return [];
}

/** What reporting units wrote for the plan and period: { unitName, difficulties, proposals }. */
export async function findUnitNarratives(
  _db: Executor,
  _planId: string,
  _period: { id: string; window: DateWindow },
): Promise<UnitNarrative[]> {
  return [];
}
