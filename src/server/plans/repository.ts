import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type {
  Frequency,
  IssuerLevel,
  ReferenceRole,
  ReportingFrequency,
  TargetOp,
  TargetUnit,
  TaskDue,
} from '../../domain/plans/plan-model.ts';
import { containsPattern, planListKey, planSearchText } from '../../domain/plans/plan-search-text.ts';
import type { TaskDeadline } from '../../domain/plans/schedule-task-due.ts';
import type { Scope } from '../access/scope.ts';
import { whereUnitInScope } from '../admin-units/scope-filter.ts';

export type Executor = Kysely<Database> | Transaction<Database>;

/** A plan's header as it is written and read back. */
interface PlanHeaderFields {
  id: string;
  kind: string | null;
  number: string | null;
  numberKey: string | null;
  symbol: string | null;
  issuer: string | null;
  issuerLevel: IssuerLevel | null;
  adminUnitId: string;
  place: string | null;
  documentDate: string | null;
  year: number | null;
  title: string | null;
  signerName: string | null;
  signerTitle: string | null;
  periodFrom: number | null;
  periodTo: number | null;
  horizons: number[];
  fileId: string;
  /** The upload's own file name and media type. */
  fileName: string;
  mediaType: string;
}

export interface PlanHeaderWrite extends PlanHeaderFields {
  sourceText: string;
  createdBy: string | null;
  at: Date;
  /** The plan this one knowingly repeats (confirmed with allowDuplicate). */
  duplicateOf?: string | null;
}

/** The unique index that holds one plan per number, unit and year (see its migration). */
export const uniquePlanNumberIndex = 'plans_number_unique_idx';

export interface TargetWrite {
  id: string;
  parentId: string | null;
  text: string;
  subject: string;
  op: TargetOp;
  value: number | null;
  value2: number | null;
  unit: TargetUnit | null;
  unitNoun: string | null;
  year: number | null;
  line: number | null;
  /** Chosen in the draft review; null when no one linked it. */
  indicatorId: string | null;
  /** Who confirmed the plan (and so the link), and when. */
  indicatorLinkedBy: string | null;
  indicatorLinkedAt: Date | null;
}

export interface AgencyMentionWrite {
  text: string;
  agencyId: string | null;
}

export interface TaskWrite {
  id: string;
  text: string;
  deliverable: string | null;
  due: TaskDue | null;
  dueText: string | null;
  line: number | null;
  lead: AgencyMentionWrite[];
  support: AgencyMentionWrite[];
  deadlines: TaskDeadline[];
}

export interface ReportingWrite {
  id: string;
  freq: ReportingFrequency;
  dueMonth: number | null;
  dueDay: number | null;
  to: string | null;
  via: string | null;
  text: string;
  line: number | null;
}

export interface ReferenceWrite {
  id: string;
  kind: string | null;
  number: string;
  numberKey: string;
  date: string | null;
  issuer: string | null;
  role: ReferenceRole;
  line: number | null;
}

export interface PlanWrite {
  header: PlanHeaderWrite;
  targets: TargetWrite[];
  tasks: TaskWrite[];
  reporting: ReportingWrite[];
  references: ReferenceWrite[];
}

/** Rows per insert statement: far below PostgreSQL's 65,535 parameters for every table here. */
const chunkSize = 500;

/** Inserts in chunks; `insert` gets each row with its position in the whole list. */
async function insertChunked<T>(
  rows: readonly T[],
  insert: (chunk: Array<[T, number]>) => Promise<unknown>,
): Promise<void> {
  const numbered = rows.map((row, position): [T, number] => [row, position]);
  for (let i = 0; i < numbered.length; i += chunkSize) await insert(numbered.slice(i, i + chunkSize));
}

export async function insertPlan(trx: Executor, plan: PlanWrite): Promise<void> {
  await insertPlans(trx, [plan]);
}

