// Each hostile document read in-process (as `nhanluc extract` does): refused by the limit it
// passes, with a Vietnamese message naming that limit, before the work it would cost.

import { describe, expect, it } from 'vitest';
import {
  buildHugeTaskText,
  buildManyPagePdf,
  buildPdfStreamBomb,
  buildWordBomb,
} from '../../test/fixtures/documents/build-hostile-documents.ts';
import { makePlanText } from '../../test/factories/plan-extraction.ts';
import { MAX_DRAFT_ITEMS } from './document-limits.ts';
import { extractDocumentPlan } from './extract-document-plan.ts';
import { readDocumentText } from './read-document-text.ts';

async function refusal(promise: Promise<unknown>): Promise<{ code: string; status: number; message: string }> {
  const error = (await promise.then(
    () => null,
    (caught: unknown) => caught,
  )) as { code: string; status: number; message: string } | null;
  expect(error, 'the document was accepted').not.toBeNull();
  return error!;
}

describe('document limits', () => {
  it('refuses a Word file whose document.xml inflates to 100 MB, counting before mammoth inflates it', async () => {
    const bomb = buildWordBomb();
    expect(bomb.byteLength).toBeLessThan(300 * 1024);
    const error = await refusal(readDocumentText(bomb, 'ke-hoach.docx'));
    expect(error).toMatchObject({ code: 'docx_too_large', status: 413 });
    expect(error.message).toContain('giới hạn 40 MB sau giải nén');
  });

  it('catches a ZIP directory that lies about the uncompressed size', async () => {
    const error = await refusal(readDocumentText(buildWordBomb({ lie: true }), 'ke-hoach.docx'));
    expect(error).toMatchObject({ code: 'docx_too_large', status: 413 });
  });

  it('refuses a PDF of 20,000 pages before extracting any text', async () => {
    const error = await refusal(readDocumentText(buildManyPagePdf(20_000), 'ke-hoach.pdf'));
    expect(error).toMatchObject({ code: 'pdf_too_many_pages', status: 413 });
    expect(error.message).toBe(
      'Tệp PDF có 20.000 trang, vượt giới hạn 500 trang của một kế hoạch; hãy tải lên phần văn bản kế hoạch.',
    );
  });

  it('refuses a PDF whose stream inflates to 200 MB before pdf.js decodes it', async () => {
    const bomb = buildPdfStreamBomb();
    expect(bomb.byteLength).toBeLessThan(700 * 1024);
    const error = await refusal(readDocumentText(bomb, 'ke-hoach.pdf'));
    expect(error).toMatchObject({ code: 'pdf_too_large', status: 413 });
    expect(error.message).toContain('giới hạn 64 MB sau giải nén');
  });

  it('refuses a 19.9 MB text by its number of characters', async () => {
    const error = await refusal(readDocumentText(new TextEncoder().encode(buildHugeTaskText()), 'ke-hoach.txt'));
    expect(error).toMatchObject({ code: 'text_too_long', status: 413 });
    expect(error.message).toMatch(/vượt giới hạn 3\.000\.000 ký tự/);
  });

  it('refuses a plan with more tasks than a draft holds, in the CLI too', async () => {
    const lines = Array.from(
      { length: MAX_DRAFT_ITEMS.tasks + 50 },
      (_, n) => `- Nhiệm vụ số ${n + 1}: Phòng Nội vụ tổ chức tập huấn.`,
    );
    const text = `${makePlanText()}\n${lines.join('\n')}\n`;
    const error = await refusal(extractDocumentPlan(new TextEncoder().encode(text), 'ke-hoach.txt'));
    expect(error).toMatchObject({ code: 'too_many_items', status: 413 });
    expect(error.message).toMatch(/nhiệm vụ, vượt giới hạn 2\.000 nhiệm vụ/);
  });

  it('still reads ordinary documents', async () => {
    const document = await readDocumentText(new TextEncoder().encode(makePlanText()), 'ke-hoach.txt');
    expect(document.text).toContain('KẾ HOẠCH');
  });
});
