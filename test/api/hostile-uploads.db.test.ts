// Hostile uploads through the real app: each ends its own job with a clear Vietnamese
// refusal, nothing is stored (no draft, no file row), and the server keeps answering.

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentPoolStats, resetDocumentPool } from '../../src/document-text/read-plan-in-worker.ts';
import { makePlanText } from '../factories/plan-extraction.ts';
import { uploadPlan } from '../factories/plans.ts';
import type { LoggedIn } from '../factories/users.ts';
import {
  buildHugeTaskText,
  buildManyPagePdf,
  buildPdfStreamBomb,
  buildWordBomb,
} from '../fixtures/documents/build-hostile-documents.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import type { TestDatabase } from '../support/test-database.ts';

let harness: TestApp;
let db: TestDatabase;
let app: FastifyInstance;
let planner: LoggedIn;

beforeAll(async () => {
  harness = await startTestApp({ data: 'map+seed' });
  ({ db, app } = harness);
  planner = await harness.loginNew({ role: 'planner', agencyId: 'ag-p-82-so-noi-vu' });
});

afterAll(async () => {
  await harness?.close();
  await resetDocumentPool();
});

async function storedCounts() {
  const count = async (table: 'plan_files' | 'plan_drafts' | 'plans') =>
    (await db.db.selectFrom(table).select('id').execute()).length;
  return { files: await count('plan_files'), drafts: await count('plan_drafts'), plans: await count('plans') };
}

async function expectRefusal(
  fileName: string,
  content: Uint8Array | string,
  status: number,
  code: string,
  words: string | RegExp,
) {
  const before = await storedCounts();
  const response = await uploadPlan(app, planner, fileName, content);
  expect(response.statusCode, response.body).toBe(status);
  const { error } = response.json() as { error: { code: string; message: string; field: string } };
  expect(error).toMatchObject({ code, field: 'file' });
  expect(error.message).toMatch(words);
  expect(await storedCounts()).toEqual(before);
  const health = await app.inject({ method: 'GET', url: '/api/health' });
  expect(health.statusCode).toBe(200);
}

describe('hostile uploads', () => {
  it('refuses a Word bomb (document.xml inflating to 100 MB)', async () => {
    await expectRefusal('bom.docx', buildWordBomb(), 413, 'docx_too_large', /giới hạn 40 MB sau giải nén/);
  });

  it('refuses a Word file whose ZIP directory lies about the size', async () => {
    await expectRefusal(
      'noi-doi.docx',
      buildWordBomb({ lie: true }),
      413,
      'docx_too_large',
      /giới hạn 40 MB sau giải nén/,
    );
  });

  it('refuses a PDF of 20,000 pages', async () => {
    await expectRefusal(
      'nhieu-trang.pdf',
      buildManyPagePdf(20_000),
      413,
      'pdf_too_many_pages',
      /20\.000 trang, vượt giới hạn 500 trang/,
    );
  });

  it('refuses a PDF whose stream inflates to 200 MB', async () => {
    await expectRefusal('bom.pdf', buildPdfStreamBomb(), 413, 'pdf_too_large', /giới hạn 64 MB sau giải nén/);
  });

  it('refuses a 19.9 MB text of task lines', async () => {
    await expectRefusal('dai.txt', buildHugeTaskText(), 413, 'text_too_long', /vượt giới hạn 3\.000\.000 ký tự/);
  });

  it('refuses a plan with more tasks than one draft holds', async () => {
    const lines = Array.from({ length: 2_100 }, (_, n) => `- Nhiệm vụ số ${n + 1}: Phòng Nội vụ tổ chức tập huấn.`);
    await expectRefusal(
      'nhieu-nhiem-vu.txt',
      `${makePlanText()}\n${lines.join('\n')}\n`,
      413,
      'too_many_items',
      /vượt giới hạn 2\.000 nhiệm vụ/,
    );
  });

  it('ends a job that runs past the time limit with 422, then serves the next upload', async () => {
    await resetDocumentPool({ timeLimitMs: 50 });
    try {
      await expectRefusal(
        'ke-hoach.txt',
        makePlanText('17/KH-UBND'),
        422,
        'job_time_limit',
        /quá phức tạp.*vượt giới hạn thời gian/,
      );
    } finally {
      await resetDocumentPool();
    }
    const response = await uploadPlan(app, planner, 'ke-hoach.txt', makePlanText('17/KH-UBND'));
    expect(response.statusCode, response.body).toBe(201);
  });

  it('answers GET /api/health within 1 s while a bomb is being refused', async () => {
    const upload = uploadPlan(app, planner, 'bom.pdf', buildPdfStreamBomb());
    // Health is asked once the bomb's job is running in the pool (not after a guessed delay,
    // which a fast machine outran: the bomb was refused before health was asked).
    const waitUntil = performance.now() + 5000;
    while (documentPoolStats().running === 0 && performance.now() < waitUntil)
      await new Promise((resolve) => setTimeout(resolve, 1));
    expect(documentPoolStats().running, 'the bomb’s job started').toBe(1);
    const started = performance.now();
    const health = await app.inject({ method: 'GET', url: '/api/health' });
    const elapsed = performance.now() - started;
    expect(health.statusCode).toBe(200);
    expect(elapsed).toBeLessThan(1000);
    expect((await upload).statusCode).toBe(413);
  });
});