/** Targets in layers, parents before children, so each row can name its parent on insert. */
function targetsParentsFirst(
  plans: readonly PlanWrite[],
): Array<{ planId: string; target: TargetWrite; position: number }> {
  const ordered: Array<{ planId: string; target: TargetWrite; position: number }> = [];
  for (const plan of plans) {
    const placed = new Set<string>();
    let pending = plan.targets.map((target, position) => ({ planId: plan.header.id, target, position }));
    const ids = new Set(plan.targets.map((target) => target.id));
    while (pending.length > 0) {
      const ready = pending.filter(
        ({ target }) => target.parentId === null || !ids.has(target.parentId) || placed.has(target.parentId),
      );
      // A cycle cannot be stored with parents: keep its rows, without the parent link.
      const layer =
        ready.length > 0 ? ready : pending.map((row) => ({ ...row, target: { ...row.target, parentId: null } }));
      for (const row of layer) placed.add(row.target.id);
      ordered.push(...layer);
      pending = pending.filter((row) => !placed.has(row.target.id));
    }
  }
  return ordered;
}

/** Stores plans with all their parts in a few multi-row statements (chunked), whatever their number. */
export async function insertPlans(trx: Executor, plans: readonly PlanWrite[]): Promise<void> {
  if (plans.length === 0) return;
  await insertChunked(plans, (chunk) =>
    trx
      .insertInto('plans')
      .values(
        chunk.map(([{ header: h, targets, tasks, reporting, references }]) => ({
          id: h.id,
          kind: h.kind,
          number: h.number,
          number_key: h.numberKey,
          symbol: h.symbol,
          issuer: h.issuer,
          issuer_level: h.issuerLevel,
          admin_unit_id: h.adminUnitId,
          place: h.place,
          document_date: h.documentDate,
          year: h.year,
          title: h.title,
          signer_name: h.signerName,
          signer_title: h.signerTitle,
          period_from: h.periodFrom,
          period_to: h.periodTo,
          horizons: JSON.stringify(h.horizons),
          file_id: h.fileId,
          file_name: h.fileName,
          media_type: h.mediaType,
          source_text: h.sourceText,
          duplicate_of: h.duplicateOf ?? null,
          search_text: planSearchText(h),
          list_key: planListKey(h),
          target_count: targets.length,
          task_count: tasks.length,
          reporting_count: reporting.length,
          reference_count: references.length,
          created_by: h.createdBy,
          created_at: h.at,
          updated_at: h.at,
        })),
      )
      .execute(),
  );

  // One statement per chunk: a parent in an earlier chunk already exists, one in the same
  // chunk is checked at the end of the statement.
  await insertChunked(targetsParentsFirst(plans), (chunk) =>
    trx
      .insertInto('plan_targets')
      .values(
        chunk.map(([{ planId, target: t, position }]) => ({
          id: t.id,
          plan_id: planId,
          position,
          parent_id: t.parentId,
          text: t.text,
          subject: t.subject,
          op: t.op,
          value: t.value,
          value2: t.value2,
          unit: t.unit,
          unit_noun: t.unitNoun,
          year: t.year,
          source_line: t.line,
          indicator_id: t.indicatorId,
          indicator_linked_by: t.indicatorLinkedBy,
          indicator_linked_at: t.indicatorLinkedAt,
        })),
      )
      .execute(),
  );

  const tasks = plans.flatMap((plan) =>
    plan.tasks.map((task, position) => ({ planId: plan.header.id, task, position })),
  );
  await insertChunked(tasks, (chunk) =>
    trx
      .insertInto('plan_tasks')
      .values(
        chunk.map(([{ planId, task: t, position }]) => ({
          id: t.id,
          plan_id: planId,
          position,
          text: t.text,
          deliverable: t.deliverable,
          due_kind: t.due?.kind ?? null,
          due_by: t.due?.kind === 'once' ? t.due.by : null,
          due_freq: t.due?.kind === 'recurring' ? (t.due.freq as Frequency) : null,
          due_month: t.due?.kind === 'recurring' ? t.due.month : null,
          due_text: t.dueText,
          source_line: t.line,
        })),
      )
      .execute(),
  );
  const mentions = tasks.flatMap(({ task }) => [
    ...task.lead.map((m, position) => ({
      task_id: task.id,
      role: 'lead' as const,
      position,
      text: m.text,
      agency_id: m.agencyId,
    })),
    ...task.support.map((m, position) => ({
      task_id: task.id,
      role: 'support' as const,
      position,
      text: m.text,
      agency_id: m.agencyId,
    })),
  ]);
  await insertChunked(mentions, (chunk) =>
    trx
      .insertInto('plan_task_agencies')
      .values(chunk.map(([row]) => row))
      .execute(),
  );
  const deadlines = tasks.flatMap(({ task }) => {
    // Two dues landing on the same day are one deadline.
    const unique = new Map(task.deadlines.map((d) => [d.dueDate, d]));
    return [...unique.values()].map((d) => ({ task_id: task.id, due_date: d.dueDate, label: d.label }));
  });
  await insertChunked(deadlines, (chunk) =>
    trx
      .insertInto('plan_task_deadlines')
      .values(chunk.map(([row]) => row))
      .execute(),
  );

  const reporting = plans.flatMap((plan) =>
    plan.reporting.map((duty, position) => ({ planId: plan.header.id, duty, position })),
  );
  await insertChunked(reporting, (chunk) =>
    trx
      .insertInto('plan_reporting_duties')
      .values(
        chunk.map(([{ planId, duty: r, position }]) => ({
          id: r.id,
          plan_id: planId,
          position,
          freq: r.freq,
          due_month: r.dueMonth,
          due_day: r.dueDay,
          recipient_text: r.to,
          via_text: r.via,
          text: r.text,
          source_line: r.line,
        })),
      )
      .execute(),
  );
  const references = plans.flatMap((plan) =>
    plan.references.map((reference, position) => ({ planId: plan.header.id, reference, position })),
  );
  await insertChunked(references, (chunk) =>
    trx
      .insertInto('plan_references')
      .values(
        chunk.map(([{ planId, reference: r, position }]) => ({
          id: r.id,
          plan_id: planId,
          position,
          kind: r.kind,
          number: r.number,
          number_key: r.numberKey,
          document_date: r.date,
          issuer: r.issuer,
          role: r.role,
          source_line: r.line,
          referenced_plan_id: null,
        })),
      )
      .execute(),
  );
}

