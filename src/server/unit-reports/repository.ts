// Storage of reporting duties' agencies and of unit reports. The unit's tasks are read from the
// plan's task assignments (or, before they are derived, its mentions) in findTasksOfAgency
// and findTaskAgencyIds alone.
import { sql } from 'kysely';
import type { TaskNote } from '../../db/tables/report-tables.ts';
import type { ReportingFrequency } from '../../domain/plans/plan-model.ts';
import type { ReportState } from '../../domain/reporting/report-workflow.ts';
import type { Executor } from '../plans/repository.ts';

export interface DutyRecord {
  id: string;
  planId: string;
  planUnitId: string;
  position: number;
  freq: ReportingFrequency;
  dueMonth: number | null;
  dueDay: number | null;
  recipientText: string | null;
  viaText: string | null;
  text: string;
  consolidatingAgencyId: string | null;
  /** As stored: null means the default (every agency with a task in the plan). */
  reportingAgencyIds: string[] | null;
}

function selectDuties(db: Executor) {
  return db
    .selectFrom('plan_reporting_duties as d')
    .innerJoin('plans as p', 'p.id', 'd.plan_id')
    .select([
      'd.id',
      'd.plan_id',
      'p.admin_unit_id as plan_unit_id',
      'd.position',
      'd.freq',
      'd.due_month',
      'd.due_day',
      'd.recipient_text',
      'd.via_text',
      'd.text',
      'd.consolidating_agency_id',
      'd.reporting_agency_ids',
    ]);
}

type DutyDbRow = Awaited<ReturnType<ReturnType<typeof selectDuties>['execute']>>[number];

function toDuty(row: DutyDbRow): DutyRecord {
  return {
    id: row.id,
    planId: row.plan_id,
    planUnitId: row.plan_unit_id,
    position: row.position,
    freq: row.freq,
    dueMonth: row.due_month,
    dueDay: row.due_day,
    recipientText: row.recipient_text,
    viaText: row.via_text,
    text: row.text,
    consolidatingAgencyId: row.consolidating_agency_id,
    reportingAgencyIds: row.reporting_agency_ids,
  };
}

export async function findDuty(db: Executor, dutyId: string): Promise<DutyRecord | null> {
  const row = await selectDuties(db).where('d.id', '=', dutyId).executeTakeFirst();
  return row ? toDuty(row) : null;
}

export async function findDutiesOfPlan(db: Executor, planId: string): Promise<DutyRecord[]> {
  const rows = await selectDuties(db).where('d.plan_id', '=', planId).orderBy('d.position').execute();
  return rows.map(toDuty);
}

/** Duties the agency reports on: named in the duty's list, or by default with a task in the plan. */
export async function findDutiesOwedBy(db: Executor, agencyId: string): Promise<DutyRecord[]> {
  const rows = await selectDuties(db)
    .where((eb) =>
      eb.or([
        sql<boolean>`d.reporting_agency_ids @> ${JSON.stringify([agencyId])}::jsonb`,
        eb.and([
          eb('d.reporting_agency_ids', 'is', null),
          eb.exists(
            eb
              .selectFrom('plan_task_agencies as m')
              .innerJoin('plan_tasks as t', 't.id', 'm.task_id')
              .select('m.task_id')
              .whereRef('t.plan_id', '=', 'd.plan_id')
              .where('m.agency_id', '=', agencyId),
          ),
        ]),
      ]),
    )
    .orderBy('p.list_key', 'desc')
    .orderBy('d.plan_id')
    .orderBy('d.position')
    .execute();
  return rows.map(toDuty);
}

