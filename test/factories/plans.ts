import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.ts';
import type { PlanExtraction } from '../../src/domain/extraction/types.ts';
import { systemActor } from '../../src/server/auth/actor.ts';
import { insertFile } from '../../src/server/plans/file-repository.ts';
import { insertPlans } from '../../src/server/plans/repository.ts';
import { buildPlanWrite, storePlan } from '../../src/server/plans/service.ts';
import { makePlanExtraction, makePlanText } from './plan-extraction.ts';
import { authHeaders, type LoggedIn } from './users.ts';

/** A multipart/form-data body with one file part, as a browser sends it. */
export function multipartFile(
  fileName: string,
  content: Uint8Array | string,
  field = 'file',
  contentType = 'text/plain',
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----nhanluc${randomBytes(8).toString('hex')}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`;
  const body = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  return {
    payload: Buffer.concat([Buffer.from(head, 'utf8'), body, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** Uploads through POST /api/plan-drafts and returns the raw response. */
export async function uploadPlan(
  app: FastifyInstance,
  session: LoggedIn | null,
  fileName: string,
  content: Uint8Array | string,
) {
  const { payload, headers } = multipartFile(fileName, content);
  return app.inject({
    method: 'POST',
    url: '/api/plan-drafts',
    payload,
    headers: { ...(session ? authHeaders(session) : {}), ...headers },
  });
}

let insertedPlans = 0;
/** A document number no other factory plan has: one plan per number, unit and year is a database rule. */
export const freshPlanNumber = () => {
  insertedPlans += 1;
  return `${insertedPlans}${randomBytes(3).readUIntBE(0, 3)}/KH-UBND`;
};

/** Stores a confirmed plan straight into the database (no upload, no draft); returns its id. */
export async function insertPlanAt(
  db: Kysely<Database>,
  adminUnitId: string,
  extraction: PlanExtraction = makePlanExtraction({ document: { number: freshPlanNumber() } }),
): Promise<string> {
  const content = new TextEncoder().encode(`${makePlanText()}\n${randomBytes(8).toString('hex')}`);
  const fileId = randomUUID();
  const plan = buildPlanWrite({
    extraction,
    adminUnitId,
    fileId,
    fileName: 'ke-hoach.txt',
    mediaType: 'text/plain; charset=utf-8',
    sourceText: makePlanText(),
    createdBy: null,
    at: new Date(),
  });
  await db.transaction().execute(async (trx) => {
    await insertFile(trx, {
      id: fileId,
      sha256: createHash('sha256').update(content).digest('hex'),
      sizeBytes: content.byteLength,
      content,
    });
    await storePlan(trx, plan, systemActor);
  });
  return plan.header.id;
}

/**
 * Stores `count` confirmed plans in a few multi-row statements (benchmarks, paging tests):
 * one shared file, numbers 1..count/KH-UBND, dates spread over 2021-2025, units taken in
 * turn from `adminUnitIds`. References are not linked. Returns the plan ids in insert order.
 */
export async function insertPlansBulk(
  db: Kysely<Database>,
  count: number,
  adminUnitIds: readonly string[],
): Promise<string[]> {
  const content = new TextEncoder().encode(`${makePlanText()}\n${randomBytes(8).toString('hex')}`);
  const fileId = randomUUID();
  const at = new Date();
  const plans = Array.from({ length: count }, (_, i) => {
    const year = 2021 + (i % 5);
    const date = `${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const extraction = makePlanExtraction({
      document: {
        number: `${i + 1}/KH-UBND`,
        date,
        year,
        title: `Kế hoạch thử số ${i + 1} về đào tạo nghề năm ${year}`,
      },
      period: { from: year, to: year, horizons: [] },
    });
    return buildPlanWrite({
      extraction,
      adminUnitId: adminUnitIds[i % adminUnitIds.length]!,
      fileId,
      fileName: 'ke-hoach.txt',
      mediaType: 'text/plain; charset=utf-8',
      sourceText: 'Văn bản thử.',
      createdBy: null,
      at: new Date(at.getTime() + i),
    });
  });
  await db.transaction().execute(async (trx) => {
    await insertFile(trx, {
      id: fileId,
      sha256: createHash('sha256').update(content).digest('hex'),
      sizeBytes: content.byteLength,
      content,
    });
    await insertPlans(trx, plans);
  });
  return plans.map((plan) => plan.header.id);
}
