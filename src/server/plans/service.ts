import { randomUUID } from 'node:crypto';
import { normaliseDocumentNumber } from '../../domain/plans/document-number.ts';
import type { PlanContent } from '../../domain/plans/plan-model.ts';
import { scheduleTaskDue } from '../../domain/plans/schedule-task-due.ts';
import { foldDiacritics } from '../../domain/text/fold-diacritics.ts';
import { authorize } from '../access/policy.ts';
import { scopeIncludes, type Scope } from '../access/scope.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Principal } from '../auth/actor.ts';
import type { AppContext } from '../context.ts';
import { notFound } from '../errors.ts';
import {
  loadReporting,
  loadTargets,
  loadTasks,
  type MentionRow,
  type ReportingRow,
  type TargetRow,
  type TaskRow,
} from './detail-repository.ts';
import { filePolicy } from './file-policy.ts';
import { deleteFileIfUnused, findFileInfo, readFileContent } from './file-repository.ts';
import { planPolicy } from './policy.ts';
import {
  deletePlanRow,
  findPlanRow,
  findPlansByFile,
  findPlansByNumberKey,
  findReferencesOfPlan,
  findReferencesTo,
  findUnlinkedReferences,
  insertPlan,
  findPlanRowsInScope,
  listPlanPage,
  setReferencedPlan,
  type Executor,
  type PlanListRow,
  type PlanRow,
  type PlanWrite,
  type ReferenceRow,
} from './repository.ts';

export const planNotFound = () => notFound('kế hoạch');

/** Same document date when both are known, else the same year when both are known. */
function datesCompatible(
  a: { date: string | null; year: number | null },
  b: { date: string | null; year: number | null },
): boolean {
  if (a.date && b.date) return a.date === b.date;
  const yearA = a.year ?? (a.date ? Number(a.date.slice(0, 4)) : null);
  const yearB = b.year ?? (b.date ? Number(b.date.slice(0, 4)) : null);
  return yearA === null || yearB === null || yearA === yearB;
}

const planDates = (plan: PlanRow) => ({ date: plan.documentDate, year: plan.year });

export interface DuplicateQuery {
  extraction: PlanContent;
  adminUnitId: string | null;
  fileId: string | null;
}

/**
 * An existing plan this document repeats: the same file, or the same number from the same
 * issuer (unit or issuer name) in the same year — numbers restart every year. Only plans
 * the actor can see count, so nothing about other units leaks.
 */
export async function findDuplicatePlan(db: Executor, scope: Scope, query: DuplicateQuery): Promise<PlanRow | null> {
  if (query.fileId) {
    const sameFile = (await findPlansByFile(db, query.fileId)).find((plan) => scopeIncludes(scope, plan.adminUnitId));
    if (sameFile) return sameFile;
  }
  const key = normaliseDocumentNumber(query.extraction.document.number);
  if (!key) return null;
  const issuer = query.extraction.document.issuer ? foldDiacritics(query.extraction.document.issuer) : null;
  const dates = { date: query.extraction.document.date, year: query.extraction.document.year };
  const candidates = await findPlansByNumberKey(db, [key]);
  return (
    candidates.find(
      (plan) =>
        scopeIncludes(scope, plan.adminUnitId) &&
        (plan.adminUnitId === query.adminUnitId ||
          (issuer !== null && plan.issuer !== null && foldDiacritics(plan.issuer) === issuer)) &&
        datesCompatible(planDates(plan), dates),
    ) ?? null
  );
}