export interface PlanRow extends PlanHeaderFields {
  createdAt: Date;
  updatedAt: Date;
}

function selectPlans(db: Executor) {
  return db
    .selectFrom('plans')
    .select([
      'id',
      'kind',
      'number',
      'number_key as numberKey',
      'symbol',
      'issuer',
      'issuer_level as issuerLevel',
      'admin_unit_id as adminUnitId',
      'place',
      'document_date as documentDate',
      'year',
      'title',
      'signer_name as signerName',
      'signer_title as signerTitle',
      'period_from as periodFrom',
      'period_to as periodTo',
      'horizons',
      'file_id as fileId',
      'file_name as fileName',
      'media_type as mediaType',
      'created_at as createdAt',
      'updated_at as updatedAt',
    ]);
}

function toPlanRow(row: Record<string, unknown>): PlanRow {
  const horizons = typeof row.horizons === 'string' ? JSON.parse(row.horizons) : row.horizons;
  return {
    ...(row as unknown as PlanRow),
    horizons: Array.isArray(horizons) ? horizons : [],
    createdAt: new Date(row.createdAt as string),
    updatedAt: new Date(row.updatedAt as string),
  };
}

export async function findPlanRow(db: Executor, id: string): Promise<PlanRow | null> {
  const row = await selectPlans(db).where('id', '=', id).executeTakeFirst();
  return row ? toPlanRow(row) : null;
}

export interface PlanPageQuery {
  /** Folded search text (planSearchText); matched anywhere. */
  needle?: string | undefined;
  /** Only plans of this unit, what lies under it and what rolled into it. */
  adminUnitId?: string | undefined;
  limit: number;
  offset: number;
}

