import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { expandAgencyText } from '../../domain/agencies/normalise-agency-name.ts';
import { resolveAgency, type AgencyMatch } from '../../domain/agencies/resolve-agency.ts';
import type { AgencyType } from '../../domain/agencies/types.ts';
import { foldDiacritics } from '../../domain/text/fold-diacritics.ts';
import { authorize, requireReferenced } from '../access/policy.ts';
import { adminUnitPolicy } from '../admin-units/policy.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Principal } from '../auth/actor.ts';
import type { AppContext } from '../context.ts';
import { badRequest, conflict, notFound } from '../errors.ts';
import { agenciesWithSuccessors, toCandidate } from './candidates.ts';
import { agencyPolicy } from './policy.ts';
import {
  agencyExists,
  findLinkedUnitIds,
  findUnit,
  insertAgency,
  listAgencyPage,
  loadAgencyRecords,
  updateAgencyRow,
  type AgencyRecord,
  type AgencyStatusFilter,
  type AgencySummaryRow,
  type AgencyWrite,
  type UnitRow,
} from './repository.ts';

export const agencyNotFound = () => notFound('cơ quan, đơn vị');

// ── In-memory catalogue: agencies change rarely and the resolver reads all of them ──
const catalogues = new WeakMap<Kysely<Database>, Promise<Map<string, AgencyRecord>>>();

async function loadCatalogue(db: Kysely<Database>): Promise<Map<string, AgencyRecord>> {
  let pending = catalogues.get(db);
  if (!pending) {
    pending = loadAgencyRecords(db).then((records) => new Map(records.map((record) => [record.id, record])));
    catalogues.set(db, pending);
    // A failed load must not be cached forever.
    pending.catch(() => catalogues.delete(db));
  }
  return pending;
}

/** Call after any write to agencies, aliases or successions (also after loading seeds). */
export function invalidateAgencyCatalogue(db: Kysely<Database>): void {
  catalogues.delete(db);
}

// ── Reads ─────────────────────────────────────────────────────────────────────────
export interface ListAgenciesQuery {
  q?: string | undefined;
  adminUnitId?: string | undefined;
  type?: AgencyType | undefined;
  status?: AgencyStatusFilter | undefined;
  limit: number;
  offset: number;
}

/** A page of the agencies the actor may see, in Vietnamese name order; searched and paged in SQL. */
export async function listAgencies(
  ctx: AppContext,
  actor: Principal,
  query: ListAgenciesQuery,
): Promise<{ items: AgencySummaryRow[]; total: number }> {
  authorize(actor, agencyPolicy.canList);
  const needles = query.q
    ? [...new Set([foldDiacritics(query.q), expandAgencyText(query.q)])].filter((needle) => needle.length > 0)
    : [];
  const { rows, total } = await listAgencyPage(ctx.db, actor.scope, {
    needles,
    adminUnitId: query.adminUnitId,
    type: query.type,
    status: query.status ?? 'all',
    today: todayInVietnam(ctx.now()),
    limit: query.limit,
    offset: query.offset,
  });
  return { items: rows, total };
}

export interface AgencyDetailRecord {
  agency: AgencyRecord;
  predecessors: Array<{ agency: AgencyRecord; note: string }>;
  successors: Array<{ agency: AgencyRecord; note: string }>;
}

export async function getAgency(ctx: AppContext, actor: Principal, id: string): Promise<AgencyDetailRecord> {
  const catalogue = await loadCatalogue(ctx.db);
  const agency = catalogue.get(id);
  authorize(actor, agencyPolicy.canRead, agency, agencyNotFound);
  const linked = (links: AgencyRecord['successors']) =>
    links.flatMap((link) => {
      const other = catalogue.get(link.id);
      return other && agencyPolicy.canRead(actor, other) ? [{ agency: other, note: link.note }] : [];
    });
  return { agency, predecessors: linked(agency.predecessors), successors: linked(agency.successors) };
}

// ── Writes ────────────────────────────────────────────────────────────────────────
export interface AgencyInput {
  key?: string | undefined;
  name: string;
  shortName?: string | null | undefined;
  type: AgencyType;
  adminUnitId: string;
  validFrom?: string | null | undefined;
  validTo?: string | null | undefined;
  aliases?: string[] | undefined;
}

export type AgencyPatch = Partial<Omit<AgencyInput, 'key'>>;

