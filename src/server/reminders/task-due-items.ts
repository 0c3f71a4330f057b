// The task occurrences a reminder may be owed for today: stored deadlines of one-off and
// recurring tasks from 30 days back to 7 days ahead, and the yearly check-in of ongoing tasks
// (listTaskOccurrences), each with the lead agencies that owe it and the plan it belongs to.
// Task progress is not recorded yet (issue 10, part 1 is landing beside this), so an
// occurrence counts as not done; `isDone` is where recorded completion plugs in.
import { sql } from 'kysely';
import { addDays, type IsoDate } from '../../domain/periods/iso-dates.ts';
import { staleAfterDays } from '../../domain/reminders/reminder-rules.ts';
import { listTaskOccurrences } from '../../domain/tasks/task-occurrences.ts';
import type { Executor } from '../plans/repository.ts';

/** Reminders look this many days ahead (the widest "sắp đến hạn" rule). */
const daysAhead = 7;

export interface TaskDueItem {
  taskId: string;
  taskText: string;
  planId: string;
  planNumber: string | null;
  planTitle: string | null;
  planUnitId: string;
  dueDate: IsoDate;
  dueLabel: string;
  /** Lead agencies named for the task (resolved to the catalogue). */
  leadAgencies: { id: string; name: string }[];
  done: boolean;
}

export async function findTaskDueItems(db: Executor, today: IsoDate): Promise<TaskDueItem[]> {
  const from = addDays(today, -staleAfterDays);
  const until = addDays(today, daysAhead);
  const dated = await db
    .selectFrom('plan_task_deadlines as d')
    .innerJoin('plan_tasks as t', 't.id', 'd.task_id')
    .innerJoin('plans as p', 'p.id', 't.plan_id')
    .select([
      't.id as taskId',
      't.text as taskText',
      'p.id as planId',
      'p.number as planNumber',
      'p.title as planTitle',
      'p.admin_unit_id as planUnitId',
      sql<string>`to_char(d.due_date, 'YYYY-MM-DD')`.as('dueDate'),
      'd.label as dueLabel',
    ])
    .where('d.due_date', '>=', from)
    .where('d.due_date', '<=', until)
    .execute();
  // Ongoing work is asked about on 31 December of each plan year: only plans running then.
  const year = Number(today.slice(0, 4));
  const ongoing = await db
    .selectFrom('plan_tasks as t')
    .innerJoin('plans as p', 'p.id', 't.plan_id')
    .select([
      't.id as taskId',
      't.text as taskText',
      'p.id as planId',
      'p.number as planNumber',
      'p.title as planTitle',
      'p.admin_unit_id as planUnitId',
      'p.period_from as periodFrom',
      'p.period_to as periodTo',
    ])
    .where('t.due_kind', '=', 'ongoing')
    .where((eb) => eb.or([eb('p.period_to', '>=', year - 1), eb('p.period_to', 'is', null)]))
    .execute();
  const checkIns = ongoing.flatMap((task) =>
    listTaskOccurrences({ kind: 'ongoing' }, { from: task.periodFrom, to: task.periodTo })
      .filter((occurrence) => occurrence.dueDate >= from && occurrence.dueDate <= until)
      .map((occurrence) => ({ ...task, dueDate: occurrence.dueDate, dueLabel: occurrence.label })),
  );
  const items = [...dated, ...checkIns];
  if (items.length === 0) return [];
  const leads = await db
    .selectFrom('plan_task_agencies as ta')
    .innerJoin('agencies as a', 'a.id', 'ta.agency_id')
    .select(['ta.task_id as taskId', 'a.id', 'a.name'])
    .where('ta.role', '=', 'lead')
    .where('ta.task_id', 'in', [...new Set(items.map((item) => item.taskId))])
    .orderBy('ta.position')
    .execute();
  const leadsOf = new Map<string, { id: string; name: string }[]>();
  for (const lead of leads)
    leadsOf.set(lead.taskId, [...(leadsOf.get(lead.taskId) ?? []), { id: lead.id, name: lead.name }]);
  return items.map((item) => ({
    taskId: item.taskId,
    taskText: item.taskText,
    planId: item.planId,
    planNumber: item.planNumber,
    planTitle: item.planTitle,
    planUnitId: item.planUnitId,
    dueDate: item.dueDate,
    dueLabel: item.dueLabel,
    leadAgencies: leadsOf.get(item.taskId) ?? [],
    done: false,
  }));
}