/** How many parts a plan has, stored on it (plans.target_count ...). */
export interface PlanCounts {
  targets: number;
  tasks: number;
  reporting: number;
  references: number;
}

/** What a list row shows (plans/schemas.ts presentSummary): a page reads no more than this. */
export type PlanListRow = Pick<
  PlanRow,
  'id' | 'kind' | 'number' | 'title' | 'issuer' | 'documentDate' | 'year' | 'adminUnitId' | 'createdAt'
> & {
  counts: PlanCounts;
};

// Newest document first (a date, else its year), then newest upload, then id: a total order
// for paging, and the order of plans_list_order_idx.
const listOrder = sql`plans.list_key desc, plans.created_at desc, plans.id desc`;

/**
 * The plans a page may show, as two queries: the page's ids in list order and their total.
 * Within a scope both read plan_scopes (one index range per root, whatever the number of
 * units in the scope); everywhere (admins) they read plans in plans_list_order_idx order.
 */
function selectPageIds(db: Executor, scope: Scope, filter: PlanPageQuery) {
  const pattern = filter.needle ? containsPattern(filter.needle) : null;
  if (scope.all) {
    let everywhere = db.selectFrom('plans');
    if (filter.adminUnitId !== undefined)
      everywhere = everywhere.where('plans.id', 'in', plansSeenFrom(db, filter.adminUnitId));
    if (pattern !== null) everywhere = everywhere.where('plans.search_text', 'like', pattern);
    return {
      ids: everywhere.select('plans.id').orderBy(listOrder).limit(filter.limit).offset(filter.offset),
      total: everywhere.select((eb) => eb.fn.countAll<number>().as('n')),
    };
  }
  let inScope = db.selectFrom('plan_scopes as ps').where('ps.root_unit_id', '=', scope.rootUnitId);
  if (filter.adminUnitId !== undefined)
    inScope = inScope.where('ps.plan_id', 'in', plansSeenFrom(db, filter.adminUnitId));
  if (pattern !== null) {
    inScope = inScope.where((eb) =>
      eb.exists(
        eb
          .selectFrom('plans as p')
          .select('p.id')
          .whereRef('p.id', '=', 'ps.plan_id')
          .where('p.search_text', 'like', pattern),
      ),
    );
  }
  return {
    ids: inScope
      .select('ps.plan_id as id')
      .orderBy(sql`ps.list_key desc, ps.created_at desc, ps.plan_id desc`)
      .limit(filter.limit)
      .offset(filter.offset),
    total: inScope.select((eb) => eb.fn.countAll<number>().as('n')),
  };
}

/** The ids of the plans of `rootUnitId`, what lies under it and what rolled into it. */
function plansSeenFrom(db: Executor, rootUnitId: string) {
  return db.selectFrom('plan_scopes as f').select('f.plan_id').where('f.root_unit_id', '=', rootUnitId);
}

/**
 * One page of the plans in scope with their part counts and the total, in one statement:
 * the page's ids from an index walked no further than the page, then their rows by
 * primary key; the total is one uncorrelated count, evaluated once; the part counts are
 * stored on the plan.
 */
export async function listPlanPage(
  db: Executor,
  scope: Scope,
  query: PlanPageQuery,
): Promise<{ rows: PlanListRow[]; total: number }> {
  const { ids: pageIds, total } = selectPageIds(db, scope, query);
  // As an array, not `id in (...)`: a semi-join there is planned as a scan of the whole
  // table (1.1 of 1.8 ms at 1,000 plans), the array as 20 key lookups.
  const rows = await db
    .selectFrom('plans')
    .where(sql<boolean>`plans.id = any(array(${pageIds}))`)
    .select([
      'id',
      'kind',
      'number',
      'title',
      'issuer',
      'document_date as documentDate',
      'year',
      'admin_unit_id as adminUnitId',
      'created_at as createdAt',
      total.as('total'),
      'plans.target_count as n_targets',
      'plans.task_count as n_tasks',
      'plans.reporting_count as n_reporting',
      'plans.reference_count as n_references',
    ])
    .orderBy(listOrder)
    .execute();
  let counted = rows.length > 0 ? Number(rows[0]!.total) : 0;
  // Past the last page there is no row to carry the total: count on its own.
  if (rows.length === 0 && query.offset > 0) counted = Number((await total.executeTakeFirstOrThrow()).n);
  return {
    total: counted,
    rows: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      number: row.number,
      title: row.title,
      issuer: row.issuer,
      documentDate: row.documentDate,
      year: row.year,
      adminUnitId: row.adminUnitId,
      createdAt: new Date(row.createdAt),
      counts: {
        targets: Number(row.n_targets),
        tasks: Number(row.n_tasks),
        reporting: Number(row.n_reporting),
        references: Number(row.n_references),
      },
    })),
  };
}