function slugify(text: string): string {
  return foldDiacritics(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Trims aliases, drops empty ones, and rejects two aliases that differ only by diacritics or case. */
function cleanAliases(aliases: readonly string[]): string[] {
  const seen = new Map<string, string>();
  const cleaned: string[] = [];
  for (const raw of aliases) {
    const alias = raw.trim().replace(/\s+/g, ' ');
    if (alias.length === 0) continue;
    const folded = foldDiacritics(alias);
    const earlier = seen.get(folded);
    if (earlier !== undefined) throw badRequest(`Tên gọi khác "${alias}" bị trùng với "${earlier}".`, 'aliases');
    seen.set(folded, alias);
    cleaned.push(alias);
  }
  return cleaned;
}

function checkValidity(validFrom: string | null, validTo: string | null): void {
  if (validFrom !== null && validTo !== null && validFrom >= validTo) {
    throw badRequest('Ngày hết hiệu lực (validTo) phải sau ngày bắt đầu hiệu lực (validFrom).', 'validTo');
  }
}

/** A unit named in the body that is missing or outside the actor's scope: the same answer. */
const unitRefused = (unitId: string) => () =>
  badRequest(`Không tìm thấy đơn vị hành chính "${unitId}" (adminUnitId).`, 'adminUnitId');

function auditView(agency: AgencyWrite): Record<string, unknown> {
  return { ...agency };
}

export async function createAgency(ctx: AppContext, actor: Principal, input: AgencyInput): Promise<AgencyDetailRecord> {
  const unit: UnitRow | null = await findUnit(ctx.db, input.adminUnitId);
  authorize(actor, agencyPolicy.canCreateIn, unit, unitRefused(input.adminUnitId));
  const name = input.name.trim();
  if (name.length === 0) throw badRequest('Tên cơ quan (name) không được để trống.', 'name');
  const write: AgencyWrite = {
    id: '',
    adminUnitId: unit.id,
    name,
    shortName: input.shortName?.trim() || null,
    type: input.type,
    validFrom: input.validFrom ?? null,
    validTo: input.validTo ?? null,
    aliases: cleanAliases(input.aliases ?? []),
  };
  checkValidity(write.validFrom, write.validTo);
  const key = input.key ?? slugify(name);
  if (key.length === 0) throw badRequest('Không tạo được mã cơ quan từ tên; hãy nhập mã (key).', 'key');
  write.id = `ag-${unit.id}-${key}`;
  await ctx.db.transaction().execute(async (trx) => {
    if (await agencyExists(trx, write.id))
      throw conflict(`Mã cơ quan "${write.id}" đã tồn tại; hãy chọn mã (key) khác.`, 'key');
    await insertAgency(trx, write);
    await recordAudit(trx, { actor, action: 'create', entity: 'agency', entityId: write.id, after: auditView(write) });
  });
  invalidateAgencyCatalogue(ctx.db);
  return getAgency(ctx, actor, write.id);
}

export async function updateAgency(
  ctx: AppContext,
  actor: Principal,
  id: string,
  patch: AgencyPatch,
): Promise<AgencyDetailRecord> {
  const current = (await loadCatalogue(ctx.db)).get(id);
  authorize(actor, agencyPolicy.canUpdate, current, agencyNotFound);
  const before: AgencyWrite = {
    id,
    adminUnitId: current.adminUnit.id,
    name: current.name,
    shortName: current.shortName,
    type: current.type,
    validFrom: current.validFrom,
    validTo: current.validTo,
    aliases: current.aliases,
  };
  const after: AgencyWrite = { ...before };
  if (patch.name !== undefined) {
    after.name = patch.name.trim();
    if (after.name.length === 0) throw badRequest('Tên cơ quan (name) không được để trống.', 'name');
  }
  if (patch.shortName !== undefined) after.shortName = patch.shortName?.trim() || null;
  if (patch.type !== undefined) after.type = patch.type;
  if (patch.adminUnitId !== undefined && patch.adminUnitId !== before.adminUnitId) {
    // Moving an agency moves the scope of every user of it: an admin act.
    authorize(actor, agencyPolicy.canMove, current, agencyNotFound);
    const unit = await findUnit(ctx.db, patch.adminUnitId);
    requireReferenced(actor, adminUnitPolicy.canRead, unit, unitRefused(patch.adminUnitId));
    after.adminUnitId = unit.id;
  }
  if (patch.validFrom !== undefined) after.validFrom = patch.validFrom;
  if (patch.validTo !== undefined) after.validTo = patch.validTo;
  if (patch.aliases !== undefined) after.aliases = cleanAliases(patch.aliases);
  checkValidity(after.validFrom, after.validTo);
  await ctx.db.transaction().execute(async (trx) => {
    await updateAgencyRow(trx, after, ctx.now());
    await recordAudit(trx, {
      actor,
      action: 'update',
      entity: 'agency',
      entityId: id,
      before: auditView(before),
      after: auditView(after),
    });
  });
  invalidateAgencyCatalogue(ctx.db);
  // Sessions carry their user's agency name and unit.
  ctx.sessions.clear();
  return getAgency(ctx, actor, id);
}

// ── Resolve ───────────────────────────────────────────────────────────────────────
export interface ResolveInput {
  text: string;
  adminUnitId?: string | undefined;
  date?: string | undefined;
  preferCurrent?: boolean | undefined;
}

export interface ResolveResult {
  best: AgencyMatch | null;
  alternatives: AgencyMatch[];
  collective: boolean;
}

const vietnamDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date where the plans are written (UTC+7), as 'YYYY-MM-DD'. */
export function todayInVietnam(now: Date): string {
  return vietnamDate.format(now);
}

export async function resolveAgencyText(
  ctx: AppContext,
  actor: Principal,
  input: ResolveInput,
): Promise<ResolveResult> {
  const unitId = input.adminUnitId ?? actor.adminUnitId;
  const unit = unitId === null ? null : await findUnit(ctx.db, unitId);
  authorize(actor, adminUnitPolicy.canRead, unit, () => notFound('đơn vị hành chính'));
  const ancestors: string[] = [];
  let parentId = unit.parentId;
  while (parentId !== null && ancestors.length < 5) {
    ancestors.push(parentId);
    parentId = (await findUnit(ctx.db, parentId))?.parentId ?? null;
  }
  const related = await findLinkedUnitIds(ctx.db, [unit.id, ...ancestors]);
  const catalogue = await loadCatalogue(ctx.db);
  const wanted = new Set([unit.id, ...ancestors, ...related]);
  const candidates = agenciesWithSuccessors(catalogue, wanted)
    .filter((record) => agencyPolicy.canRead(actor, record))
    .map(toCandidate);
  const date = input.date ?? todayInVietnam(ctx.now());
  return resolveAgency(input.text, unit.id, date, candidates, {
    ancestorUnitIds: ancestors,
    relatedUnitIds: related,
    preferCurrent: input.preferCurrent ?? false,
  });
}