/** Plans whose task assignments are derived (decision 0027); others still answer from the mentions. */
async function findAssignedPlans(db: Executor, planIds: readonly string[]): Promise<Set<string>> {
  if (planIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('plans')
    .select('id')
    .where('id', 'in', [...planIds])
    .where('tasks_assigned_at', 'is not', null)
    .execute();
  return new Set(rows.map((row) => row.id));
}

interface TaskHolderRow {
  plan_id: string;
  id: string;
  text: string;
  due_text: string | null;
  role: 'lead' | 'support';
  agency_id: string | null;
}

/**
 * Who each task of the plans falls to, in task order: its assignments (decision 0027: "UBND các
 * xã" brings each commune's committee), or, for a plan whose assignments are not derived yet,
 * the agencies named on it. One agency, or all when `agencyId` is null.
 */
async function findTaskHolders(
  db: Executor,
  planIds: readonly string[],
  agencyId: string | null,
): Promise<TaskHolderRow[]> {
  const assigned = await findAssignedPlans(db, planIds);
  const rows: TaskHolderRow[] = [];
  for (const [table, ids] of [
    ['task_assignments', planIds.filter((id) => assigned.has(id))],
    ['plan_task_agencies', planIds.filter((id) => !assigned.has(id))],
  ] as const) {
    if (ids.length === 0) continue;
    // Both tables have task_id, role, position and agency_id of the same types; Kysely cannot
    // type a join over a union of names, so the query is typed as over the first.
    const joined = `${table as 'task_assignments'} as m` as const;
    let query = db
      .selectFrom('plan_tasks as t')
      .innerJoin(joined, 'm.task_id', 't.id')
      .select(['t.plan_id', 't.id', 't.text', 't.due_text', 'm.role', 'm.agency_id'])
      .where('t.plan_id', 'in', [...ids]);
    query = agencyId === null ? query.where('m.agency_id', 'is not', null) : query.where('m.agency_id', '=', agencyId);
    rows.push(
      ...(await query.orderBy('t.plan_id').orderBy('t.position').orderBy('m.role').orderBy('m.position').execute()),
    );
  }
  return rows;
}

/** The default reporting agencies of each plan: every agency a task falls to, in task order. */
export async function findTaskAgencyIds(db: Executor, planIds: readonly string[]): Promise<Map<string, string[]>> {
  const byPlan = new Map<string, string[]>(planIds.map((id) => [id, []]));
  if (planIds.length === 0) return byPlan;
  for (const row of await findTaskHolders(db, planIds, null)) {
    const list = byPlan.get(row.plan_id);
    if (list && row.agency_id && !list.includes(row.agency_id)) list.push(row.agency_id);
  }
  return byPlan;
}

export interface AgencyRef {
  id: string;
  name: string;
  adminUnitId: string;
}

export async function findAgencies(db: Executor, ids: readonly string[]): Promise<Map<string, AgencyRef>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('agencies')
    .select(['id', 'name', 'admin_unit_id'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((row) => [row.id, { id: row.id, name: row.name, adminUnitId: row.admin_unit_id }]));
}

export interface AgencyTask {
  id: string;
  text: string;
  role: 'lead' | 'support';
  dueText: string | null;
}

/** The tasks of the plan the agency answers for (assigned to it, lead or support). */
export async function findTasksOfAgency(db: Executor, planId: string, agencyId: string): Promise<AgencyTask[]> {
  const tasks = new Map<string, AgencyTask>();
  for (const row of await findTaskHolders(db, [planId], agencyId))
    if (!tasks.has(row.id)) tasks.set(row.id, { id: row.id, text: row.text, role: row.role, dueText: row.due_text });
  return [...tasks.values()];
}

export async function updateDutyAgencies(
  db: Executor,
  dutyId: string,
  patch: {
    freq?: ReportingFrequency;
    consolidatingAgencyId?: string | null;
    reportingAgencyIds?: string[] | null;
    dueMonth?: number | null;
    dueDay?: number | null;
    recipientText?: string | null;
  },
): Promise<void> {
  const set: Record<string, unknown> = {};
  if (patch.freq !== undefined) set.freq = patch.freq;
  if (patch.consolidatingAgencyId !== undefined) set.consolidating_agency_id = patch.consolidatingAgencyId;
  if (patch.reportingAgencyIds !== undefined)
    set.reporting_agency_ids = patch.reportingAgencyIds === null ? null : JSON.stringify(patch.reportingAgencyIds);
  if (patch.dueMonth !== undefined) set.due_month = patch.dueMonth;
  if (patch.dueDay !== undefined) set.due_day = patch.dueDay;
  if (patch.recipientText !== undefined) set.recipient_text = patch.recipientText;
  if (Object.keys(set).length === 0) return;
  await db.updateTable('plan_reporting_duties').set(set).where('id', '=', dutyId).execute();
}

export interface ReportRecord {
  id: string;
  planId: string;
  dutyId: string;
  period: string;
  agencyId: string;
  state: ReportState;
  achievements: string;
  difficulties: string;
  proposals: string;
  taskNotes: Record<string, TaskNote>;
  firstSubmittedAt: Date | null;
  submittedAt: Date | null;
  submittedByName: string | null;
  returnedAt: Date | null;
  returnedByName: string | null;
  returnReason: string | null;
  acceptedAt: Date | null;
  acceptedByName: string | null;
  updatedAt: Date;
  version: number;
}

function selectReports(db: Executor) {
  return db
    .selectFrom('unit_reports as r')
    .leftJoin('users as us', 'us.id', 'r.submitted_by')
    .leftJoin('users as ur', 'ur.id', 'r.returned_by')
    .leftJoin('users as ua', 'ua.id', 'r.accepted_by')
    .select([
      'r.id',
      'r.plan_id',
      'r.duty_id',
      'r.period',
      'r.agency_id',
      'r.state',
      'r.achievements',
      'r.difficulties',
      'r.proposals',
      'r.task_notes',
      'r.first_submitted_at',
      'r.submitted_at',
      'us.display_name as submitted_by_name',
      'r.returned_at',
      'ur.display_name as returned_by_name',
      'r.return_reason',
      'r.accepted_at',
      'ua.display_name as accepted_by_name',
      'r.updated_at',
      'r.version',
    ]);
}

type ReportDbRow = Awaited<ReturnType<ReturnType<typeof selectReports>['execute']>>[number];
const toDate = (value: Date | string | null) => (value === null ? null : new Date(value));

function toReport(row: ReportDbRow): ReportRecord {
  return {
    id: row.id,
    planId: row.plan_id,
    dutyId: row.duty_id,
    period: row.period,
    agencyId: row.agency_id,
    state: row.state,
    achievements: row.achievements,
    difficulties: row.difficulties,
    proposals: row.proposals,
    taskNotes: row.task_notes ?? {},
    firstSubmittedAt: toDate(row.first_submitted_at),
    submittedAt: toDate(row.submitted_at),
    submittedByName: row.submitted_by_name ?? null,
    returnedAt: toDate(row.returned_at),
    returnedByName: row.returned_by_name ?? null,
    returnReason: row.return_reason,
    acceptedAt: toDate(row.accepted_at),
    acceptedByName: row.accepted_by_name ?? null,
    updatedAt: new Date(row.updated_at),
    version: row.version,
  };
}

export async function findReport(db: Executor, id: string): Promise<ReportRecord | null> {
  const row = await selectReports(db).where('r.id', '=', id).executeTakeFirst();
  return row ? toReport(row) : null;
}

/** The reports of these duties (for one period each, or any period when `periods` is empty). */
export async function findReportsOfDuties(
  db: Executor,
  keys: ReadonlyArray<{ dutyId: string; period: string }>,
): Promise<ReportRecord[]> {
  if (keys.length === 0) return [];
  const rows = await selectReports(db)
    .where((eb) =>
      eb.or(keys.map((key) => eb.and([eb('r.duty_id', '=', key.dutyId), eb('r.period', '=', key.period)]))),
    )
    .orderBy('r.duty_id')
    .orderBy('r.agency_id')
    .execute();
  return rows.map(toReport);
}

export async function insertReport(
  db: Executor,
  report: { id: string; planId: string; dutyId: string; period: string; agencyId: string; createdBy: string | null },
): Promise<boolean> {
  const result = await db
    .insertInto('unit_reports')
    .values({
      id: report.id,
      plan_id: report.planId,
      duty_id: report.dutyId,
      period: report.period,
      agency_id: report.agencyId,
      state: 'draft',
      created_by: report.createdBy,
    })
    .onConflict((conflict) => conflict.columns(['duty_id', 'period', 'agency_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function findReportId(
  db: Executor,
  key: { dutyId: string; period: string; agencyId: string },
): Promise<string | null> {
  const row = await db
    .selectFrom('unit_reports')
    .select('id')
    .where('duty_id', '=', key.dutyId)
    .where('period', '=', key.period)
    .where('agency_id', '=', key.agencyId)
    .executeTakeFirst();
  return row?.id ?? null;
}

export interface ReportChange {
  state?: ReportState;
  achievements?: string;
  difficulties?: string;
  proposals?: string;
  taskNotes?: Record<string, TaskNote>;
  firstSubmittedAt?: Date;
  submittedAt?: Date;
  submittedBy?: string | null;
  returnedAt?: Date;
  returnedBy?: string | null;
  returnReason?: string | null;
  acceptedAt?: Date;
  acceptedBy?: string | null;
}

/** Writes the change when the stored version is still `version`; false when someone saved first. */
export async function updateReport(
  db: Executor,
  id: string,
  version: number,
  change: ReportChange,
  at: Date,
): Promise<boolean> {
  const columns: Record<string, unknown> = {
    state: change.state,
    achievements: change.achievements,
    difficulties: change.difficulties,
    proposals: change.proposals,
    task_notes: change.taskNotes === undefined ? undefined : JSON.stringify(change.taskNotes),
    first_submitted_at: change.firstSubmittedAt,
    submitted_at: change.submittedAt,
    submitted_by: change.submittedBy,
    returned_at: change.returnedAt,
    returned_by: change.returnedBy,
    return_reason: change.returnReason,
    accepted_at: change.acceptedAt,
    accepted_by: change.acceptedBy,
  };
  const set = Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined));
  const result = await db
    .updateTable('unit_reports')
    .set({ ...set, updated_at: at, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The catalogue indicators the plan's targets are linked to. */
export async function findLinkedIndicatorIds(db: Executor, planId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('plan_targets')
    .select('indicator_id')
    .distinct()
    .where('plan_id', '=', planId)
    .where('indicator_id', 'is not', null)
    .orderBy('indicator_id')
    .execute();
  return rows.map((row) => row.indicator_id as string);
}