/** The rows of a plan from a reviewed extraction; agency ids come from the task mentions. */
export function buildPlanWrite(input: {
  /** The reviewed content; a target may carry the indicator chosen in the review. */
  extraction: Omit<PlanContent, 'targets'> & {
    targets: (PlanContent['targets'][number] & { indicatorId?: string | null })[];
  };
  adminUnitId: string;
  fileId: string;
  fileName: string;
  mediaType: string;
  sourceText: string;
  createdBy: string | null;
  at: Date;
}): PlanWrite {
  const { extraction } = input;
  const { document, period } = extraction;
  const planId = randomUUID();
  const targetIds = new Map(extraction.targets.map((target) => [target.id, randomUUID()]));
  const mentionsOf = (names: string[], mentions: PlanContent['tasks'][number]['leadAgencies']) =>
    names.map((text, i) => ({ text, agencyId: mentions?.[i]?.text === text ? (mentions[i]?.agencyId ?? null) : null }));
  return {
    header: {
      id: planId,
      kind: document.kind,
      number: document.number,
      numberKey: normaliseDocumentNumber(document.number),
      symbol: document.symbol,
      issuer: document.issuer,
      issuerLevel: document.issuerLevel,
      adminUnitId: input.adminUnitId,
      place: document.place,
      documentDate: document.date,
      year: document.year,
      title: document.title,
      signerName: document.signer?.name ?? null,
      signerTitle: document.signer?.title ?? null,
      periodFrom: period.from,
      periodTo: period.to,
      horizons: period.horizons,
      fileId: input.fileId,
      fileName: input.fileName,
      mediaType: input.mediaType,
      sourceText: input.sourceText,
      createdBy: input.createdBy,
      at: input.at,
    },
    targets: extraction.targets.map((target) => ({
      id: targetIds.get(target.id)!,
      parentId: target.parent === null ? null : (targetIds.get(target.parent) ?? null),
      text: target.text,
      subject: target.subject,
      op: target.op,
      value: target.value,
      value2: target.value2,
      unit: target.unit,
      unitNoun: target.unitNoun,
      year: target.year,
      line: target.line,
      indicatorId: target.indicatorId ?? null,
      indicatorLinkedBy: target.indicatorId ? input.createdBy : null,
      indicatorLinkedAt: target.indicatorId ? input.at : null,
    })),
    tasks: extraction.tasks.map((task) => ({
      id: randomUUID(),
      text: task.text,
      deliverable: task.deliverable,
      due: task.due,
      dueText: task.dueText ?? null,
      line: task.line,
      lead: mentionsOf(task.lead, task.leadAgencies),
      support: mentionsOf(task.support, task.supportAgencies),
      deadlines: scheduleTaskDue(task.due, { from: period.from ?? document.year, to: period.to ?? document.year }),
    })),
    reporting: extraction.reporting.map((duty) => {
      const [month, day] = (duty.due ?? '').split('-').map(Number);
      return {
        id: randomUUID(),
        freq: duty.freq,
        dueMonth: month && Number.isInteger(month) ? month : null,
        dueDay: day && Number.isInteger(day) ? day : null,
        to: duty.to,
        via: duty.via,
        text: duty.text,
        line: duty.line,
      };
    }),
    references: extraction.references.flatMap((reference) => {
      const numberKey =
        normaliseDocumentNumber(reference.number) ?? foldDiacritics(reference.number).replace(/\s+/g, '');
      return [
        {
          id: randomUUID(),
          kind: reference.kind,
          number: reference.number,
          numberKey,
          date: reference.date,
          issuer: reference.issuer,
          role: reference.role,
          line: reference.line,
        },
      ];
    }),
  };
}

/**
 * Links references both ways: this plan's citations to plans already in the system that the
 * actor can see, and other plans' citations of this plan's number (uploaded before it) to
 * this plan — only in plans the actor may change, so that nobody re-points a citation inside
 * another area's plan (docs/decisions/0011-policies-per-entity.md).
 */
async function linkReferences(trx: Executor, plan: PlanWrite, actor: Principal): Promise<void> {
  const keys = [...new Set(plan.references.map((reference) => reference.numberKey))];
  const targets = (await findPlansByNumberKey(trx, keys)).filter(
    (candidate) => candidate.id !== plan.header.id && planPolicy.canRead(actor, candidate),
  );
  for (const reference of plan.references) {
    const match = targets.find(
      (candidate) =>
        candidate.numberKey === reference.numberKey &&
        datesCompatible(planDates(candidate), { date: reference.date, year: null }),
    );
    if (match) await setReferencedPlan(trx, reference.id, match.id);
  }
  if (!plan.header.numberKey) return;
  const self = { date: plan.header.documentDate, year: plan.header.year };
  for (const citing of await findUnlinkedReferences(trx, plan.header.numberKey)) {
    if (citing.planId === plan.header.id || !planPolicy.canUpdate(actor, { adminUnitId: citing.citingAdminUnitId }))
      continue;
    if (datesCompatible({ date: citing.date, year: null }, self))
      await setReferencedPlan(trx, citing.id, plan.header.id);
  }
}

/**
 * Stores a confirmed plan with everything in it; call inside the confirming transaction,
 * after the caller authorised creating it in its unit.
 */
export async function storePlan(trx: Executor, plan: PlanWrite, actor: Principal): Promise<void> {
  await insertPlan(trx, plan);
  await linkReferences(trx, plan, actor);
  await recordAudit(trx, {
    actor,
    action: 'create',
    entity: 'plan',
    entityId: plan.header.id,
    after: {
      number: plan.header.number,
      title: plan.header.title,
      adminUnitId: plan.header.adminUnitId,
      fileId: plan.header.fileId,
      counts: {
        targets: plan.targets.length,
        tasks: plan.tasks.length,
        reporting: plan.reporting.length,
        references: plan.references.length,
      },
    },
  });
}

// ── Reads ─────────────────────────────────────────────────────────────────────────
export interface PlanListQuery {
  q?: string | undefined;
  adminUnitId?: string | undefined;
  limit: number;
  offset: number;
}

export interface PlanListPage {
  items: PlanListRow[];
  total: number;
}