/** The plans with these ids that lie in the scope, in one query (a plan page's related plans). */
export async function findPlanRowsInScope(db: Executor, ids: readonly string[], scope: Scope): Promise<PlanRow[]> {
  if (ids.length === 0) return [];
  const rows = await whereUnitInScope(
    db,
    selectPlans(db).where('id', 'in', [...new Set(ids)]),
    'plans.admin_unit_id',
    scope,
  ).execute();
  return rows.map(toPlanRow);
}

/** Plans with this number key, oldest first (duplicates, reference links). */
export async function findPlansByNumberKey(db: Executor, keys: readonly string[]): Promise<PlanRow[]> {
  if (keys.length === 0) return [];
  const rows = await selectPlans(db)
    .where('number_key', 'in', [...keys])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toPlanRow);
}

export async function findPlansByFile(db: Executor, fileId: string): Promise<PlanRow[]> {
  const rows = await selectPlans(db).where('file_id', '=', fileId).orderBy('created_at').execute();
  return rows.map(toPlanRow);
}

export async function deletePlanRow(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('plans').where('id', '=', id).execute();
}

export async function setReferencedPlan(db: Executor, referenceId: string, planId: string): Promise<void> {
  await db.updateTable('plan_references').set({ referenced_plan_id: planId }).where('id', '=', referenceId).execute();
}

/** A stored reference: as written, with its plan, position and the plan it is linked to. */
export interface ReferenceRow extends ReferenceWrite {
  planId: string;
  position: number;
  referencedPlanId: string | null;
}

const referenceColumns = [
  'id',
  'plan_id as planId',
  'position',
  'kind',
  'number',
  'number_key as numberKey',
  'document_date as date',
  'issuer',
  'role',
  'source_line as line',
  'referenced_plan_id as referencedPlanId',
] as const;

/** References citing this number that are not linked to a plan yet, with the citing plan's unit. */
export async function findUnlinkedReferences(
  db: Executor,
  numberKey: string,
): Promise<Array<ReferenceRow & { citingAdminUnitId: string }>> {
  return db
    .selectFrom('plan_references as r')
    .innerJoin('plans as p', 'p.id', 'r.plan_id')
    .select([
      'r.id',
      'r.plan_id as planId',
      'r.position',
      'r.kind',
      'r.number',
      'r.number_key as numberKey',
      'r.document_date as date',
      'r.issuer',
      'r.role',
      'r.source_line as line',
      'r.referenced_plan_id as referencedPlanId',
      'p.admin_unit_id as citingAdminUnitId',
    ])
    .where('r.number_key', '=', numberKey)
    .where('r.referenced_plan_id', 'is', null)
    .execute();
}

export async function findReferencesOfPlan(db: Executor, planId: string): Promise<ReferenceRow[]> {
  return db
    .selectFrom('plan_references')
    .select(referenceColumns)
    .where('plan_id', '=', planId)
    .orderBy('position')
    .execute();
}

/** References in other plans that point at this one. */
export async function findReferencesTo(db: Executor, planId: string): Promise<ReferenceRow[]> {
  return db.selectFrom('plan_references').select(referenceColumns).where('referenced_plan_id', '=', planId).execute();
}
