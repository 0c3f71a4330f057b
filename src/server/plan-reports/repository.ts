// The report's stored parts: a planner's field changes per plan and period, and the final DOCX.
import type { Executor } from '../plans/repository.ts';

export interface StoredReportFields {
  number: string | null;
  date: string | null;
  place: string | null;
  signerName: string | null;
  signerTitle: string | null;
  recipients: string[] | null;
  intro: string | null;
}

export async function findReportFields(
  db: Executor,
  planId: string,
  period: string,
): Promise<StoredReportFields | null> {
  const row = await db
    .selectFrom('plan_report_fields')
    .select(['number', 'report_date', 'place', 'signer_name', 'signer_title', 'recipients', 'intro'])
    .where('plan_id', '=', planId)
    .where('period', '=', period)
    .executeTakeFirst();
  if (!row) return null;
  const recipients = typeof row.recipients === 'string' ? JSON.parse(row.recipients) : row.recipients;
  return {
    number: row.number,
    date: row.report_date,
    place: row.place,
    signerName: row.signer_name,
    signerTitle: row.signer_title,
    recipients: Array.isArray(recipients) ? recipients.map(String) : null,
    intro: row.intro,
  };
}

export async function saveReportFields(
  db: Executor,
  planId: string,
  period: string,
  fields: StoredReportFields,
  by: string | null,
  at: Date,
): Promise<void> {
  const values = {
    number: fields.number,
    report_date: fields.date,
    place: fields.place,
    signer_name: fields.signerName,
    signer_title: fields.signerTitle,
    recipients: fields.recipients === null ? null : JSON.stringify(fields.recipients),
    intro: fields.intro,
    updated_by: by,
    updated_at: at,
  };
  await db
    .insertInto('plan_report_fields')
    .values({ plan_id: planId, period, ...values })
    .onConflict((oc) => oc.columns(['plan_id', 'period']).doUpdateSet(values))
    .execute();
}

export interface FinalReportInfo {
  period: string;
  fileName: string;
  sha256: string;
  sizeBytes: number;
  finalisedAt: Date;
  finalisedByName: string | null;
}

export async function findFinalReport(db: Executor, planId: string, period: string): Promise<FinalReportInfo | null> {
  const row = await db
    .selectFrom('plan_report_finals as f')
    .leftJoin('users as u', 'u.id', 'f.finalised_by')
    .select(['f.period', 'f.file_name', 'f.sha256', 'f.size_bytes', 'f.finalised_at', 'u.display_name'])
    .where('f.plan_id', '=', planId)
    .where('f.period', '=', period)
    .executeTakeFirst();
  if (!row) return null;
  return {
    period: row.period,
    fileName: row.file_name,
    sha256: row.sha256,
    sizeBytes: Number(row.size_bytes),
    finalisedAt: new Date(row.finalised_at),
    finalisedByName: row.display_name ?? null,
  };
}

export async function readFinalReportContent(db: Executor, planId: string, period: string): Promise<Uint8Array | null> {
  const row = await db
    .selectFrom('plan_report_finals')
    .select('content')
    .where('plan_id', '=', planId)
    .where('period', '=', period)
    .executeTakeFirst();
  return row ? new Uint8Array(row.content) : null;
}

export async function saveFinalReport(
  db: Executor,
  final: {
    planId: string;
    period: string;
    fileName: string;
    sha256: string;
    content: Uint8Array;
    by: string | null;
    at: Date;
  },
): Promise<void> {
  const values = {
    file_name: final.fileName,
    sha256: final.sha256,
    size_bytes: final.content.byteLength,
    content: final.content,
    finalised_by: final.by,
    finalised_at: final.at,
  };
  await db
    .insertInto('plan_report_finals')
    .values({ plan_id: final.planId, period: final.period, ...values })
    .onConflict((oc) => oc.columns(['plan_id', 'period']).doUpdateSet(values))
    .execute();
}
