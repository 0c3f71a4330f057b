// Where the report's two injected inputs come from: the tasks' recorded progress (decision
// 0027) and the units' accepted reports (decision 0028). An occurrence counts as done for the
// plan when every lead holder it fell to has reported it done — a task fanned out to twelve
// communes is done when the twelfth is — on the day the last one finished.
import { sql } from 'kysely';
import type { DateWindow } from '../../domain/periods/iso-dates.ts';
import type { TaskCompletion, UnitNarrative } from '../../domain/reports/report-model.ts';
import { holderKeyOf } from '../../domain/tasks/fan-out-assignments.ts';
import type { Executor } from '../plans/repository.ts';

/** Occurrences of the plan's tasks reported done by all their lead holders: { taskId, dueDate, completedOn }. */
export async function findTaskCompletions(db: Executor, planId: string): Promise<TaskCompletion[]> {
  const [leads, done] = await Promise.all([
    db
      .selectFrom('task_assignments')
      .select(['task_id', 'agency_id', 'admin_unit_id'])
      .where('plan_id', '=', planId)
      .where('role', '=', 'lead')
      .execute(),
    db
      .selectFrom('task_progress as p')
      .innerJoin('plan_tasks as t', 't.id', 'p.task_id')
      .select([
        'p.task_id',
        'p.holder',
        sql<string>`to_char(p.due_date, 'YYYY-MM-DD')`.as('due_date'),
        sql<string>`to_char(p.completed_on, 'YYYY-MM-DD')`.as('completed_on'),
      ])
      .where('t.plan_id', '=', planId)
      .where('p.completed_on', 'is not', null)
      .execute(),
  ]);
  const holdersOf = new Map<string, Set<string>>();
  for (const lead of leads) {
    const key = holderKeyOf({ agencyId: lead.agency_id, adminUnitId: lead.admin_unit_id });
    if (key === null) continue;
    const holders = holdersOf.get(lead.task_id) ?? new Set<string>();
    holders.add(key);
    holdersOf.set(lead.task_id, holders);
  }
  const byOccurrence = new Map<string, { taskId: string; dueDate: string; holders: Set<string>; last: string }>();
  for (const row of done) {
    const key = `${row.task_id}|${row.due_date}`;
    const entry = byOccurrence.get(key) ?? {
      taskId: row.task_id,
      dueDate: row.due_date,
      holders: new Set(),
      last: row.completed_on,
    };
    entry.holders.add(row.holder);
    if (row.completed_on > entry.last) entry.last = row.completed_on;
    byOccurrence.set(key, entry);
  }
  const completions: TaskCompletion[] = [];
  for (const entry of byOccurrence.values()) {
    const expected = holdersOf.get(entry.taskId);
    const allDone = !expected || [...expected].every((holder) => entry.holders.has(holder));
    if (allDone) completions.push({ taskId: entry.taskId, dueDate: entry.dueDate, completedOn: entry.last });
  }
  return completions;
}

/** What the reporting units wrote in their accepted reports for the plan and period. */
export async function findUnitNarratives(
  db: Executor,
  planId: string,
  period: { id: string; window: DateWindow },
): Promise<UnitNarrative[]> {
  const rows = await db
    .selectFrom('unit_reports as r')
    .innerJoin('agencies as a', 'a.id', 'r.agency_id')
    .select(['a.name', 'r.difficulties', 'r.proposals'])
    .where('r.plan_id', '=', planId)
    .where('r.period', '=', period.id)
    .where('r.state', '=', 'accepted')
    .orderBy('a.sort_name')
    .orderBy('r.duty_id')
    .execute();
  const blankToNull = (text: string) => (text.trim() === '' ? null : text.trim());
  return rows
    .map((row) => ({
      unitName: row.name,
      difficulties: blankToNull(row.difficulties),
      proposals: blankToNull(row.proposals),
    }))
    .filter((narrative) => narrative.difficulties !== null || narrative.proposals !== null);
}
