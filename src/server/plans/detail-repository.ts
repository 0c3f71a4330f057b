// Reads the parts of confirmed plans: targets, tasks with their agencies and deadlines,
// reporting duties, and how many of each a plan has (for lists).
import type { Frequency, ReportingFrequency, TaskDue } from '../../domain/plans/plan-model.ts';
import type { Executor, PlanCounts, TargetWrite } from './repository.ts';

/** A stored target: as written, with its position in the plan and its indicator link. */
export interface TargetRow extends Omit<TargetWrite, 'indicatorLinkedBy' | 'indicatorLinkedAt'> {
  position: number;
  /** The catalogue indicator a person linked it to, or null (decision 0022). */
  indicatorId: string | null;
}

/**
 * The plan_targets columns a stored target is read from, named by table so that reads joining
 * other tables (the targets' overrides) select the same columns without ambiguity.
 */
export const targetColumns = [
  'plan_targets.id',
  'plan_targets.parent_id as parentId',
  'plan_targets.position',
  'plan_targets.text',
  'plan_targets.subject',
  'plan_targets.op',
  'plan_targets.value',
  'plan_targets.value2',
  'plan_targets.unit',
  'plan_targets.unit_noun as unitNoun',
  'plan_targets.year',
  'plan_targets.source_line as line',
  'plan_targets.indicator_id as indicatorId',
] as const;

/**
 * A row selected with targetColumns as a TargetRow: one place for both the plan page and the
 * targets' evaluation. The figures come back from PostgreSQL's numeric as strings, hence Number.
 */
export function toTargetRow(row: TargetRow): TargetRow {
  return {
    id: row.id,
    parentId: row.parentId,
    position: row.position,
    text: row.text,
    subject: row.subject,
    op: row.op,
    value: row.value === null ? null : Number(row.value),
    value2: row.value2 === null ? null : Number(row.value2),
    unit: row.unit,
    unitNoun: row.unitNoun,
    year: row.year,
    line: row.line,
    indicatorId: row.indicatorId,
  };
}

export async function loadTargets(db: Executor, planId: string): Promise<TargetRow[]> {
  const rows = await db
    .selectFrom('plan_targets')
    .select(targetColumns)
    .where('plan_id', '=', planId)
    .orderBy('position')
    .execute();
  return rows.map(toTargetRow);
}

export interface MentionRow {
  text: string;
  agencyId: string | null;
  agencyName: string | null;
  /** The agency's unit, for the reader's scope: foreign agencies are shown as written only. */
  agencyUnitId: string | null;
}

export interface TaskRow {
  id: string;
  position: number;
  text: string;
  deliverable: string | null;
  due: TaskDue | null;
  dueText: string | null;
  line: number | null;
  lead: MentionRow[];
  support: MentionRow[];
  deadlines: Array<{ dueDate: string; label: string }>;
}

function toDue(row: {
  due_kind: string | null;
  due_by: string | null;
  due_freq: Frequency | null;
  due_month: number | null;
}): TaskDue | null {
  if (row.due_kind === 'ongoing') return { kind: 'ongoing' };
  if (row.due_kind === 'once' && row.due_by !== null) return { kind: 'once', by: row.due_by };
  if (row.due_kind === 'recurring' && row.due_freq !== null)
    return { kind: 'recurring', freq: row.due_freq, month: row.due_month };
  return null;
}

export async function loadTasks(db: Executor, planId: string): Promise<TaskRow[]> {
  const rows = await db
    .selectFrom('plan_tasks')
    .select([
      'id',
      'position',
      'text',
      'deliverable',
      'due_kind',
      'due_by',
      'due_freq',
      'due_month',
      'due_text',
      'source_line',
    ])
    .where('plan_id', '=', planId)
    .orderBy('position')
    .execute();
  const mentions = await db
    .selectFrom('plan_task_agencies as m')
    .innerJoin('plan_tasks as t', 't.id', 'm.task_id')
    .leftJoin('agencies as a', 'a.id', 'm.agency_id')
    .select([
      'm.task_id as taskId',
      'm.role',
      'm.position',
      'm.text',
      'm.agency_id as agencyId',
      'a.name as agencyName',
      'a.admin_unit_id as agencyUnitId',
    ])
    .where('t.plan_id', '=', planId)
    .orderBy('m.task_id')
    .orderBy('m.role')
    .orderBy('m.position')
    .execute();
  const deadlines = await db
    .selectFrom('plan_task_deadlines as d')
    .innerJoin('plan_tasks as t', 't.id', 'd.task_id')
    .select(['d.task_id as taskId', 'd.due_date as dueDate', 'd.label'])
    .where('t.plan_id', '=', planId)
    .orderBy('d.task_id')
    .orderBy('d.due_date')
    .execute();
  const tasks = new Map<string, TaskRow>();
  for (const row of rows) {
    tasks.set(row.id, {
      id: row.id,
      position: row.position,
      text: row.text,
      deliverable: row.deliverable,
      due: toDue(row),
      dueText: row.due_text,
      line: row.source_line,
      lead: [],
      support: [],
      deadlines: [],
    });
  }
  for (const mention of mentions) {
    tasks.get(mention.taskId)?.[mention.role].push({
      text: mention.text,
      agencyId: mention.agencyId,
      agencyName: mention.agencyName ?? null,
      agencyUnitId: mention.agencyUnitId ?? null,
    });
  }
  for (const deadline of deadlines)
    tasks.get(deadline.taskId)?.deadlines.push({ dueDate: deadline.dueDate, label: deadline.label });
  return [...tasks.values()];
}

export interface ReportingRow {
  id: string;
  freq: ReportingFrequency;
  due: string | null;
  to: string | null;
  via: string | null;
  text: string;
  line: number | null;
}

const pad = (value: number) => String(value).padStart(2, '0');

export async function loadReporting(db: Executor, planId: string): Promise<ReportingRow[]> {
  const rows = await db
    .selectFrom('plan_reporting_duties')
    .select(['id', 'freq', 'due_month', 'due_day', 'recipient_text', 'via_text', 'text', 'source_line'])
    .where('plan_id', '=', planId)
    .orderBy('position')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    freq: row.freq,
    due:
      row.due_month === null
        ? null
        : row.due_day === null
          ? pad(row.due_month)
          : `${pad(row.due_month)}-${pad(row.due_day)}`,
    to: row.recipient_text,
    via: row.via_text,
    text: row.text,
    line: row.source_line,
  }));
}

/** How many targets, tasks, duties and references each plan has. */
export async function countPlanParts(db: Executor, planIds: readonly string[]): Promise<Map<string, PlanCounts>> {
  const counts = new Map<string, PlanCounts>(
    planIds.map((id) => [id, { targets: 0, tasks: 0, reporting: 0, references: 0 }]),
  );
  if (planIds.length === 0) return counts;
  const tables = [
    ['plan_targets', 'targets'],
    ['plan_tasks', 'tasks'],
    ['plan_reporting_duties', 'reporting'],
    ['plan_references', 'references'],
  ] as const;
  for (const [table, key] of tables) {
    const rows = await db
      .selectFrom(table)
      .select((eb) => ['plan_id', eb.fn.countAll<number>().as('n')])
      .where('plan_id', 'in', [...planIds])
      .groupBy('plan_id')
      .execute();
    for (const row of rows) {
      const entry = counts.get(row.plan_id);
      if (entry) entry[key] = Number(row.n);
    }
  }
  return counts;
}
