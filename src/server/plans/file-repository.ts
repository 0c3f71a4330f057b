import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';

export type Executor = Kysely<Database> | Transaction<Database>;

/**
 * A stored file: bytes shared by every upload of the same content (by sha256). It has no
 * name and no owner: those belong to each upload (the draft, then the plan).
 */
export interface PlanFileInfo {
  id: string;
  sha256: string;
  sizeBytes: number;
}

export interface PlanFileWrite extends PlanFileInfo {
  content: Uint8Array;
}

const infoColumns = ['id', 'sha256', 'size_bytes'] as const;

function toInfo(row: { id: string; sha256: string; size_bytes: number }): PlanFileInfo {
  return { id: row.id, sha256: row.sha256, sizeBytes: Number(row.size_bytes) };
}

export async function findFileBySha(db: Executor, sha256: string): Promise<PlanFileInfo | null> {
  const row = await db.selectFrom('plan_files').select(infoColumns).where('sha256', '=', sha256).executeTakeFirst();
  return row ? toInfo(row) : null;
}

export async function findFileInfo(db: Executor, id: string): Promise<PlanFileInfo | null> {
  const row = await db.selectFrom('plan_files').select(infoColumns).where('id', '=', id).executeTakeFirst();
  return row ? toInfo(row) : null;
}

export async function readFileContent(db: Executor, id: string): Promise<Uint8Array | null> {
  const row = await db.selectFrom('plan_files').select('content').where('id', '=', id).executeTakeFirst();
  return row ? new Uint8Array(row.content) : null;
}

export async function insertFile(db: Executor, file: PlanFileWrite): Promise<void> {
  await db
    .insertInto('plan_files')
    .values({ id: file.id, sha256: file.sha256, size_bytes: file.sizeBytes, content: file.content })
    .execute();
}

/** Removes a file that no plan or draft uses any more (a discarded upload). */
export async function deleteFileIfUnused(db: Executor, id: string): Promise<void> {
  const usedByPlan = await db.selectFrom('plans').select('id').where('file_id', '=', id).executeTakeFirst();
  const usedByDraft = await db.selectFrom('plan_drafts').select('id').where('file_id', '=', id).executeTakeFirst();
  if (!usedByPlan && !usedByDraft) await db.deleteFrom('plan_files').where('id', '=', id).execute();
}
