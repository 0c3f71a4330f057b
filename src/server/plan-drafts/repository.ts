import { sql } from 'kysely';
import type { PlanExtraction } from '../../domain/extraction/types.ts';
import type { Executor } from '../plans/repository.ts';

export interface DraftRow {
  id: string;
  fileId: string;
  fileName: string;
  sizeBytes: number;
  sourceText: string;
  extraction: PlanExtraction;
  adminUnitId: string | null;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface DraftSummaryRow {
  id: string;
  fileName: string;
  number: string | null;
  title: string | null;
  adminUnitId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

function selectDrafts(db: Executor) {
  return db
    .selectFrom('plan_drafts as d')
    .innerJoin('plan_files as f', 'f.id', 'd.file_id')
    .select([
      'd.id',
      'd.file_id as fileId',
      'f.file_name as fileName',
      'f.size_bytes as sizeBytes',
      'd.source_text as sourceText',
      'd.extraction',
      'd.admin_unit_id as adminUnitId',
      'd.created_by as createdBy',
      'd.created_at as createdAt',
      'd.updated_at as updatedAt',
    ]);
}

function toDraft(row: Record<string, unknown>): DraftRow {
  const extraction = typeof row.extraction === 'string' ? JSON.parse(row.extraction) : row.extraction;
  return {
    ...(row as unknown as DraftRow),
    sizeBytes: Number(row.sizeBytes),
    extraction: extraction as PlanExtraction,
    createdAt: new Date(row.createdAt as string),
    updatedAt: new Date(row.updatedAt as string),
  };
}

export async function findDraft(db: Executor, id: string): Promise<DraftRow | null> {
  const row = await selectDrafts(db).where('d.id', '=', id).executeTakeFirst();
  return row ? toDraft(row) : null;
}

/**
 * One page of a user's drafts, most recently edited first, with the total. Reads only the
 * header fields out of each extraction (in SQL), never the whole extraction or source text.
 */
export async function listDraftsOf(db: Executor, userId: string, page: { limit: number; offset: number }): Promise<{ rows: DraftSummaryRow[]; total: number }> {
  const rows = await db
    .selectFrom('plan_drafts as d')
    .innerJoin('plan_files as f', 'f.id', 'd.file_id')
    .select([
      'd.id',
      'f.file_name as fileName',
      sql<string | null>`d.extraction -> 'document' ->> 'number'`.as('number'),
      sql<string | null>`d.extraction -> 'document' ->> 'title'`.as('title'),
      'd.admin_unit_id as adminUnitId',
      'd.created_at as createdAt',
      'd.updated_at as updatedAt',
      sql<number>`count(*) over ()`.as('total'),
    ])
    .where('d.created_by', '=', userId)
    .orderBy('d.updated_at', 'desc')
    .orderBy('d.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  let total = rows.length > 0 ? Number(rows[0]!.total) : 0;
  if (rows.length === 0 && page.offset > 0) {
    const counted = await db.selectFrom('plan_drafts').select((eb) => eb.fn.countAll<number>().as('n')).where('created_by', '=', userId).executeTakeFirstOrThrow();
    total = Number(counted.n);
  }
  return {
    total,
    rows: rows.map((row) => ({
      id: row.id,
      fileName: row.fileName,
      number: row.number ?? null,
      title: row.title ?? null,
      adminUnitId: row.adminUnitId,
      createdAt: new Date(row.createdAt as Date | string),
      updatedAt: new Date(row.updatedAt as Date | string),
    })),
  };
}

export interface DraftWrite {
  id: string;
  fileId: string;
  sourceText: string;
  extraction: PlanExtraction;
  adminUnitId: string | null;
  createdBy: string | null;
  at: Date;
}

export async function insertDraft(db: Executor, draft: DraftWrite): Promise<void> {
  await db
    .insertInto('plan_drafts')
    .values({
      id: draft.id,
      file_id: draft.fileId,
      source_text: draft.sourceText,
      extraction: JSON.stringify(draft.extraction),
      admin_unit_id: draft.adminUnitId,
      created_by: draft.createdBy,
      created_at: draft.at,
      updated_at: draft.at,
    })
    .execute();
}

export async function updateDraftRow(db: Executor, id: string, changes: { extraction: PlanExtraction; adminUnitId: string | null; at: Date }): Promise<void> {
  await db
    .updateTable('plan_drafts')
    .set({ extraction: JSON.stringify(changes.extraction), admin_unit_id: changes.adminUnitId, updated_at: changes.at })
    .where('id', '=', id)
    .execute();
}

/** True when the draft was there to delete. */
export async function deleteDraftRow(db: Executor, id: string): Promise<boolean> {
  const result = await db.deleteFrom('plan_drafts').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Which of these agency ids exist. */
export async function existingAgencyIds(db: Executor, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('agencies').select('id').where('id', 'in', [...ids]).execute();
  return new Set(rows.map((row) => row.id));
}