/** A page of the plans the actor may see, newest first; filtered, sorted and counted in SQL. */
export async function listPlans(ctx: AppContext, actor: Principal, query: PlanListQuery): Promise<PlanListPage> {
  authorize(actor, planPolicy.canList);
  const { scope } = actor;
  const needle = query.q ? foldDiacritics(query.q) : '';
  const { rows, total } = await listPlanPage(ctx.db, scope, {
    needle,
    adminUnitId: query.adminUnitId,
    limit: query.limit,
    offset: query.offset,
  });
  return { items: rows, total };
}

export interface PlanDetailRecord {
  plan: PlanRow;
  targets: TargetRow[];
  tasks: TaskRow[];
  reporting: ReportingRow[];
  references: Array<ReferenceRow & { referencedPlan: PlanRow | null }>;
  implements: PlanRow[];
  implementedBy: PlanRow[];
  /** The plan's own upload: its file name, media type and size. */
  file: { id: string; fileName: string; mediaType: string; sizeBytes: number };
  /** What the reader may do with the plan, from the plan policy: the web shows only those actions. */
  can: { update: boolean; delete: boolean };
}

/**
 * A catalogue agency is named only to readers who may see it; for others the mention keeps
 * the name as the document wrote it, without the id.
 */
function mentionFor(actor: Principal, mention: MentionRow): MentionRow {
  if (mention.agencyUnitId !== null && scopeIncludes(actor.scope, mention.agencyUnitId)) return mention;
  return { text: mention.text, agencyId: null, agencyName: null, agencyUnitId: null };
}

export async function getPlanDetail(ctx: AppContext, actor: Principal, id: string): Promise<PlanDetailRecord> {
  const plan = await findPlanRow(ctx.db, id);
  authorize(actor, planPolicy.canRead, plan, planNotFound);
  const [targets, tasks, reporting, references, citing, file] = await Promise.all([
    loadTargets(ctx.db, id),
    loadTasks(ctx.db, id),
    loadReporting(ctx.db, id),
    findReferencesOfPlan(ctx.db, id),
    findReferencesTo(ctx.db, id),
    findFileInfo(ctx.db, plan.fileId),
  ]);
  // Every linked plan in one query, however many plans cite this one.
  const linkedIds = [...references.map((r) => r.referencedPlanId), ...citing.map((r) => r.planId)].filter(
    (planId): planId is string => planId !== null,
  );
  const related = new Map<string, PlanRow | null>(
    (await findPlanRowsInScope(ctx.db, linkedIds, actor.scope)).map((row) => [
      row.id,
      planPolicy.canRead(actor, row) ? row : null,
    ]),
  );
  const seen = (rows: Array<PlanRow | null>) => [
    ...new Map(rows.filter((row): row is PlanRow => row !== null).map((row) => [row.id, row])).values(),
  ];
  const withPlans = references.map((reference) => ({
    ...reference,
    referencedPlan: reference.referencedPlanId ? (related.get(reference.referencedPlanId) ?? null) : null,
  }));
  if (!file) throw new Error(`plan ${id} has no file`);
  return {
    plan,
    targets,
    tasks: tasks.map((task) => ({
      ...task,
      lead: task.lead.map((m) => mentionFor(actor, m)),
      support: task.support.map((m) => mentionFor(actor, m)),
    })),
    reporting,
    references: withPlans,
    implements: seen(withPlans.map((reference) => reference.referencedPlan)),
    implementedBy: seen(citing.map((reference) => related.get(reference.planId) ?? null)),
    file: { id: file.id, fileName: plan.fileName, mediaType: plan.mediaType, sizeBytes: file.sizeBytes },
    can: { update: planPolicy.canUpdate(actor, plan), delete: planPolicy.canDelete(actor, plan) },
  };
}

export async function getPlanFile(
  ctx: AppContext,
  actor: Principal,
  id: string,
): Promise<{ fileName: string; mediaType: string; content: Uint8Array }> {
  const row = await findPlanRow(ctx.db, id);
  const upload = row && { plan: row };
  authorize(actor, filePolicy.canDownload, upload, planNotFound);
  const content = await readFileContent(ctx.db, upload.plan.fileId);
  if (!content) throw notFound('tệp gốc của kế hoạch');
  return { fileName: upload.plan.fileName, mediaType: upload.plan.mediaType, content };
}

export async function deletePlan(ctx: AppContext, actor: Principal, id: string): Promise<void> {
  const plan = await findPlanRow(ctx.db, id);
  authorize(actor, planPolicy.canDelete, plan, planNotFound);
  await ctx.db.transaction().execute(async (trx) => {
    await deletePlanRow(trx, id);
    await deleteFileIfUnused(trx, plan.fileId);
    await recordAudit(trx, {
      actor,
      action: 'delete',
      entity: 'plan',
      entityId: id,
      before: { number: plan.number, title: plan.title, adminUnitId: plan.adminUnitId },
    });
  });
}
