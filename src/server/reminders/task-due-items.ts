// The task occurrences a reminder may be owed for today: stored deadlines of one-off and
// recurring tasks from 30 days back to 7 days ahead, and the yearly check-in of ongoing tasks
// (listTaskOccurrences), each with the lead holders it fell to (task assignments: an agency,
// or a commune of a fan-out; decision 0027) and whether each reported it done.
import { sql } from 'kysely';
import { addDays, type IsoDate } from '../../domain/periods/iso-dates.ts';
import { staleAfterDays } from '../../domain/reminders/reminder-rules.ts';
import { holderKeyOf } from '../../domain/tasks/fan-out-assignments.ts';
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
  /** Who the task fell to as lead, each with whether it reported this occurrence done. */
  holders: TaskHolder[];
}

export interface TaskHolder {
  /** The progress key: the agency id, or `unit:<commune id>`. */
  key: string;
  name: string;
  agencyId: string | null;
  unitId: string | null;
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
  const taskIds = [...new Set(items.map((item) => item.taskId))];
  const [leads, done] = await Promise.all([
    db
      .selectFrom('task_assignments as ta')
      .leftJoin('agencies as a', 'a.id', 'ta.agency_id')
      .leftJoin('admin_units as u', 'u.id', 'ta.admin_unit_id')
      .select([
        'ta.task_id as taskId',
        'ta.agency_id as agencyId',
        'ta.admin_unit_id as unitId',
        'a.name as agencyName',
        'u.name as unitName',
      ])
      .where('ta.role', '=', 'lead')
      .where('ta.task_id', 'in', taskIds)
      .orderBy('ta.position')
      .execute(),
    db
      .selectFrom('task_progress')
      .select(['task_id as taskId', 'holder', sql<string>`to_char(due_date, 'YYYY-MM-DD')`.as('dueDate')])
      .where('task_id', 'in', taskIds)
      .where('completed_on', 'is not', null)
      .execute(),
  ]);
  const doneKeys = new Set(done.map((row) => `${row.taskId}|${row.holder}|${row.dueDate}`));
  const holdersOf = new Map<string, Omit<TaskHolder, 'done'>[]>();
  for (const lead of leads) {
    const key = holderKeyOf({ agencyId: lead.agencyId, adminUnitId: lead.unitId });
    if (key === null) continue;
    const holder = { key, name: lead.agencyName ?? lead.unitName ?? key, agencyId: lead.agencyId, unitId: lead.unitId };
    holdersOf.set(lead.taskId, [...(holdersOf.get(lead.taskId) ?? []), holder]);
  }
  return items.map((item) => ({
    taskId: item.taskId,
    taskText: item.taskText,
    planId: item.planId,
    planNumber: item.planNumber,
    planTitle: item.planTitle,
    planUnitId: item.planUnitId,
    dueDate: item.dueDate,
    dueLabel: item.dueLabel,
    holders: (holdersOf.get(item.taskId) ?? []).map((holder) => ({
      ...holder,
      done: doneKeys.has(`${item.taskId}|${holder.key}|${item.dueDate}`),
    })),
  }));
}
