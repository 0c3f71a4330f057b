import { sql } from 'kysely';
import type { PlanExtraction } from '../../domain/extraction/types.ts';
import type { Executor } from '../plans/repository.ts';

export interface DraftRow {
  id: string;
  fileId: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sourceText: string;
  extraction: PlanExtraction;
  adminUnitId: string | null;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
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
      'd.file_name as fileName',
      'd.media_type as mediaType',
      'f.size_bytes as sizeBytes',
      'd.source_text as sourceText',
      'd.extraction',
      'd.admin_unit_id as adminUnitId',
      'd.created_by as createdBy',
      'd.created_at as createdAt',
      'd.updated_at as updatedAt',
      'd.version',
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
 * One page of a user's drafts (userId null: the system actor's), most recently edited first, with the total. Reads only the
 * header fields out of each extraction (in SQL), never the whole extraction or source text.
 */
export async function listDraftsOf(
  db: Executor,
  userId: string | null,
  page: { limit: number; offset: number },
): Promise<{ rows: DraftSummaryRow[]; total: number }> {
  const rows = await db
    .selectFrom('plan_drafts as d')
    .select([
      'd.id',
      'd.file_name as fileName',
      sql<string | null>`d.extraction -> 'document' ->> 'number'`.as('number'),
      sql<string | null>`d.extraction -> 'document' ->> 'title'`.as('title'),
      'd.admin_unit_id as adminUnitId',
      'd.created_at as createdAt',
      'd.updated_at as updatedAt',
      sql<number>`count(*) over ()`.as('total'),
    ])
    .where('d.created_by', userId === null ? 'is' : '=', userId)
    .orderBy('d.updated_at', 'desc')
    .orderBy('d.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  let total = rows.length > 0 ? Number(rows[0]!.total) : 0;
  if (rows.length === 0 && page.offset > 0) {
    const counted = await db
      .selectFrom('plan_drafts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('created_by', userId === null ? 'is' : '=', userId)
      .executeTakeFirstOrThrow();
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
  fileName: string;
  mediaType: string;
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
      file_name: draft.fileName,
      media_type: draft.mediaType,
      source_text: draft.sourceText,
      extraction: JSON.stringify(draft.extraction),
      admin_unit_id: draft.adminUnitId,
      created_by: draft.createdBy,
      created_at: draft.at,
      updated_at: draft.at,
    })
    .execute();
}

/**
 * Saves the draft only if it is still at `expectedVersion` (compare-and-set in one
 * statement, so two concurrent saves cannot both win); true when it was saved.
 */
export async function updateDraftRow(
  db: Executor,
  id: string,
  changes: { extraction: PlanExtraction; adminUnitId: string | null; at: Date; expectedVersion: number },
): Promise<boolean> {
  const result = await db
    .updateTable('plan_drafts')
    .set((eb) => ({
      extraction: JSON.stringify(changes.extraction),
      admin_unit_id: changes.adminUnitId,
      updated_at: changes.at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('version', '=', changes.expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** True when the draft was there to delete (and, when given, still at `expectedVersion`). */
export async function deleteDraftRow(db: Executor, id: string, expectedVersion?: number): Promise<boolean> {
  let query = db.deleteFrom('plan_drafts').where('id', '=', id);
  if (expectedVersion !== undefined) query = query.where('version', '=', expectedVersion);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
